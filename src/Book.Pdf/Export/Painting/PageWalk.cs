using Book.Pages;

namespace Book.Pdf.Export;

/// <summary>
/// The items of a page that need resources, found inside groups too, in painting order (depth
/// first): the order in which fonts and images are named and numbered.
/// </summary>
internal static class PageWalk
{
    /// <summary>Every glyph run that shows glyphs.</summary>
    public static void Runs(IReadOnlyList<PageItem> items, Action<GlyphRun> visit)
    {
        foreach (var item in items)
        {
            if (item is GlyphRun { Glyphs.Length: > 0 } run) visit(run);
            else if (item is GroupItem group) Runs(group.Items, visit);
        }
    }

    public static void Images(IReadOnlyList<PageItem> items, Action<ImageItem> visit)
    {
        foreach (var item in items)
        {
            if (item is ImageItem image) visit(image);
            else if (item is GroupItem group) Images(group.Items, visit);
        }
    }
}
