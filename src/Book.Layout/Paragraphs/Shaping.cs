using Book.Fonts;

namespace Book.Layout.Paragraphs;

/// <summary>The one call into the font's shaper, so layout code reads glyphs in one shape.</summary>
static class Shaping
{
    [ThreadStatic] static ShapedText? _buffer;

    /// <summary>Azerbaijani and Turkish keep the dot of i: no fi/ffi ligatures there (Literata's own
    /// locl feature does this in a full shaper; we have the default language system only).</summary>
    public static bool Ligatures(string? language) =>
        language is null || !(language.StartsWith("az", StringComparison.Ordinal) || language.StartsWith("tr", StringComparison.Ordinal));

    public static ShapedGlyph[] Shape(OpenTypeFont font, string text, string? language) => Shape(font, text, Ligatures(language));

    public static ShapedGlyph[] Shape(OpenTypeFont font, string text, bool ligatures)
    {
        var buffer = _buffer ??= new ShapedText(64);
        font.ShapeInto(text.AsSpan(), buffer, ligatures);
        return buffer.AsSpan().ToArray();
    }
}
