using Book.Fonts;
using Book.Layout.Pages;

namespace Book.Pdf;

/// <summary>
/// Everything the document uses from one font instance: which glyphs (for the subset and
/// /W) and what text each glyph stands for (for /ToUnicode). Filled while pages are painted.
/// </summary>
internal sealed class FontUsage
{
    private readonly Dictionary<ushort, double> _widths = new();

    public FontUsage(OpenTypeFont font, string resourceName, PdfReference reference)
    {
        Font = font;
        ResourceName = resourceName;
        Reference = reference;
    }

    public OpenTypeFont Font { get; }
    /// <summary>Name in page /Font resource dictionaries, e.g. "F1".</summary>
    public string ResourceName { get; }
    /// <summary>The Type0 font object, allocated on first use so pages can point at it.</summary>
    public PdfReference Reference { get; }
    public SortedSet<ushort> Glyphs { get; } = new();
    public Dictionary<ushort, string> Unicode { get; } = new();

    /// <summary>
    /// The glyph's width as written in /W (thousandths of an em, three decimals). Text
    /// positioning uses this same value, so what we assume is what viewers apply.
    /// </summary>
    public double PdfWidth(ushort glyph)
    {
        if (!_widths.TryGetValue(glyph, out double width))
        {
            int upem = Font.UnitsPerEm > 0 ? Font.UnitsPerEm : 1000;
            width = Math.Round(Font.GetAdvance(glyph) * 1000.0 / upem, 3, MidpointRounding.AwayFromZero);
            _widths[glyph] = width;
        }
        return width;
    }

    public IReadOnlyDictionary<ushort, double> UsedWidths() =>
        Glyphs.ToDictionary(g => g, PdfWidth);

    public void Record(GlyphRun run)
    {
        var glyphs = run.Glyphs;
        for (int i = 0; i < glyphs.Length; i++)
        {
            var g = glyphs[i];
            Glyphs.Add(g.Glyph);
            // The first glyph of a cluster carries its text; later glyphs of the same
            // cluster (marks, pieces) map to nothing so text is not copied twice.
            bool firstOfCluster = i == 0 || glyphs[i - 1].Cluster != g.Cluster;
            if (!firstOfCluster || Unicode.ContainsKey(g.Glyph)) continue;
            if (g.Cluster < 0 || g.Length <= 0 || g.Cluster + g.Length > run.Text.Length) continue;
            Unicode[g.Glyph] = run.Text.Substring(g.Cluster, g.Length);
        }
    }
}
