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

    /// <summary>
    /// Every item of type <typeparamref name="T"/> with the transform that maps it onto the page:
    /// null for an item outside any group, so the common case keeps its exact arithmetic.
    /// </summary>
    public static void Placed<T>(IReadOnlyList<PageItem> items, Transform? outer, Action<T, Transform?> visit) where T : PageItem
    {
        foreach (var item in items)
        {
            if (item is T found) visit(found, outer);
            // The inner transform applies first, then the groups around it.
            else if (item is GroupItem group) Placed(group.Items, outer is { } o ? group.Transform.Then(o) : group.Transform, visit);
        }
    }

    /// <summary>The page rectangle (Y down) covering a rectangle drawn under <paramref name="t"/>: a rotated link is clickable all over.</summary>
    public static (double X, double Y, double Width, double Height) Bounds(Transform t, double x, double y, double width, double height)
    {
        double minX = double.MaxValue, minY = double.MaxValue, maxX = double.MinValue, maxY = double.MinValue;
        foreach (var (cx, cy) in new[] { (x, y), (x + width, y), (x, y + height), (x + width, y + height) })
        {
            double px = t.A * cx + t.C * cy + t.E, py = t.B * cx + t.D * cy + t.F;
            minX = Math.Min(minX, px); maxX = Math.Max(maxX, px);
            minY = Math.Min(minY, py); maxY = Math.Max(maxY, py);
        }
        return (minX, minY, maxX - minX, maxY - minY);
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
