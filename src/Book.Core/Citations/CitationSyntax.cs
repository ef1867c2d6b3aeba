using System.Text;
using Book.Model;

namespace Book.Core.Citations;

/// <summary>
/// Pandoc's citation syntax, parsed from plain text: bracketed <c>[see @a, p. 4; -@b]</c>, and
/// narrative <c>@a</c> (optionally <c>@a [p. 4]</c>). Positions are indexes into the given string;
/// <paramref name="limit"/> arguments are exclusive ends. Kept free of Markdig so it can be tested alone.
/// </summary>
public static class CitationSyntax
{
    /// <summary>Prefixes of cross-references (<c>@tbl:x</c>), which are not citations.</summary>
    public static readonly IReadOnlyList<string> CrossRefPrefixes = ["tbl:", "fig:", "sec:", "eq:"];

    const string InternalPunctuation = ":.#$%&-+?<>~/";

    // Longest first, so "pp." is read before "p." and "§§" before "§".
    static readonly IReadOnlyList<string> LocatorLabels = Locators.Labels;

    /// <summary>
    /// Parses a citation key after the '@' at <paramref name="at"/>: Pandoc's rule (a letter, digit or _
    /// first; internal punctuation only when followed by a letter, digit or _), or <c>@{any key}</c>.
    /// </summary>
    public static bool TryParseKey(string text, int at, int limit, out string key, out int end)
    {
        key = "";
        end = at;
        if (at >= limit || text[at] != '@') return false;
        var i = at + 1;
        if (i < limit && text[i] == '{')
        {
            var close = text.IndexOf('}', i + 1, limit - i - 1);
            if (close < 0 || close == i + 1) return false;
            key = text[(i + 1)..close].Trim();
            end = close + 1;
            return key.Length > 0;
        }
        if (i >= limit || !IsKeyChar(text[i])) return false;
        var start = i;
        while (i < limit)
        {
            if (IsKeyChar(text[i])) { i++; continue; }
            // Internal punctuation: "a:b", "a.b", "http://x" ('/' or ':' followed by '/'); never trailing.
            if (InternalPunctuation.Contains(text[i]) && i + 1 < limit
                && (IsKeyChar(text[i + 1]) || (text[i] is ':' or '/' && text[i + 1] == '/')))
            {
                i++;
                continue;
            }
            break;
        }
        key = text[start..i];
        end = i;
        return true;
    }

    public static bool IsCrossRef(string key) =>
        CrossRefPrefixes.Any(p => key.StartsWith(p, StringComparison.Ordinal));

    static bool IsKeyChar(char c) => char.IsLetterOrDigit(c) || c == '_';

    /// <summary>
    /// Parses a bracketed citation starting at the '[' at <paramref name="at"/>. Fails (so Markdig's
    /// link parser sees the bracket) when any ';'-separated part lacks a key, when a key is a
    /// cross-reference, or when the bracket is a link (<c>[..](url)</c>, <c>[..][ref]</c>) or footnote.
    /// </summary>
    public static bool TryParseBracketed(string text, int at, int limit, out List<CitationItem> items, out int end)
    {
        items = [];
        end = at;
        if (at >= limit || text[at] != '[') return false;
        var close = MatchingBracket(text, at, limit);
        if (close < 0) return false;
        // "[@a](url)" and "[@a][ref]" are links; "[@a][^note]" is a citation followed by a footnote mark.
        if (close + 1 < limit && (text[close + 1] == '(' || text[close + 1] == '[' && !(close + 2 < limit && text[close + 2] == '^'))) return false;
        var content = text[(at + 1)..close];
        if (!content.Contains('@') || content.StartsWith('^')) return false;

        foreach (var part in SplitItems(content))
        {
            if (ParseItem(part) is not { } item) return false;
            items.Add(item);
        }
        end = close + 1;
        return items.Count > 0;
    }

    /// <summary>
    /// Parses a narrative citation at the '@' at <paramref name="at"/>. Not one when the '@' follows a
    /// letter or digit (an e-mail address) or inside a URL, or the key is a cross-reference. A following
    /// " [p. 4]" without an '@' in it is taken as the locator, as in Pandoc.
    /// </summary>
    public static bool TryParseNarrative(string text, int at, int limit, out CitationItem item, out int end)
    {
        item = null!;
        end = at;
        // Not after a word character (e-mail) nor inside a URL or path ("twitter.com/@x").
        if (at > 0 && (char.IsLetterOrDigit(text[at - 1]) || text[at - 1] is '_' or '@' or '.' or '-' or '+' or '/' or ':' or '=' or '%' or '&'))
            return false;
        if (!TryParseKey(text, at, limit, out var key, out end) || IsCrossRef(key)) return false;

        string? locator = null, suffix = null;
        if (end + 1 < limit && text[end] == ' ' && text[end + 1] == '[')
        {
            var close = MatchingBracket(text, end + 1, limit);
            if (close > 0 && !(close + 1 < limit && text[close + 1] is '(' or '['))
            {
                var inner = text[(end + 2)..close];
                if (!inner.Contains('@') && !inner.StartsWith('^'))
                {
                    (locator, suffix) = ParseAfterKey(inner);
                    end = close + 1;
                }
            }
        }
        item = new CitationItem(key, null, locator, suffix, false);
        return true;
    }

    static CitationItem? ParseItem(string part)
    {
        // The key is the first '@' that is not inside a word (so "x@y.com" in a prefix is not one).
        for (var i = 0; i < part.Length; i++)
        {
            if (part[i] != '@' || (i > 0 && (char.IsLetterOrDigit(part[i - 1]) || part[i - 1] == '_'))) continue;
            if (!TryParseKey(part, i, part.Length, out var key, out var keyEnd)) continue;
            if (IsCrossRef(key)) return null;
            var suppress = i > 0 && part[i - 1] == '-' && (i == 1 || char.IsWhiteSpace(part[i - 2]));
            var prefix = Clean(part[..(suppress ? i - 1 : i)]);
            var (locator, suffix) = ParseAfterKey(part[keyEnd..]);
            return new CitationItem(key, prefix, locator, suffix, suppress);
        }
        return null;
    }

    /// <summary>
    /// Splits what follows a key into locator and suffix: ", p. 4, emphasis added" gives "p. 4" and
    /// ", emphasis added". A bare number is a page ("33"); "{…}" gives an explicit locator.
    /// The suffix keeps its leading punctuation, like Pandoc's, so "and passim" stays unpunctuated.
    /// </summary>
    public static (string? Locator, string? Suffix) ParseAfterKey(string after)
    {
        var s = after.TrimStart();
        if (s.StartsWith(',')) s = s[1..].TrimStart();
        string? locator = null;
        var rest = s;
        if (s.StartsWith('{'))
        {
            var close = s.IndexOf('}');
            if (close > 1)
            {
                locator = Clean(s[1..close]);
                rest = s[(close + 1)..];
            }
        }
        else
        {
            var label = LocatorLabels.FirstOrDefault(l => s.StartsWith(l, StringComparison.Ordinal)
                && (s.Length == l.Length || char.IsWhiteSpace(s[l.Length]) || l.StartsWith('§')));
            var valueStart = label is null ? 0 : SkipSpace(s, label.Length);
            var valueEnd = LocatorValueEnd(s, valueStart);
            if (valueEnd > valueStart && (label is not null || char.IsDigit(s[valueStart])))
            {
                var value = Clean(s[valueStart..valueEnd])!;
                locator = label is null ? value : label + " " + value;
                rest = s[valueEnd..];
            }
        }
        if (locator is null) rest = after.Trim();
        return (locator, Clean(rest));
    }

    /// <summary>End of a locator value such as "33", "33–35, 38", "iv–xi", "12a".</summary>
    static int LocatorValueEnd(string s, int i)
    {
        var end = i;
        while (true)
        {
            var tokenEnd = Token(s, end);
            if (tokenEnd == end) return end;
            end = tokenEnd;
            // Continue over a separator only when another number follows: "33-35", "33, 38", "1 & 2".
            var j = end;
            if (j < s.Length && s[j] is '-' or '–' or '—' or ',' or '&')
            {
                while (j < s.Length && s[j] is '-' or '–' or '—') j++;
                if (j == end) j++;
                j = SkipSpace(s, j);
                if (Token(s, j) > j && (char.IsDigit(s[j]) || IsRoman(s, j, Token(s, j)))) { end = j; continue; }
            }
            return end;
        }
    }

    static int Token(string s, int i)
    {
        var j = i;
        if (j < s.Length && char.IsDigit(s[j]))
        {
            while (j < s.Length && (char.IsDigit(s[j]) || s[j] == '.' && j + 1 < s.Length && char.IsDigit(s[j + 1]))) j++;
            if (j < s.Length && char.IsAsciiLetterLower(s[j]) && (j + 1 == s.Length || !char.IsLetter(s[j + 1]))) j++;
            return j;
        }
        while (j < s.Length && "ivxlcdmIVXLCDM".Contains(s[j])) j++;
        return j > i && (j == s.Length || !char.IsLetter(s[j])) ? j : i;
    }

    static bool IsRoman(string s, int from, int to) => to > from && s[from..to].All(c => "ivxlcdmIVXLCDM".Contains(c));

    static int SkipSpace(string s, int i)
    {
        while (i < s.Length && char.IsWhiteSpace(s[i])) i++;
        return i;
    }

    /// <summary>Index of the ']' that closes the '[' at <paramref name="open"/>, honouring nesting and escapes.</summary>
    static int MatchingBracket(string text, int open, int limit)
    {
        var depth = 0;
        for (var i = open; i < limit; i++)
        {
            switch (text[i])
            {
                case '\\': i++; break;
                case '`': return -1;   // code inside the brackets: leave it to the code-span parser
                case '[': depth++; break;
                case ']':
                    if (--depth == 0) return i;
                    break;
            }
        }
        return -1;
    }

    static IEnumerable<string> SplitItems(string content)
    {
        var start = 0;
        var depth = 0;
        for (var i = 0; i < content.Length; i++)
        {
            if (content[i] == '\\') { i++; continue; }
            if (content[i] == '[') depth++;
            else if (content[i] == ']') depth--;
            else if (content[i] == ';' && depth == 0)
            {
                yield return content[start..i];
                start = i + 1;
            }
        }
        yield return content[start..];
    }

    /// <summary>Collapses whitespace and line breaks, drops escapes, applies Pandoc's smart dashes; null if empty.</summary>
    static string? Clean(string s)
    {
        var sb = new StringBuilder(s.Length);
        var space = false;
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (char.IsWhiteSpace(c)) { space = sb.Length > 0; continue; }
            if (space) { sb.Append(' '); space = false; }
            if (c == '\\' && i + 1 < s.Length && char.IsAsciiLetterOrDigit(s[i + 1]) is false) { sb.Append(s[++i]); continue; }
            if (c == '-' && i + 1 < s.Length && s[i + 1] == '-')
            {
                var three = i + 2 < s.Length && s[i + 2] == '-';
                sb.Append(three ? '—' : '–');
                i += three ? 2 : 1;
                continue;
            }
            sb.Append(c);
        }
        return sb.Length == 0 ? null : sb.ToString();
    }
}
