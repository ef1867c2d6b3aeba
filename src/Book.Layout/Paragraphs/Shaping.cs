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

    /// <summary>
    /// Longer texts are shaped into a buffer of their own, which becomes the result when every char made a
    /// glyph: the shared buffer would keep the size of the longest word for the thread's life, and its
    /// copy would double it (a 2 MB word: 32 MB kept and 32 MB copied).
    /// </summary>
    const int SharedBufferLength = 4096;

    static ShapedText BufferFor(string text) =>
        text.Length > SharedBufferLength ? new ShapedText(text.Length) : _buffer ??= new ShapedText(64);

    /// <summary>The glyphs shaped: the shared buffer's are copied out; a text's own buffer is the result, ligatures or not.</summary>
    static ArraySegment<ShapedGlyph> Result(ShapedText shaped) =>
        shaped != _buffer ? new ArraySegment<ShapedGlyph>(shaped.Glyphs, 0, shaped.Count) : new ArraySegment<ShapedGlyph>(shaped.AsSpan().ToArray());

    static ShapedGlyph[] Exact(ArraySegment<ShapedGlyph> glyphs) =>
        glyphs.Offset == 0 && glyphs.Count == glyphs.Array!.Length ? glyphs.Array : glyphs.ToArray();

    public static ShapedGlyph[] Shape(OpenTypeFont font, string text, bool ligatures)
    {
        var buffer = BufferFor(text);
        font.ShapeInto(text.AsSpan(), buffer, ligatures);
        return Exact(Result(buffer));
    }

    /// <summary>Whether the font draws small capitals of its own ('smcp'); without them they are made from smaller capitals.</summary>
    public static bool HasSmallCaps(OpenTypeFont font) => font.SingleSubstitutions("smcp").Count > 0;

    public static ShapedGlyph[] Shape(OpenTypeFont font, string text, string? language, bool smallCaps = false) =>
        Exact(ShapeWord(font, text, language, smallCaps));

    /// <summary>As <see cref="Shape(OpenTypeFont, string, string?, bool)"/>, where a long text's glyphs may sit in a longer array (ligatures made fewer).</summary>
    public static ArraySegment<ShapedGlyph> ShapeWord(OpenTypeFont font, string text, string? language, bool smallCaps = false)
    {
        var buffer = BufferFor(text);
        if (!smallCaps || !HasSmallCaps(font))
        {
            font.ShapeInto(text.AsSpan(), buffer, Ligatures(language));
            return Result(buffer);
        }
        // The font's small capitals ('smcp') replace single lowercase letters, so no ligature may join
        // them first; kerning is then taken between the small-cap glyphs. Each glyph keeps its cluster,
        // so the text copies as typed (the PDF's ToUnicode maps a small-cap glyph to its letter).
        font.ShapeInto(text.AsSpan(), buffer, ligatures: false, kerning: false);
        var glyphs = Exact(Result(buffer));
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
