using System.Globalization;
using System.Text;
using Book.Model;

namespace Book.Layout.Blocks;

/// <summary>The printed label of a numbered list's item: "3." "c)" "(iv)"; an example is "(7)".</summary>
public static class ListLabels
{
    public static string Format(ListNumbering numbering, ListDelimiter delimiter, int n)
    {
        string number = numbering switch
        {
            ListNumbering.LowerAlpha => Alpha(n),
            ListNumbering.UpperAlpha => Alpha(n).ToUpperInvariant(),
            ListNumbering.LowerRoman => Roman(n),
            ListNumbering.UpperRoman => Roman(n).ToUpperInvariant(),
            _ => n.ToString(CultureInfo.InvariantCulture),
        };
        // Examples are Pandoc's "(@)" items: always in two parentheses, however they were typed.
        if (numbering == ListNumbering.Example) delimiter = ListDelimiter.TwoParens;
        return delimiter switch
        {
            ListDelimiter.OneParen => number + ")",
            ListDelimiter.TwoParens => "(" + number + ")",
            _ => number + ".",
        };
    }

    /// <summary>a … z, then aa, ab … (as CSS's lower-alpha counts); below 1 the number itself.</summary>
    static string Alpha(int n)
    {
        if (n < 1) return n.ToString(CultureInfo.InvariantCulture);
        var sb = new StringBuilder();
        for (; n > 0; n = (n - 1) / 26) sb.Insert(0, (char)('a' + (n - 1) % 26));
        return sb.ToString();
    }

    /// <summary>Lower-case roman numerals; numbers a roman numeral cannot write (below 1, from 4000) stay arabic.</summary>
    static string Roman(int n)
    {
        if (n < 1 || n >= 4000) return n.ToString(CultureInfo.InvariantCulture);
        var sb = new StringBuilder();
        foreach (var (v, s) in new[] { (1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i") })
            while (n >= v) { sb.Append(s); n -= v; }
        return sb.ToString();
    }
}
