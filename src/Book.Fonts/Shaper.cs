using System.Text;

namespace Book.Fonts;

/// <summary>
/// Simple shaping for Latin and Cyrillic text: cmap lookup, GSUB ligatures, then advances
/// with GPOS kerning between the resulting glyphs. No reordering or mark positioning;
/// the book's scripts do not need them.
/// </summary>
internal static class Shaper
{
    public static void Shape(OpenTypeFont font, ReadOnlySpan<char> text, ShapedText into, bool ligatures, bool kerning)
    {
        var glyphs = into.Reset(text.Length);
        int count = 0;
        for (int i = 0; i < text.Length;)
        {
            // Rune decoding turns a lone surrogate into U+FFFD and tells us how many chars it used.
            Rune.DecodeFromUtf16(text[i..], out var rune, out int used);
            glyphs[count++] = new ShapedGlyph(font.GetGlyph(rune.Value), 0, i, used);
            i += used;
        }

        if (ligatures) count = font.LigatureSubstitution.Apply(glyphs, count);

        int total = 0;
        for (int i = 0; i < count; i++)
        {
            ushort glyph = glyphs[i].Glyph;
            int advance = font.GetAdvance(glyph);
            if (kerning && i + 1 < count) advance += font.GetKerning(glyph, glyphs[i + 1].Glyph);
            glyphs[i] = glyphs[i] with { Advance = advance };
            total += advance;
        }
        into.Complete(count, total);
    }
}
