using System.Numerics;
using Book.Fonts.Layout;

namespace Book.Fonts.Gpos;

/// <summary>
/// GPOS pair adjustment (lookup type 2, formats 1 and 2, also through extension type 9)
/// for the 'kern' feature, reduced at load to what a lookup needs:
/// for each left glyph, the subtables that cover it, in application order. Format 1 keeps
/// its pairs in a dictionary keyed left&lt;&lt;16|right; format 2 keeps per-glyph class arrays and
/// the class matrix, so a lookup is two array reads instead of a coverage and class search.
/// Only the first glyph's XAdvance is used: that is what kerning means in horizontal text.
/// </summary>
internal sealed class PairKerning
{
    private sealed class Subtable
    {
        public int Lookup;
        public Dictionary<uint, short>? Pairs;   // format 1
        public ushort[]? Class1, Class2;         // format 2: class per glyph ID
        public short[]? Matrix;                  // format 2: [class1 * Class2Count + class2]
        public int Class2Count;
    }

    private readonly Subtable[] _subtables;
    private readonly int[] _chainStart; // per left glyph, a range into _chain (length glyphCount + 1)
    private readonly int[] _chain;      // subtable indices

    private PairKerning(Subtable[] subtables, int[] chainStart, int[] chain)
    {
        _subtables = subtables;
        _chainStart = chainStart;
        _chain = chain;
    }

    public bool IsEmpty => _subtables.Length == 0;

    public static PairKerning Read(ReadOnlySpan<byte> gpos, string feature, int glyphCount)
    {
        var subtables = new List<Subtable>();
        var chains = new List<int>?[glyphCount];
        if (!gpos.IsEmpty)
        {
            foreach (int lookupIndex in LayoutTable.LookupsForFeature(gpos, feature))
            {
                foreach (var sub in LayoutTable.Subtables(gpos, lookupIndex, extensionType: 9))
                {
                    if (sub.Type != 2) continue;
                    int format = BigEndian.U16(gpos, sub.Offset);
                    var covered = LayoutTable.Coverage(gpos, sub.Offset + BigEndian.U16(gpos, sub.Offset + 2));
                    Subtable? parsed = format switch
                    {
                        1 => ReadFormat1(gpos, sub.Offset, covered, glyphCount),
                        2 => ReadFormat2(gpos, sub.Offset, glyphCount),
                        _ => null,
                    };
                    if (parsed is null) continue;
                    parsed.Lookup = lookupIndex;
                    int index = subtables.Count;
                    subtables.Add(parsed);
                    foreach (var (glyph, _) in covered)
                        if (glyph < glyphCount) (chains[glyph] ??= []).Add(index);
                }
            }
        }

        var chainStart = new int[glyphCount + 1];
        var chain = new List<int>();
        for (int g = 0; g < glyphCount; g++)
        {
            chainStart[g] = chain.Count;
            if (chains[g] is { } list) chain.AddRange(list);
        }
        chainStart[glyphCount] = chain.Count;
        return new PairKerning(subtables.ToArray(), chainStart, chain.ToArray());
    }

    /// <summary>Byte offset of XAdvance inside a ValueRecord, or -1 when the format has none.</summary>
    private static int XAdvanceOffset(int valueFormat) =>
        (valueFormat & 0x0004) == 0 ? -1 : 2 * BitOperations.PopCount((uint)(valueFormat & 0x0003));

    /// <summary>Size of a ValueRecord: every set bit of the ValueFormat is one 16-bit field.</summary>
    private static int ValueRecordSize(int valueFormat) => 2 * BitOperations.PopCount((uint)(valueFormat & 0x00FF));

    private static Subtable ReadFormat1(ReadOnlySpan<byte> t, int offset, List<(ushort Glyph, int Index)> covered, int glyphCount)
    {
        int vf1 = BigEndian.U16(t, offset + 4), vf2 = BigEndian.U16(t, offset + 6);
        int setCount = BigEndian.U16(t, offset + 8);
        int xAdvance = XAdvanceOffset(vf1);
        int recordSize = 2 + ValueRecordSize(vf1) + ValueRecordSize(vf2);
        var pairs = new Dictionary<uint, short>();
        foreach (var (first, index) in covered)
        {
            if (index >= setCount || first >= glyphCount) continue;
            int set = offset + BigEndian.U16(t, offset + 10 + 2 * index);
            int count = BigEndian.U16(t, set);
            for (int i = 0; i < count; i++)
            {
                int rec = set + 2 + recordSize * i;
                ushort second = BigEndian.U16(t, rec);
                short value = xAdvance < 0 ? (short)0 : BigEndian.I16(t, rec + 2 + xAdvance);
                // A pair listed twice: the first record wins, as a binary search would find it.
                pairs.TryAdd((uint)first << 16 | second, value);
            }
        }
        return new Subtable { Pairs = pairs };
    }

    private static Subtable ReadFormat2(ReadOnlySpan<byte> t, int offset, int glyphCount)
    {
        int vf1 = BigEndian.U16(t, offset + 4), vf2 = BigEndian.U16(t, offset + 6);
        var class1 = LayoutTable.ClassDef(t, offset + BigEndian.U16(t, offset + 8), glyphCount);
        var class2 = LayoutTable.ClassDef(t, offset + BigEndian.U16(t, offset + 10), glyphCount);
        int class1Count = BigEndian.U16(t, offset + 12), class2Count = BigEndian.U16(t, offset + 14);
        int xAdvance = XAdvanceOffset(vf1);
        int recordSize = ValueRecordSize(vf1) + ValueRecordSize(vf2);
        if (16L + (long)class1Count * class2Count * recordSize > t.Length - offset)
            throw new FontFormatException("GPOS pair class matrix extends past its table.");
        var matrix = new short[class1Count * class2Count];
        if (xAdvance >= 0)
        {
            for (int c1 = 0; c1 < class1Count; c1++)
                for (int c2 = 0; c2 < class2Count; c2++)
                    matrix[c1 * class2Count + c2] =
                        BigEndian.I16(t, offset + 16 + (c1 * class2Count + c2) * recordSize + xAdvance);
        }
        // Classes the matrix does not have are malformed; treat them as class 0 (no kerning in practice).
        for (int g = 0; g < glyphCount; g++)
        {
            if (class1[g] >= class1Count) class1[g] = 0;
            if (class2[g] >= class2Count) class2[g] = 0;
        }
        if (class1Count == 0 || class2Count == 0) matrix = new short[1];
        return new Subtable { Class1 = class1, Class2 = class2, Matrix = matrix, Class2Count = Math.Max(class2Count, 1) };
    }

    /// <summary>
    /// XAdvance adjustment for the pair. Within a lookup the first subtable that applies
    /// wins (a format 1 subtable without the pair passes on); separate lookups add up.
    /// </summary>
    public int Get(ushort left, ushort right)
    {
        var starts = _chainStart;
        if (left + 1 >= starts.Length || right + 1 >= starts.Length) return 0;
        int from = starts[left], to = starts[left + 1];
        int total = 0, appliedLookup = -1;
        for (int i = from; i < to; i++)
        {
            var sub = _subtables[_chain[i]];
            if (sub.Lookup == appliedLookup) continue;
            if (sub.Pairs is { } pairs)
            {
                if (!pairs.TryGetValue((uint)left << 16 | right, out short value)) continue;
                total += value;
            }
            else
            {
                total += sub.Matrix![sub.Class1![left] * sub.Class2Count + sub.Class2![right]];
            }
            appliedLookup = sub.Lookup;
        }
        return total;
    }
}
