using Book.Layout.Paragraphs;
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
    /// <returns>One group that scales the drawing onto the box and clips it there (an SVG shows nothing outside its viewport).</returns>
    public static IReadOnlyList<PageItem> Place(VectorDrawing drawing, double width, double height, FontSet fonts)
    {
        if (drawing.Nodes.Count == 0 || drawing.Width <= 0 || drawing.Height <= 0 || width <= 0 || height <= 0) return [];
        var items = new List<PageItem>(drawing.Nodes.Count);
        var nodes = drawing.Nodes;
        double penX = 0, penY = 0;
        for (int i = 0; i < nodes.Count; i++)
        {
            switch (nodes[i])
            {
                case DrawingShape shape:
                    items.Add(new PathItem(shape.Transform, shape.Shape));
                    break;
                case DrawingText first:
                    {
                        // A chunk: this text and those that follow on from it; the anchor moves it whole.
                        int end = i + 1;
                        while (end < nodes.Count && nodes[end] is DrawingText { X: null } next && next.Transform == first.Transform) end++;
                        var runs = new List<GlyphRun>(end - i);
                        double chunkWidth = 0;
                        for (int k = i; k < end; k++)
                        {
                            var t = (DrawingText)nodes[k];
                            var run = Set(t, fonts);
                            chunkWidth += (k > i ? t.Dx : 0) + run.Width;
                            runs.Add(run.Run);
                        }
                        double shift = first.Anchor switch { TextAnchor.Middle => -chunkWidth / 2, TextAnchor.End => -chunkWidth, _ => 0 };
                        var placed = new List<PageItem>(runs.Count);
                        for (int k = i; k < end; k++)
                        {
                            var t = (DrawingText)nodes[k];
                            penX = (t.X ?? penX) + t.Dx + (k == i ? shift : 0);
                            penY = (t.Y ?? penY) + t.Dy;
                            var run = runs[k - i];
                            placed.Add(run with { X = penX, Y = penY });
                            penX += Width(run);
                        }
                        items.Add(new GroupItem(first.Transform, placed));
                        i = end - 1;
                        break;
                    }
            }
        }
        var fit = Transform.Scale(width / drawing.Width, height / drawing.Height);
        return [new GroupItem(fit, items, new ClipRect(0, 0, drawing.Width, drawing.Height))];
    }

    static double Width(GlyphRun run)
    {
        double w = 0;
        foreach (var g in run.Glyphs) w += g.Advance;
        return w;
    }

    /// <summary>The text shaped in the book's face for its weight and style, at its size, in the drawing's colour.</summary>
    static (GlyphRun Run, double Width) Set(DrawingText t, FontSet fonts)
    {
        var font = fonts.For((t.Bold ? FontFlags.Bold : 0) | (t.Italic ? FontFlags.Italic : 0));
        var shaped = Shaping.Shape(font, t.Text, language: null);
        var glyphs = new PlacedGlyph[shaped.Length];
        double width = 0;
        for (int g = 0; g < shaped.Length; g++)
        {
            var s = shaped[g];
            float advance = (float)font.ToPoints(s.Advance, t.Size);
            glyphs[g] = new PlacedGlyph(s.Glyph, advance, s.Cluster, s.ClusterLength);
            width += advance;
        }
        var color = t.Fill == RgbColor.Black ? (RgbColor?)null : t.Fill;
        return (new GlyphRun(font, t.Size, 0, 0, t.Text, glyphs) { Color = color }, width);
    }
}
