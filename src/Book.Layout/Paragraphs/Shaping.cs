using Book.Fonts;

namespace Book.Layout.Paragraphs;

/// <summary>The one call into the font's shaper, so layout code reads glyphs in one shape.</summary>
static class Shaping
{
    [ThreadStatic] static ShapedText? _buffer;

    /// <summary>Azerbaijani and Turkish keep the dot of i: no fi/ffi ligatures there (Literata's own
    /// locl feature does this in a full shaper; we have the default language system only).</summary>
    public static ShapedGlyph[] Shape(OpenTypeFont font, string text, string? language)
    {
        bool ligatures = language is null || !(language.StartsWith("az", StringComparison.Ordinal) || language.StartsWith("tr", StringComparison.Ordinal));
        var buffer = _buffer ??= new ShapedText(64);
        font.ShapeInto(text.AsSpan(), buffer, ligatures);
        return buffer.AsSpan().ToArray();
    }
}
