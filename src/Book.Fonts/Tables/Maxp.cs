namespace Book.Fonts.Tables;

/// <summary>The 'maxp' table; we only need the glyph count.</summary>
internal static class Maxp
{
    public static int ReadGlyphCount(ReadOnlySpan<byte> t)
    {
        if (t.Length < 6) throw new FontFormatException("'maxp' table is too short.");
        int n = BigEndian.U16(t, 4);
        if (n == 0) throw new FontFormatException("'maxp' says the font has no glyphs.");
        return n;
    }
}
