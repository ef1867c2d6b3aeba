namespace Book.Fonts.Tables;

/// <summary>The 'OS/2' fields we use. Absent fields of older versions are zero.</summary>
internal readonly record struct Os2(
    int WeightClass, ushort FsSelection, short TypoAscender, short TypoDescender, short TypoLineGap,
    short XHeight, short CapHeight, short StrikeoutSize, short StrikeoutPosition)
{
    public bool IsItalic => (FsSelection & 0x0001) != 0;
    public bool IsBold => (FsSelection & 0x0020) != 0;
    public bool UseTypoMetrics => (FsSelection & 0x0080) != 0;

    public static Os2? Read(ReadOnlySpan<byte> t)
    {
        if (t.IsEmpty) return null;
        if (t.Length < 78) throw new FontFormatException("'OS/2' table is too short.");
        int version = BigEndian.U16(t, 0);
        short xHeight = 0, capHeight = 0;
        if (version >= 2 && t.Length >= 90)
        {
            xHeight = BigEndian.I16(t, 86);
            capHeight = BigEndian.I16(t, 88);
        }
        return new Os2(BigEndian.U16(t, 4), BigEndian.U16(t, 62), BigEndian.I16(t, 68), BigEndian.I16(t, 70),
            BigEndian.I16(t, 72), xHeight, capHeight, BigEndian.I16(t, 26), BigEndian.I16(t, 28));
    }
}
