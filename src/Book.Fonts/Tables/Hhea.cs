namespace Book.Fonts.Tables;

/// <summary>The 'hhea' table: horizontal line metrics and how many long hmtx records exist.</summary>
internal readonly record struct Hhea(short Ascender, short Descender, short LineGap, int NumberOfHMetrics)
{
    public static Hhea Read(ReadOnlySpan<byte> t)
    {
        if (t.Length < 36) throw new FontFormatException("'hhea' table is too short.");
        return new Hhea(BigEndian.I16(t, 4), BigEndian.I16(t, 6), BigEndian.I16(t, 8), BigEndian.U16(t, 34));
    }
}
