using System.Net;
using System.Text.RegularExpressions;

namespace Book.Csl;

/// <summary>The HTML-like markup CSL allows inside field values (&lt;i&gt; &lt;b&gt; &lt;sc&gt; &lt;sup&gt; &lt;sub&gt;,
/// &lt;span class="nocase"&gt;, small-caps spans) and straight double quotes, read into output nodes so
/// formatting flips inside styled text and text-case leaves nocase spans alone.</summary>
static partial class FieldMarkup
{
    [GeneratedRegex("<i>|</i>|<b>|</b>|<sc>|</sc>|<sup>|</sup>|<sub>|</sub>|<span class=\"nocase\">|<span style=\"font-variant:\\s*small-caps;?\">|<span class=\"nodecor\">|</span>|[“”‘]|(?<=\\S)’(?=$|[\\s.,;:!?)\\]])|(?<=^|[\\s(\\[\u2014\u2013-])[\"'](?=\\S)|(?<=\\S)[\"'](?=$|[\\s.,;:!?)\\]\u2014\u2013-])")]
    private static partial Regex Tag();

    public static Out Parse(string s, bool quotes = true)
    {
        if (s.IndexOfAny(['<', '"', '&', '\'', '“', '‘']) < 0) return Out.Leaf(s);
        var tokens = new List<(string tok, bool isTag)>();
        int pos = 0;
        foreach (Match m in Tag().Matches(s))
        {
            if (m.Index > pos) tokens.Add((s[pos..m.Index], false));
            tokens.Add((m.Value, true));
            pos = m.Index + m.Length;
        }
        if (pos < s.Length) tokens.Add((s[pos..], false));

        // Pair openers with closers; an unpaired tag prints as written.
        var partner = new int[tokens.Count];
        Array.Fill(partner, -1);
        var stack = new Stack<int>();
        // Straight and typographic quotes pair by kind (double or single), citeproc-js style.
        var quoteOpeners = new Dictionary<string, Stack<int>> { ["\""] = new(), ["'"] = new() };
        static string Kind(string t) => t is "\"" or "“" or "”" ? "\"" : "'";
        for (int i = 0; i < tokens.Count; i++)
        {
            var (t, isTag) = tokens[i];
            if (!isTag) continue;
            if (t is "\"" or "'" or "“" or "”" or "‘" or "’")
            {
                if (!quotes && t is not ("\"" or "'")) continue;
                var kind = Kind(t);
                bool opener = t is "“" or "‘" || (t is "\"" or "'") && (i == 0 || (!tokens[i - 1].isTag && tokens[i - 1].tok[^1] is ' ' or '(' or '[' or '—' or '–' or '-') || (tokens[i - 1].isTag && !tokens[i - 1].tok.StartsWith("</", StringComparison.Ordinal)));
                if (opener) quoteOpeners[kind].Push(i);
                else if (quoteOpeners[kind].Count > 0) { var o = quoteOpeners[kind].Pop(); partner[o] = i; partner[i] = o; }
                continue;
            }
            if (!t.StartsWith("</", StringComparison.Ordinal)) { stack.Push(i); continue; }
            var closeName = t[2..^1];
            var tmp = new Stack<int>();
            while (stack.Count > 0)
            {
                var o = stack.Pop();
                if (Name(tokens[o].tok) == closeName) { partner[o] = i; partner[i] = o; break; }
                tmp.Push(o);
            }
            while (tmp.Count > 0) stack.Push(tmp.Pop());
        }

        var root = new Out();
        var nodes = new Stack<Out>();
        nodes.Push(root);
        for (int i = 0; i < tokens.Count; i++)
        {
            var (t, isTag) = tokens[i];
            if (!isTag || partner[i] < 0) { nodes.Peek().Kids.Add(Out.Leaf(WebUtility.HtmlDecode(t))); continue; }
            if (partner[i] < i) { nodes.Pop(); continue; }
            var n = new Out();
            switch (t)
            {
                case "<i>": n.Styles.Add(RichStyle.Italic); break;
                case "<b>": n.Styles.Add(RichStyle.Bold); break;
                // Small caps, superscript and subscript are left alone by text-case, as citeproc-js does.
                case "<sc>": n.Styles.Add(RichStyle.SmallCaps); n.NoCase = true; break;
                case "<sup>": n.Styles.Add(RichStyle.Superscript); n.NoCase = true; break;
                case "<sub>": n.Styles.Add(RichStyle.Subscript); n.NoCase = true; break;
                case "\"" or "'" or "“" or "‘": n.Quotes = true; n.QuotesAsWritten = !quotes; break;
                default:
                    if (t.Contains("nocase")) n.NoCase = true;
                    else if (t.Contains("nodecor")) n.NoDecor = true;
                    else { n.Styles.Add(RichStyle.SmallCaps); n.NoCase = true; }
                    break;
            }
            nodes.Peek().Kids.Add(n);
            nodes.Push(n);
        }
        return root;
    }

    static string Name(string tag) => tag is "\"" or "'" ? tag : tag.StartsWith("<span", StringComparison.Ordinal) ? "span" : tag[1..^1];
}
