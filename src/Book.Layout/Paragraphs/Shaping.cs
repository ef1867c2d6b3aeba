using Book.Fonts;

namespace Book.Layout.Paragraphs;

/// <summary>The one call into the font's shaper, so layout code reads glyphs in one shape.</summary>
static class Shaping
{
    [ThreadStatic] static ShapedText? _buffer;

    /// <summary>Small capitals are spaced a little wider than lowercase, as capitals are (in ems, per glyph).</summary>
    public const double SmallCapsTracking = 0.03;

    /// <summary>Azerbaijani and Turkish keep the dot of i: no fi/ffi ligatures there (Literata's own
    /// locl feature does this in a full shaper; we have the default language system only).</summary>
    public static bool Ligatures(string? language) =>
        language is null || !(language.StartsWith("az", StringComparison.Ordinal) || language.StartsWith("tr", StringComparison.Ordinal));

    public static ShapedGlyph[] Shape(OpenTypeFont font, string text, bool ligatures)
    {
        var buffer = _buffer ??= new ShapedText(64);
        font.ShapeInto(text.AsSpan(), buffer, ligatures);
        return buffer.AsSpan().ToArray();
    }

    /// <summary>Whether the font draws small capitals of its own ('smcp'); without them they are made from smaller capitals.</summary>
    public static bool HasSmallCaps(OpenTypeFont font) => font.SingleSubstitutions("smcp").Count > 0;

    public static ShapedGlyph[] Shape(OpenTypeFont font, string text, string? language, bool smallCaps = false)
    {
        var buffer = _buffer ??= new ShapedText(64);
        if (!smallCaps || !HasSmallCaps(font))
        {
            font.ShapeInto(text.AsSpan(), buffer, Ligatures(language));
            return buffer.AsSpan().ToArray();
        }
        // The font's small capitals ('smcp') replace single lowercase letters, so no ligature may join
        // them first; kerning is then taken between the small-cap glyphs. Each glyph keeps its cluster,
        // so the text copies as typed (the PDF's ToUnicode maps a small-cap glyph to its letter).
        font.ShapeInto(text.AsSpan(), buffer, ligatures: false, kerning: false);
        var glyphs = buffer.AsSpan().ToArray();
        var smcp = font.SingleSubstitutions("smcp");
        for (int i = 0; i < glyphs.Length; i++)
            if (smcp.TryGetValue(glyphs[i].Glyph, out var sc)) glyphs[i] = glyphs[i] with { Glyph = sc };
        int track = (int)Math.Round(font.UnitsPerEm * SmallCapsTracking);
        for (int i = 0; i < glyphs.Length; i++)
        {
            int advance = font.GetAdvance(glyphs[i].Glyph) + track;
            if (i + 1 < glyphs.Length) advance += font.GetKerning(glyphs[i].Glyph, glyphs[i + 1].Glyph);
            glyphs[i] = glyphs[i] with { Advance = advance };
        }
        return glyphs;
    }
}
