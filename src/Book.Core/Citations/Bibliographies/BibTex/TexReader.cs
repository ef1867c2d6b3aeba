using System.Text;
using Book.Model;

namespace Book.Core.Citations.Bibliographies.BibTex;

/// <summary>
/// Reads the LaTeX of a .bib value into text and groups, as Pandoc's LaTeX reader does with its smart
/// typography: accents and letters (<c>\"o</c>, <c>\c{c}</c>, <c>{\i}</c>, <c>\ss</c>) become Unicode,
/// <c>--</c> and <c>---</c> dashes, <c>~</c> a no-break space, <c>``…''</c> curly quotes, <c>\emph{}</c>
/// and friends markup; a brace group stays a group (it protects case in titles). An unknown command
/// is a warning and keeps its argument's text.
/// </summary>
public sealed class TexReader
{
    readonly string _s;
    readonly SourceSpan _at;
    readonly DiagnosticBag? _diags;
    int _i;

    TexReader(string s, SourceSpan at, DiagnosticBag? diags) => (_s, _at, _diags) = (s, at, diags);

    public static IReadOnlyList<TexNode> Read(string latex, SourceSpan at, DiagnosticBag? diags)
    {
        var r = new TexReader(latex, at, diags);
        return Normalize(r.Nodes(closeOnBrace: false));
    }

    static readonly Dictionary<char, char> Accents = new()
    {
        ['\''] = '\u0301', ['`'] = '\u0300', ['^'] = '\u0302', ['"'] = '\u0308', ['~'] = '\u0303', ['='] = '\u0304',
        ['.'] = '\u0307', ['u'] = '\u0306', ['v'] = '\u030C', ['H'] = '\u030B', ['c'] = '\u0327', ['k'] = '\u0328',
        ['r'] = '\u030A', ['d'] = '\u0323', ['b'] = '\u0331', ['t'] = '\u0361',
    };

    static readonly Dictionary<string, string> Symbols = new(StringComparer.Ordinal)
    {
        ["i"] = "ı", ["j"] = "ȷ", ["o"] = "ø", ["O"] = "Ø", ["l"] = "ł", ["L"] = "Ł", ["ss"] = "ß", ["SS"] = "SS",
        ["ae"] = "æ", ["AE"] = "Æ", ["oe"] = "œ", ["OE"] = "Œ", ["aa"] = "å", ["AA"] = "Å", ["dh"] = "ð", ["DH"] = "Ð",
        ["th"] = "þ", ["TH"] = "Þ", ["ng"] = "ŋ", ["NG"] = "Ŋ", ["dj"] = "đ", ["DJ"] = "Đ",
        ["textendash"] = "–", ["textemdash"] = "—", ["ldots"] = "…", ["dots"] = "…", ["textellipsis"] = "…",
        ["S"] = "§", ["P"] = "¶", ["copyright"] = "©", ["textcopyright"] = "©", ["textregistered"] = "®",
        ["texttrademark"] = "™", ["textquoteleft"] = "‘", ["textquoteright"] = "’", ["textquotedblleft"] = "“",
        ["textquotedblright"] = "”", ["guillemotleft"] = "«", ["guillemotright"] = "»", ["textdegree"] = "°",
        ["pounds"] = "£", ["textsterling"] = "£", ["euro"] = "€", ["texteuro"] = "€", ["textbackslash"] = "\\",
        ["LaTeX"] = "LaTeX", ["TeX"] = "TeX", ["slash"] = "/", ["nobreakspace"] = "\u00A0", ["thinspace"] = "\u2009",
        ["textasciitilde"] = "~", ["textunderscore"] = "_", ["textbar"] = "|", ["textless"] = "<", ["textgreater"] = ">",
        ["relax"] = "", ["noindent"] = "", ["/"] = "", ["@"] = "", [","] = "\u2009", [" "] = " ", ["\\"] = " ",
        ["&"] = "&", ["%"] = "%", ["$"] = "$", ["#"] = "#", ["_"] = "_", ["{"] = "{", ["}"] = "}", ["-"] = "",
    };

    static readonly Dictionary<string, TexKind> Markup = new(StringComparer.Ordinal)
    {
        ["emph"] = TexKind.Emph, ["textit"] = TexKind.Emph, ["textsl"] = TexKind.Emph, ["mkbibemph"] = TexKind.Emph,
        ["mkbibitalic"] = TexKind.Emph, ["textbf"] = TexKind.Strong, ["mkbibbold"] = TexKind.Strong,
        ["textsc"] = TexKind.SmallCaps, ["textsuperscript"] = TexKind.Sup, ["mkbibsuperscript"] = TexKind.Sup,
        ["textsubscript"] = TexKind.Sub, ["mkbibsubscript"] = TexKind.Sub,
        ["textrm"] = TexKind.Plain, ["textup"] = TexKind.Plain, ["textnormal"] = TexKind.Plain, ["textsf"] = TexKind.Plain,
        ["texttt"] = TexKind.Plain, ["textmd"] = TexKind.Plain, ["mbox"] = TexKind.Plain, ["hbox"] = TexKind.Plain,
        ["text"] = TexKind.Plain, ["url"] = TexKind.Plain, ["nolinkurl"] = TexKind.Plain, ["hyphenation"] = TexKind.Plain,
        ["foreignlanguage"] = TexKind.Plain,
    };

    /// <summary>Old-style switches inside a group: <c>{\em text}</c>.</summary>
    static readonly Dictionary<string, TexKind> Switches = new(StringComparer.Ordinal)
    {
        ["em"] = TexKind.Emph, ["it"] = TexKind.Emph, ["itshape"] = TexKind.Emph, ["sl"] = TexKind.Emph,
        ["bf"] = TexKind.Strong, ["bfseries"] = TexKind.Strong, ["sc"] = TexKind.SmallCaps, ["scshape"] = TexKind.SmallCaps,
        ["rm"] = TexKind.Plain, ["normalfont"] = TexKind.Plain, ["upshape"] = TexKind.Plain,
    };

    bool End => _i >= _s.Length;

    List<TexNode> Nodes(bool closeOnBrace)
    {
        var nodes = new List<TexNode>();
        var text = new StringBuilder();
        void Flush() { if (text.Length > 0) { nodes.Add(new TexText(text.ToString())); text.Clear(); } }
        while (!End)
        {
            var c = _s[_i];
            if (c == '}')
            {
                _i++;
                if (closeOnBrace) break;
                continue;   // a stray '}' (the parser already balanced the value)
            }
            if (c == '{')
            {
                _i++;
                Flush();
                nodes.Add(Group());
                continue;
            }
            if (c == '\\') { Flush(); Command(nodes, text); Flush(); continue; }
            _i++;
            switch (c)
            {
                case '~': text.Append('\u00A0'); break;
                case '-' when At("--"): _i += 2; text.Append('—'); break;
                case '-' when At("-"): _i += 1; text.Append('–'); break;
                case '`' when At("`"): _i++; text.Append('“'); break;
                case '`': text.Append('‘'); break;
                case '\'' when At("'"): _i++; text.Append('”'); break;
                case '\'': text.Append('’'); break;
                case '$': break;   // math: its text is kept, the shifts dropped
                case '\r': case '\n': case '\t': case ' ':
                    if (text.Length == 0 || text[^1] != ' ') text.Append(' ');
                    break;
                default: text.Append(c); break;
            }
        }
        Flush();
        return nodes;
    }

    bool At(string s) => string.CompareOrdinal(_s, _i, s, 0, s.Length) == 0;

    TexNode Group()
    {
        // {\em text}: an old-style switch makes the whole group that markup.
        if (At("\\"))
        {
            var save = _i;
            _i++;
            var name = CommandName();
            if (Switches.TryGetValue(name, out var kind))
            {
                SkipSpaces();
                return new TexGroup(kind, Nodes(closeOnBrace: true));
            }
            _i = save;
        }
        return new TexGroup(TexKind.Brace, Nodes(closeOnBrace: true));
    }

    string CommandName()
    {
        if (End) return "";
        var start = _i;
        if (char.IsAsciiLetter(_s[_i])) { while (!End && char.IsAsciiLetter(_s[_i])) _i++; }
        else _i++;
        return _s[start.._i];
    }

    void SkipSpaces() { while (!End && _s[_i] == ' ') _i++; }

    /// <summary>The next argument: a braced group's nodes, or a single character.</summary>
    List<TexNode> Argument()
    {
        SkipSpaces();
        if (End) return [];
        if (_s[_i] == '{') { _i++; return Nodes(closeOnBrace: true); }
        if (_s[_i] == '\\')
        {
            var list = new List<TexNode>();
            var sb = new StringBuilder();
            Command(list, sb);
            if (sb.Length > 0) list.Add(new TexText(sb.ToString()));
            return list;
        }
        return [new TexText(_s[_i++].ToString())];
    }

    void Command(List<TexNode> nodes, StringBuilder text)
    {
        _i++;   // the backslash
        var name = CommandName();
        var letters = name.Length > 0 && char.IsAsciiLetter(name[0]);
        if (name.Length == 1 && Accents.TryGetValue(name[0], out var mark) && (!letters || !Symbols.ContainsKey(name) || NextIsArgument()))
        {
            var arg = TexRender.Plain(Argument());
            if (arg.Length == 0) { text.Append(mark); return; }
            // \'{\i} accents the dotless i: the result is the ordinary accented i.
            var bas = arg[0] switch { 'ı' => 'i', 'ȷ' => 'j', _ => arg[0] };
            text.Append((bas.ToString() + mark).Normalize(NormalizationForm.FormC)).Append(arg[1..]);
            return;
        }
        if (Symbols.TryGetValue(name, out var sym))
        {
            if (letters) SkipCommandSpace();
            text.Append(sym);
            return;
        }
        if (Markup.TryGetValue(name, out var kind))
        {
            if (name == "foreignlanguage") Argument();   // the language name
            var arg = Argument();
            nodes.Add(kind == TexKind.Plain ? new TexGroup(TexKind.Plain, arg) : new TexGroup(kind, arg));
            return;
        }
        switch (name)
        {
            case "href":
                Argument();
                nodes.Add(new TexGroup(TexKind.Plain, Argument()));
                return;
            case "mkbibquote" or "enquote" or "textquote":
                nodes.Add(new TexGroup(TexKind.Plain, [new TexText("“"), .. Argument(), new TexText("”")]));
                return;
            case "mkbibparens":
                nodes.Add(new TexGroup(TexKind.Plain, [new TexText("("), .. Argument(), new TexText(")")]));
                return;
            case "mkbibbrackets":
                nodes.Add(new TexGroup(TexKind.Plain, [new TexText("["), .. Argument(), new TexText("]")]));
                return;
            case "noopsort" or "noop" or "sortkey":
                Argument();   // a sorting key, never printed
                return;
        }
        if (Switches.ContainsKey(name))
        {
            _diags?.Warning(_at, $"'\\{name}' takes effect only at the start of a group, as in {{\\{name} text}}; here it is ignored");
            SkipCommandSpace();
            return;
        }
        _diags?.Warning(_at, $"unknown LaTeX command '\\{name}'; its argument is printed as text");
        if (letters) SkipCommandSpace();
        if (!End && _s[_i] == '{') nodes.Add(new TexGroup(TexKind.Plain, Argument()));
    }

    bool NextIsArgument() => !End && (_s[_i] == '{' || _s[_i] == ' ');

    void SkipCommandSpace()
    {
        // "\ss{}" and "\ss " end the command name; "{}" prints nothing.
        if (At("{}")) _i += 2;
        else SkipSpaces();
    }

    /// <summary>Joins adjacent texts so later passes see whole words.</summary>
    static List<TexNode> Normalize(IEnumerable<TexNode> nodes)
    {
        var result = new List<TexNode>();
        foreach (var n in nodes)
        {
            var node = n is TexGroup g ? g with { Children = Normalize(g.Children) } : n;
            if (node is TexText t && result.Count > 0 && result[^1] is TexText prev) result[^1] = new TexText(prev.Text + t.Text);
            else if (node is TexText { Text.Length: 0 }) continue;
            else result.Add(node);
        }
        return result;
    }
}
