using Markdig;
using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Syntax;

namespace Book.Core.Markdown;

/// <summary>
/// Pandoc's fancy list markers (its fancy_lists, startnum and example_lists extensions): letters and
/// roman numerals with "." or ")" ("c.", "iv)", "B."), any marker in two parentheses ("(1)", "(a)"),
/// "#." that numbers itself, and example items "(@)" / "(@label)". Markdig's digits parser keeps
/// "1." and "1)". The list's <see cref="ListBlock.BulletType"/> names the style ('1' 'a' 'A' 'i' 'I', '@' for
/// examples) and <see cref="ListBlock.OrderedDelimiter"/> the delimiter ('.' ')', and '(' for two parentheses),
/// so a change of either starts a new list, as in Pandoc.
/// </summary>
public sealed class FancyListItemParser : OrderedListItemParser
{
    /// <summary>The delimiter recorded for a marker in two parentheses.</summary>
    public const char TwoParens = '(';
    /// <summary>The bullet type of an example list.</summary>
    public const char Example = '@';

    public FancyListItemParser()
    {
        var open = new List<char> { '(', '#' };
        for (char c = 'a'; c <= 'z'; c++) { open.Add(c); open.Add((char)(c - 'a' + 'A')); }
        OpeningCharacters = open.ToArray();
    }

    public override bool TryParse(BlockProcessor state, char pendingBulletType, out ListInfo result)
    {
        result = default;
        // Pandoc wants a blank line before a list: a wrapped line that starts "A. Smith" or "(a)" stays
        // in its paragraph. (Digits keep CommonMark's rule, which lets "1." interrupt one.)
        if (pendingBulletType == '\0' && state.CurrentBlock is ParagraphBlock p && state.IsOpen(p)) return false;
        var open = state.CurrentContainer as ListBlock ?? state.CurrentContainer?.Parent as ListBlock;
        char pendingDelimiter = open is not null && open.BulletType == pendingBulletType ? open.OrderedDelimiter : '\0';
        if (!TryRead(state.Line.Text, state.Start, state.Line.End + 1, pendingBulletType, pendingDelimiter, out var marker)) return false;
        for (int k = 0; k < marker.Length; k++) state.NextChar();
        result.BulletType = marker.Style;
        result.OrderedDelimiter = marker.Delimiter;
        result.OrderedStart = marker.Start.ToString(System.Globalization.CultureInfo.InvariantCulture);
        result.DefaultOrderedStart = "1";
        return true;
    }

    /// <summary>A marker as read: its style and delimiter (as on <see cref="ListBlock"/>), its number, its length in characters, and an example's label.</summary>
    public readonly record struct Marker(char Style, char Delimiter, int Start, int Length, string? Label);

    /// <summary>
    /// Reads a marker at <paramref name="at"/> (<paramref name="end"/> exclusive). A list already open
    /// (<paramref name="pending"/>, its style) reads letters its own way first: "i." continues an
    /// alphabetic list as i, "v." a roman one as 5. Otherwise Pandoc's order: "i"/"I" alone is
    /// roman one, another single letter is alphabetic, several letters must be a roman numeral.
    /// "#" continues the open list when its delimiter is the list's (<paramref name="pendingDelimiter"/>).
    /// </summary>
    public static bool TryRead(string text, int at, int end, char pending, char pendingDelimiter, out Marker marker)
    {
        marker = default;
        int i = at;
        bool parens = i < end && text[i] == '(';
        if (parens) i++;
        if (i >= end) return false;
        char style; int number; string? label = null;
        char c = text[i];
        bool auto = c == '#';
        if (auto)
        {
            // "#." numbers itself: it continues the open list (style settled below, by the delimiter), or starts a decimal one at 1.
            style = '1'; number = 1;
            i++;
        }
        else if (c == '@')
        {
            if (!parens) return false; // "@key." stays a citation: only "(@)" and "(@label)" are examples here
            int s = ++i;
            while (i < end && (char.IsAsciiLetterOrDigit(text[i]) || text[i] is '_' or '-')) i++;
            label = i > s ? text[s..i] : null;
            style = Example; number = 1;
        }
        else if (char.IsAsciiDigit(c))
        {
            if (!parens) return false; // "1." and "1)" are Markdig's own
            int s = i;
            while (i < end && char.IsAsciiDigit(text[i])) i++;
            if (i - s > 9) return false;
            style = '1'; number = int.Parse(text.AsSpan(s, i - s), provider: System.Globalization.CultureInfo.InvariantCulture);
        }
        else if (char.IsAsciiLetter(c))
        {
            int s = i;
            while (i < end && char.IsAsciiLetter(text[i])) i++;
            if (!TryLetters(text[s..i], pending, out style, out number)) return false;
        }
        else return false;

        char delimiter;
        if (parens)
        {
            if (i >= end || text[i] != ')') return false;
            delimiter = TwoParens;
        }
        else
        {
            if (i >= end || text[i] is not ('.' or ')')) return false;
            delimiter = text[i];
        }
        i++;
        if (auto && delimiter == pendingDelimiter && pending is '1' or 'a' or 'A' or 'i' or 'I') style = pending;
        // A capital letter and a period may be an initial ("B. Russell"): Pandoc asks two spaces or a tab after it.
        if (delimiter == '.' && (style == 'A' || style == 'I' && number is 1 or 5 or 10 or 50 or 100 or 500 or 1000))
            if (!(i < end && text[i] == '\t' || i + 1 < end && text[i] == ' ' && text[i + 1] == ' ')) return false;
        marker = new Marker(style, delimiter, number, i - at, label);
        return true;
    }

    static bool TryLetters(string s, char pending, out char style, out int number)
    {
        style = '\0'; number = 0;
        bool lower = char.IsAsciiLetterLower(s[0]);
        if (s.Any(ch => char.IsAsciiLetterLower(ch) != lower)) return false;
        char alpha = lower ? 'a' : 'A', roman = lower ? 'i' : 'I';
        // An open list of this case reads its own style first.
        if (pending == alpha && s.Length == 1) { style = alpha; number = char.ToLowerInvariant(s[0]) - 'a' + 1; return true; }
        if (pending == roman && Roman(s) is > 0 and var r) { style = roman; number = r; return true; }
        if (s is "i" or "I") { style = roman; number = 1; return true; }
        if (s.Length == 1) { style = alpha; number = char.ToLowerInvariant(s[0]) - 'a' + 1; return true; }
        if (Roman(s) is > 0 and var v) { style = roman; number = v; return true; }
        return false;
    }

    /// <summary>The value of a well-formed roman numeral (either case); 0 when it is not one.</summary>
    public static int Roman(string s)
    {
        int total = 0, previous = int.MaxValue;
        foreach (char ch in s.ToUpperInvariant())
        {
            int v = ch switch { 'I' => 1, 'V' => 5, 'X' => 10, 'L' => 50, 'C' => 100, 'D' => 500, 'M' => 1000, _ => 0 };
            if (v == 0) return 0;
            total += v > previous ? v - 2 * previous : v;
            previous = v;
        }
        // Only the canonical spelling counts ("iiii", "vx" are not numerals).
        return total > 0 && total < 4000 && ToRoman(total) == s.ToUpperInvariant() ? total : 0;
    }

    static string ToRoman(int n)
    {
        var sb = new System.Text.StringBuilder();
        foreach (var (v, d) in new[] { (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I") })
            while (n >= v) { sb.Append(d); n -= v; }
        return sb.ToString();
    }
}

/// <summary>Adds <see cref="FancyListItemParser"/> to Markdig's list parser.</summary>
public sealed class FancyListsExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        var lists = pipeline.BlockParsers.Find<ListBlockParser>();
        if (lists is not null && !lists.ItemParsers.Contains<FancyListItemParser>())
            lists.ItemParsers.Add(new FancyListItemParser());
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer) { }
}
