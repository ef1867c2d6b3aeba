namespace Book.Fonts.Tables;

/// <summary>The 'post' header (the glyph-name part is not needed).</summary>
internal readonly record struct Post(double ItalicAngle, short UnderlinePosition, short UnderlineThickness, bool IsFixedPitch)
{
    public const int HeaderLength = 32;

    public static Post Read(ReadOnlySpan<byte> t)
    {
        if (t.IsEmpty) return default;
        if (t.Length < HeaderLength) throw new FontFormatException("'post' table is too short.");
        double angle = BigEndian.I32(t, 4) / 65536.0;
        return new Post(angle, BigEndian.I16(t, 8), BigEndian.I16(t, 10), BigEndian.U32(t, 12) != 0);
    }
}
