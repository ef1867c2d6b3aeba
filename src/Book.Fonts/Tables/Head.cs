namespace Book.Fonts.Tables;

/// <summary>The 'head' table fields we use.</summary>
internal readonly record struct Head(
    int UnitsPerEm, short XMin, short YMin, short XMax, short YMax, ushort MacStyle, short IndexToLocFormat)
{
    public const int Length = 54;
    public const int CheckSumAdjustmentOffset = 8;
    public const int IndexToLocFormatOffset = 50;

    public static Head Read(ReadOnlySpan<byte> t)
    {
        if (t.Length < Length) throw new FontFormatException("'head' table is too short.");
        if (BigEndian.U32(t, 12) != 0x5F0F3CF5) throw new FontFormatException("'head' table has a bad magic number.");
        int upem = BigEndian.U16(t, 18);
        if (upem < 16 || upem > 16384) throw new FontFormatException($"'head' unitsPerEm {upem} is out of range.");
        short locFormat = BigEndian.I16(t, 50);
        if (locFormat is not (0 or 1)) throw new FontFormatException($"'head' indexToLocFormat {locFormat} is invalid.");
        return new Head(upem, BigEndian.I16(t, 36), BigEndian.I16(t, 38), BigEndian.I16(t, 40), BigEndian.I16(t, 42),
            BigEndian.U16(t, 44), locFormat);
    }

    public bool IsBold => (MacStyle & 1) != 0;
    public bool IsItalic => (MacStyle & 2) != 0;
}
