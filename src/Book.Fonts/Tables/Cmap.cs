namespace Book.Fonts.Tables;

/// <summary>
/// Character to glyph mapping. The whole BMP is flattened into a 64K ushort array at load
/// so the hot path (millions of lookups while breaking lines) is one array index; code
/// points above the BMP, which only cmap format 12 can carry, use a binary search over groups.
/// </summary>
internal sealed class Cmap
{
    public readonly ushort[] Bmp = new ushort[0x10000];
    private (int Start, int End, int StartGlyph)[] _supplementary = [];

    public ushort Get(int codePoint)
    {
        if ((uint)codePoint < 0x10000) return Bmp[codePoint];
        var groups = _supplementary;
        int lo = 0, hi = groups.Length - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            var g = groups[mid];
            if (codePoint < g.Start) hi = mid - 1;
            else if (codePoint > g.End) lo = mid + 1;
            else return (ushort)(g.StartGlyph + (codePoint - g.Start));
        }
        return 0;
    }

    /// <summary>Parses the best Unicode subtable; a font without 'cmap' maps nothing.</summary>
    public static Cmap Read(ReadOnlySpan<byte> t, int glyphCount)
    {
        var cmap = new Cmap();
        if (t.IsEmpty) return cmap;
        int count = BigEndian.U16(t, 2);
        int bestOffset = -1, bestRank = int.MaxValue;
        for (int i = 0; i < count; i++)
        {
            int rec = 4 + 8 * i;
            int platform = BigEndian.U16(t, rec);
            int encoding = BigEndian.U16(t, rec + 2);
            int offset = (int)Math.Min(BigEndian.U32(t, rec + 4), int.MaxValue); // bounds checked on read
            int format = BigEndian.U16(t, offset);
            // Full-repertoire (format 12) subtables first, then the BMP ones.
            int rank = (platform, encoding, format) switch
            {
                (3, 10, 12) => 0,
                (0, 4, 12) => 1,
                (0, 6, 12) => 2,
                (0, 3, 12) => 3,
                (3, 1, 4) => 4,
                (0, 3, 4) => 5,
                (0, _, 4) => 6,
                (3, 0, 4) => 7, // symbol fonts; better than nothing
                _ => int.MaxValue,
            };
            if (rank < bestRank) { bestRank = rank; bestOffset = offset; }
        }
        if (bestOffset < 0) return cmap;
        var sub = BigEndian.From(t, bestOffset);
        if (BigEndian.U16(sub, 0) == 4) cmap.ReadFormat4(sub, glyphCount);
        else cmap.ReadFormat12(sub, glyphCount);
        return cmap;
    }

    private void ReadFormat4(ReadOnlySpan<byte> s, int glyphCount)
    {
        int segCount = BigEndian.U16(s, 6) / 2;
        int endCodes = 14;
        int startCodes = endCodes + 2 * segCount + 2;
        int deltas = startCodes + 2 * segCount;
        int rangeOffsets = deltas + 2 * segCount;
        for (int i = 0; i < segCount; i++)
        {
            int end = BigEndian.U16(s, endCodes + 2 * i);
            int start = BigEndian.U16(s, startCodes + 2 * i);
            int delta = BigEndian.U16(s, deltas + 2 * i);
            int rangeOffsetPos = rangeOffsets + 2 * i;
            int rangeOffset = BigEndian.U16(s, rangeOffsetPos);
            for (int c = start; c <= end; c++)
            {
                if (c == 0xFFFF) break; // the mandatory final segment maps nothing
                int glyph;
                if (rangeOffset == 0)
                {
                    glyph = (c + delta) & 0xFFFF;
                }
                else
                {
                    int at = rangeOffsetPos + rangeOffset + 2 * (c - start);
                    if (at + 2 > s.Length) continue; // some fonts overstate the range; treat as unmapped
                    glyph = BigEndian.U16(s, at);
                    if (glyph != 0) glyph = (glyph + delta) & 0xFFFF;
                }
                if (glyph < glyphCount) Bmp[c] = (ushort)glyph;
            }
        }
    }

    private void ReadFormat12(ReadOnlySpan<byte> s, int glyphCount)
    {
        long groupCount = BigEndian.U32(s, 12);
        if (16 + groupCount * 12 > s.Length) throw new FontFormatException("cmap format 12 group array is truncated.");
        var supplementary = new List<(int, int, int)>();
        for (int i = 0; i < (int)groupCount; i++)
        {
            int rec = 16 + 12 * i;
            long start = BigEndian.U32(s, rec);
            long end = BigEndian.U32(s, rec + 4);
            long glyph = BigEndian.U32(s, rec + 8);
            if (end < start || end > 0x10FFFF) continue;
            // Clip the group so no code point maps past the last glyph.
            end = Math.Min(end, start + (glyphCount - 1 - glyph));
            if (end < start) continue;
            for (long c = start; c <= Math.Min(end, 0xFFFF); c++)
                Bmp[c] = (ushort)(glyph + (c - start));
            if (end >= 0x10000)
            {
                long s2 = Math.Max(start, 0x10000);
                supplementary.Add(((int)s2, (int)end, (int)(glyph + (s2 - start))));
            }
        }
        supplementary.Sort(static (a, b) => a.Item1.CompareTo(b.Item1));
        _supplementary = supplementary.ToArray();
    }

    /// <summary>Every supplementary-plane mapping group, for writers that need them.</summary>
    public ReadOnlySpan<(int Start, int End, int StartGlyph)> SupplementaryGroups => _supplementary;
}
