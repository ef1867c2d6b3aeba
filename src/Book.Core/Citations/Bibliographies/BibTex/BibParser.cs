using System.Text;
using Book.Model;

namespace Book.Core.Citations.Bibliographies.BibTex;

/// <summary>
/// The syntax of a .bib file, as BibTeX and Pandoc read it: text outside entries is a comment;
/// <c>@comment</c> and <c>@preamble</c> are skipped; <c>@string</c> defines macros; a value is a
/// braced or quoted text, a number or a macro name, joined with <c>#</c>. A malformed entry is an
/// error at its line and column, and the file gives no sources.
/// </summary>
public sealed class BibParser
{
    readonly string _text;
    readonly string _file;
    readonly DiagnosticBag _diags;
    readonly Dictionary<string, string> _macros = new(StringComparer.OrdinalIgnoreCase);
    int _pos, _line = 1, _col = 1;

    BibParser(string text, string file, DiagnosticBag diags) => (_text, _file, _diags) = (text.TrimStart('\uFEFF'), file, diags);

    /// <summary>The entries of the file, or null after an error was reported.</summary>
    public static IReadOnlyList<BibEntry>? Parse(string text, string file, DiagnosticBag diags)
    {
        var p = new BibParser(text, file, diags);
        try { return p.Entries(); }
        catch (BibSyntaxException e)
        {
            diags.Error(e.Span, e.Message);
            return null;
        }
    }

    sealed class BibSyntaxException(SourceSpan span, string message) : Exception(message)
    {
        public SourceSpan Span { get; } = span;
    }

    SourceSpan Here => new(_file, _line, _col);
    bool End => _pos >= _text.Length;
    char Peek => _pos < _text.Length ? _text[_pos] : '\0';

    char Next()
    {
        var c = _text[_pos++];
        if (c == '\n') { _line++; _col = 1; } else _col++;
        return c;
    }

    BibSyntaxException Fail(string message, SourceSpan? at = null) => new(at ?? Here, message);

    void SkipSpace() { while (!End && char.IsWhiteSpace(Peek)) Next(); }

    void Expect(char c, string what)
    {
        SkipSpace();
        if (Peek != c) throw Fail(End ? $"the file ends where {what} was expected" : $"expected {what}, found '{Peek}'");
        Next();
    }

    List<BibEntry> Entries()
    {
        var entries = new List<BibEntry>();
        while (true)
        {
            while (!End && Peek != '@') Next();   // text between entries is a comment
            if (End) return entries;
            var at = Here;
            Next();
            SkipSpace();
            var type = Word(char.IsLetter).ToLowerInvariant();
            if (type.Length == 0) throw Fail("expected an entry type after '@', such as @book or @article");
            SkipSpace();
            switch (type)
            {
                case "comment":
                    if (Peek is '{' or '(') Delimited();
                    continue;
                case "preamble":
                    Open(at);
                    Value();
                    Close();
                    continue;
                case "string":
                {
                    var close = Open(at);
                    SkipSpace();
                    var nameAt = Here;
                    var name = Word(IsNameChar);
                    if (name.Length == 0) throw Fail("expected a macro name after @string{");
                    Expect('=', "'=' after the macro name");
                    _macros[name] = Value();
                    SkipSpace();
                    if (Peek != close) throw Fail($"expected '{close}' to end the @string");
                    Next();
                    continue;
                }
            }
            entries.Add(Entry(type, at));
        }
    }

    /// <summary>Reads '{' or '(' and returns the character that closes it.</summary>
    char Open(SourceSpan at)
    {
        SkipSpace();
        if (Peek is '{') { Next(); return '}'; }
        if (Peek is '(') { Next(); return ')'; }
        throw Fail("expected '{' after the entry type", End ? at : null);
    }

    void Close()
    {
        SkipSpace();
        if (Peek is '}' or ')') { Next(); return; }
        throw Fail("expected '}' to end the entry");
    }

    BibEntry Entry(string type, SourceSpan at)
    {
        var close = Open(at);
        SkipSpace();
        var key = Word(IsKeyChar);
        if (key.Length == 0) throw Fail($"expected the citation key of this @{type}");
        var fields = new List<BibField>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        SkipSpace();
        while (true)
        {
            SkipSpace();
            if (Peek == close) { Next(); break; }
            if (Peek != ',') throw Fail(End ? $"the entry '{key}' is never closed" : $"expected ',' or '{close}' after the field, found '{Peek}'", End ? at : null);
            Next();
            SkipSpace();
            if (Peek == close) { Next(); break; }
            var nameAt = Here;
            var name = Word(IsNameChar).ToLowerInvariant();
            if (name.Length == 0) throw Fail(End ? $"the entry '{key}' is never closed" : $"expected a field name, found '{Peek}'", End ? at : null);
            name = name switch { "archiveprefix" => "eprinttype", "primaryclass" => "eprintclass", _ => name };
            Expect('=', $"'=' after the field name '{name}'");
            var value = Value();
            if (!seen.Add(name))
            {
                _diags.Warning(nameAt, $"field '{name}' is given twice in '{key}'; the first is kept");
                continue;
            }
            fields.Add(new BibField(name, value, nameAt));
        }
        return new BibEntry(type, key, fields, at);
    }

    /// <summary>A value: pieces joined with '#'.</summary>
    string Value()
    {
        var sb = new StringBuilder();
        while (true)
        {
            SkipSpace();
            var at = Here;
            if (Peek == '{') sb.Append(Delimited());
            else if (Peek == '"') sb.Append(Quoted());
            else if (char.IsAsciiDigit(Peek)) sb.Append(Word(char.IsAsciiLetterOrDigit));
            else if (IsNameChar(Peek))
            {
                var name = Word(IsNameChar);
                if (_macros.TryGetValue(name, out var v)) sb.Append(v);
                else
                {
                    // Month abbreviations are BibTeX's predefined macros; Pandoc keeps them as written.
                    if (!Months.Contains(name.ToLowerInvariant()))
                        _diags.Warning(at, $"unknown @string macro '{name}' is printed as its name");
                    sb.Append(name);
                }
            }
            else throw Fail(End ? "the file ends where a field value was expected" : $"expected a value ({{…}}, \"…\", a number or a @string name), found '{Peek}'");
            SkipSpace();
            if (Peek != '#') return sb.ToString();
            Next();
        }
    }

    static readonly HashSet<string> Months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    /// <summary>A braced text, without its outer braces; inner braces and escapes are kept.</summary>
    string Delimited()
    {
        var open = Here;
        var c0 = Next();
        var closer = c0 == '(' ? ')' : '}';
        var sb = new StringBuilder();
        var depth = 0;
        while (true)
        {
            if (End) throw Fail($"this '{c0}' is never closed", open);
            var c = Next();
            if (c == '\\' && !End) { sb.Append(c).Append(Next()); continue; }
            if (c == '{') depth++;
            else if (c == '}' && depth > 0) depth--;
            else if (c == closer && depth == 0) return sb.ToString();
            sb.Append(c);
        }
    }

    /// <summary>A quoted text: a '"' inside braces does not end it.</summary>
    string Quoted()
    {
        var open = Here;
        Next();
        var sb = new StringBuilder();
        var depth = 0;
        while (true)
        {
            if (End) throw Fail("this '\"' is never closed", open);
            var here = Here;
            var c = Next();
            if (c == '\\' && !End) { sb.Append(c).Append(Next()); continue; }
            if (c == '{') depth++;
            else if (c == '}') { if (depth == 0) throw Fail("a '}' without its '{' in a quoted value", here); depth--; }
            else if (c == '"' && depth == 0) return sb.ToString();
            sb.Append(c);
        }
    }

    string Word(Func<char, bool> accept)
    {
        var start = _pos;
        while (!End && accept(Peek)) Next();
        return _text[start.._pos];
    }

    static bool IsNameChar(char c) => char.IsLetterOrDigit(c) || c is '-' or '_' or ':' or '+';
    static bool IsKeyChar(char c) => char.IsLetterOrDigit(c) || ".:;?!`'()/*@_+=-[]&".Contains(c);
}
