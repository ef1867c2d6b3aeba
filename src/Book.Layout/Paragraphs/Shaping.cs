using Book.Fonts;

namespace Book.Layout.Paragraphs;

/// <summary>The one call into the font's shaper, so layout code reads glyphs in one shape.</summary>
static class Shaping
{
    public static ShapedGlyph[] Shape(OpenTypeFont font, string text)
    {
        var shaped = font.Shape(text.AsSpan());
        return shaped.Glyphs.AsSpan(0, shaped.Count).ToArray();
    }
}
