namespace Book.Fonts.Tables;

/// <summary>
/// The legacy 'kern' table (Microsoft version 0, horizontal format 0 subtables), used only
/// when the font has no GPOS kerning. Apple's version 1 table is not read.
/// </summary>
internal static class Kern
{
    public static Dictionary<uint, short> Read(ReadOnlySpan<byte> t)
    {
        var pairs = new Dictionary<uint, short>();
        if (t.Length < 4 || BigEndian.U16(t, 0) != 0) return pairs;
        int count = BigEndian.U16(t, 2);
        int offset = 4;
        for (int i = 0; i < count; i++)
        {
            int length = BigEndian.U16(t, offset + 2);
            int coverage = BigEndian.U16(t, offset + 4);
            bool horizontal = (coverage & 0x1) != 0, minimum = (coverage & 0x2) != 0, crossStream = (coverage & 0x4) != 0;
            bool overrides = (coverage & 0x8) != 0;
            if (coverage >> 8 == 0 && horizontal && !minimum && !crossStream)
            {
                int n = BigEndian.U16(t, offset + 6);
                for (int k = 0; k < n; k++)
                {
                    int rec = offset + 14 + 6 * k;
                    uint key = (uint)BigEndian.U16(t, rec) << 16 | BigEndian.U16(t, rec + 2);
                    short value = BigEndian.I16(t, rec + 4);
                    pairs[key] = overrides || !pairs.TryGetValue(key, out short old) ? value : (short)(old + value);
                }
            }
            if (length < 6) break; // a zero length would loop forever on the same subtable
            offset += length;
        }
        return pairs;
    }
}
