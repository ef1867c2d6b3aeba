using Book.Fonts;
using Book.Pages;
using Book.Pdf.Syntax;

namespace Book.Pdf.Export;

/// <summary>
/// One PDF font per OpenTypeFont instance, named (F1, F2, …) and numbered in order of first use.
/// The reading edition names its fonts up front (<see cref="NameFonts"/>) so pages can be painted
/// in parallel; object numbers are still taken when the page that first uses a font is written
/// (<see cref="Get"/>), which keeps every object number, and so every byte, as when pages were
/// painted one by one.
/// </summary>
internal sealed class FontRegistry
{
    private readonly ObjectWriter _writer;
    private readonly Dictionary<OpenTypeFont, FontUsage> _byFont = new(ReferenceEqualityComparer.Instance);
    private readonly List<FontUsage> _ordered = new();

    public FontRegistry(ObjectWriter writer) => _writer = writer;

    public IReadOnlyList<FontUsage> Fonts => _ordered;

    /// <summary>Names every font the pages draw with (inside groups too), in order of first use.</summary>
    public void NameFonts(IReadOnlyList<Page> pages)
    {
        foreach (var page in pages)
            PageWalk.Runs(page.Items, run => Named(run.Font, create: true));
    }

    /// <summary>A font already named (a read-only lookup, safe from several painting threads).</summary>
    public FontUsage Named(OpenTypeFont font) => Named(font, create: false);

    private FontUsage Named(OpenTypeFont font, bool create)
    {
        if (_byFont.TryGetValue(font, out var usage)) return usage;
        if (!create) throw new InvalidOperationException($"font {font.PostScriptName} was not named before painting");
        usage = new FontUsage(font, "F" + (_ordered.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        _byFont.Add(font, usage);
        _ordered.Add(usage);
        return usage;
    }

    /// <summary>The font as a page being written uses it: named if new, its object number taken on first use.</summary>
    public FontUsage Get(OpenTypeFont font)
    {
        var usage = Named(font, create: true);
        usage.Bind(_writer);
        return usage;
    }
}
