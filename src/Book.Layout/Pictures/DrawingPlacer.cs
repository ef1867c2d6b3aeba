using Book.Layout.Styles;
using Book.Pages;

namespace Book.Layout.Pictures;

/// <summary>
/// Turns a <see cref="VectorDrawing"/> into page items filling a <paramref name="width"/> ×
/// <paramref name="height"/> box whose top left is (0, 0): shapes as vector items, texts set in the
/// book's fonts. The caller places the box (a <see cref="GroupItem"/> translation).
/// </summary>
public static class DrawingPlacer
{
    public static IReadOnlyList<PageItem> Place(VectorDrawing drawing, double width, double height, FontSet fonts)
    {
        // The SVG slice fills this in; until then a drawing shows nothing.
        return [];
    }
}
