using System.Globalization;
using Book.Pages;

namespace Book.Layout.Marginals;

/// <summary>A page's number as printed at its foot and cited by the contents, the index and the e-book's page list.</summary>
public static class Folios
{
    /// <summary>Lower-case roman in the front matter ("xii"), arabic from the first chapter ("23").</summary>
    public static string Of(Page p) => p.Style switch
    {
        FolioStyle.Roman => Roman(p.Number),
        FolioStyle.Cover => p.Label ?? "Cover",
        _ => p.Number.ToString(CultureInfo.InvariantCulture),
    };

    static string Roman(int n)
    {
        var sb = new System.Text.StringBuilder();
        foreach (var (v, s) in new[] { (1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i") })
            while (n >= v) { sb.Append(s); n -= v; }
        return sb.ToString();
    }
}
