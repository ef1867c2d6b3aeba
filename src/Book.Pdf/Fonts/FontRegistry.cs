using Book.Fonts;
using Book.Layout.Pages;

namespace Book.Pdf;

/// <summary>
/// One PDF font per OpenTypeFont instance, named (F1, F2, …) and numbered in order of first use.
/// Names are given up front by <see cref="NameFonts"/> so pages can be painted in parallel;
/// object numbers are still taken when the page that first uses a font is written (<see cref="Use"/>),
/// which keeps every object number, and so every byte, as when pages were painted one by one.
/// </summary>
internal sealed class FontRegistry
{
    private readonly ObjectWriter _writer;
    private readonly Dictionary<OpenTypeFont, FontUsage> _byFont = new(ReferenceEqualityComparer.Instance);
    private readonly List<FontUsage> _ordered = new();

    public FontRegistry(ObjectWriter writer) => _writer = writer;

    public IReadOnlyList<FontUsage> Fonts => _ordered;

    /// <summary>Names every font the pages draw with, in order of first use.</summary>
    public void NameFonts(IReadOnlyList<Page> pages)
    {
        foreach (var page in pages)
            foreach (var item in page.Items)
                if (item is GlyphRun { Glyphs.Length: > 0 } run && !_byFont.ContainsKey(run.Font))
                {
                    var usage = new FontUsage(run.Font, "F" + (_ordered.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
                    _byFont.Add(run.Font, usage);
                    _ordered.Add(usage);
                }
    }

    /// <summary>The named font (read-only lookup, safe from several painting threads).</summary>
    public FontUsage Get(OpenTypeFont font) =>
        _byFont.TryGetValue(font, out var usage) ? usage : throw new InvalidOperationException($"font {font.PostScriptName} was not named before painting");

    /// <summary>The font as a page being written uses it: its object number is taken on first use.</summary>
    public FontUsage Use(OpenTypeFont font)
    {
        var usage = Get(font);
        usage.Bind(_writer);
        return usage;
    }
}
