using Book.Fonts;
using Book.Pages;
using Book.Pdf.Syntax;

namespace Book.Pdf.Export;

/// <summary>
/// Everything the document uses from one font instance: which glyphs (for the subset and
/// /W) and what text each glyph stands for (for /ToUnicode). Filled as pages are written, in page order.
/// </summary>
internal sealed class FontUsage
{
    // Per glyph id: the /W width, whether the glyph is in Glyphs, whether it has its Unicode
    // text. Arrays rather than hashing: Record runs for every glyph on every page.
    private readonly double[] _widths;
    private readonly bool[] _used = new bool[ushort.MaxValue + 1];
    private readonly bool[] _mapped = new bool[ushort.MaxValue + 1];

    public FontUsage(OpenTypeFont font, string resourceName)
    {
        Font = font;
        ResourceName = resourceName;
        // Every width up front: pages are painted on several threads and read them at once.
        int upem = Font.UnitsPerEm > 0 ? Font.UnitsPerEm : 1000;
        _widths = new double[Math.Max(font.GlyphCount, 0)];
        for (int g = 0; g < _widths.Length; g++) _widths[g] = Width((ushort)g, upem);
        WidthOf = PdfWidth;
    }

    /// <summary>Takes the Type0 font's object number, once, when the first page using the font is written.</summary>
    public void Bind(ObjectWriter writer) => _reference ??= writer.Allocate();

    public OpenTypeFont Font { get; }
    /// <summary>Name in page /Font resource dictionaries, e.g. "F1".</summary>
    public string ResourceName { get; }
    /// <summary>The Type0 font object, allocated on first use so pages can point at it.</summary>
    public PdfReference Reference => _reference ?? throw new InvalidOperationException("font used before its first page was written");
    private PdfReference? _reference;
    public SortedSet<ushort> Glyphs { get; } = new();
    public Dictionary<ushort, string> Unicode { get; } = new();

    /// <summary>
    /// The glyph's width as written in /W (thousandths of an em, three decimals). Text
    /// positioning uses this same value, so what we assume is what viewers apply.
    /// </summary>
    public double PdfWidth(ushort glyph) =>
        glyph < _widths.Length ? _widths[glyph] : Width(glyph, Font.UnitsPerEm > 0 ? Font.UnitsPerEm : 1000);

    private double Width(ushort glyph, int upem) =>
        Math.Round(Font.GetAdvance(glyph) * 1000.0 / upem, 3, MidpointRounding.AwayFromZero);

    /// <summary><see cref="PdfWidth"/> as a delegate made once, not once per text run.</summary>
    public Func<ushort, double> WidthOf { get; }

    public IReadOnlyDictionary<ushort, double> UsedWidths() =>
        Glyphs.ToDictionary(g => g, PdfWidth);

    public void Record(GlyphRun run)
    {
        var glyphs = run.Glyphs;
        for (int i = 0; i < glyphs.Length; i++)
        {
            var g = glyphs[i];
            if (!_used[g.Glyph]) { _used[g.Glyph] = true; Glyphs.Add(g.Glyph); }
            // The first glyph of a cluster carries its text; later glyphs of the same
            // cluster (marks, pieces) map to nothing so text is not copied twice.
            bool firstOfCluster = i == 0 || glyphs[i - 1].Cluster != g.Cluster;
            if (!firstOfCluster || _mapped[g.Glyph]) continue;
            if (g.Cluster < 0 || g.Length <= 0 || g.Cluster + g.Length > run.Text.Length) continue;
            Unicode[g.Glyph] = run.Text.Substring(g.Cluster, g.Length);
            _mapped[g.Glyph] = true;
        }
    }
}
