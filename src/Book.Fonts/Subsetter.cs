using System.Buffers.Binary;
using Book.Fonts.Tables;

namespace Book.Fonts;

/// <summary>
/// Writes a TrueType subset for PDF embedding. Glyph IDs are kept (a PDF CIDFontType2 with
/// CIDToGIDMap /Identity keeps working); glyphs outside the closure become empty in
/// 'glyf'/'loca', which is where nearly all the bytes are. Only the tables a PDF viewer
/// needs to render TrueType outlines are written, in tag order, 4-byte aligned, with real
/// checksums and head.checkSumAdjustment. Same input, same bytes.
/// </summary>
internal static class Subsetter
{
    /// <summary>Tables copied unchanged when the font has them.</summary>
    private static readonly string[] CopiedTables = ["OS/2", "cvt ", "fpgm", "hhea", "hmtx", "maxp", "name", "prep"];

    public static byte[] Build(ReadOnlySpan<byte> data, TableDirectory dir, Glyf glyfIndex, Cmap cmap,
        int glyphCount, IReadOnlySet<ushort> keep)
    {
        var tables = new SortedDictionary<uint, byte[]>();
        foreach (var tag in CopiedTables)
            if (dir.Has(tag)) tables[TableDirectory.Tag(tag)] = dir.Get(data, tag).ToArray();

        var (glyf, loca, longLoca) = BuildGlyf(dir.Get(data, "glyf"), glyfIndex, glyphCount, keep);
        tables[TableDirectory.Tag("glyf")] = glyf;
        tables[TableDirectory.Tag("loca")] = loca;

        var head = dir.GetRequired(data, "head").ToArray();
        BinaryPrimitives.WriteUInt32BigEndian(head.AsSpan(Head.CheckSumAdjustmentOffset), 0);
        BinaryPrimitives.WriteInt16BigEndian(head.AsSpan(Head.IndexToLocFormatOffset), (short)(longLoca ? 1 : 0));
        tables[TableDirectory.Tag("head")] = head;

        if (dir.Has("post")) tables[TableDirectory.Tag("post")] = BuildPost(dir.Get(data, "post"));
        if (BuildCmap(cmap, keep) is { } cmapTable) tables[TableDirectory.Tag("cmap")] = cmapTable;

        return Assemble(tables);
    }

    private static (byte[] Glyf, byte[] Loca, bool LongLoca) BuildGlyf(
        ReadOnlySpan<byte> source, Glyf index, int glyphCount, IReadOnlySet<ushort> keep)
    {
        var offsets = new int[glyphCount + 1];
        int size = 0;
        for (int g = 0; g < glyphCount; g++)
        {
            offsets[g] = size;
            if (keep.Contains((ushort)g)) size += Align4(index.Location(g).Length);
        }
        offsets[glyphCount] = size;

        var glyf = new byte[size];
        for (int g = 0; g < glyphCount; g++)
        {
            if (!keep.Contains((ushort)g)) continue;
            var (offset, length) = index.Location(g);
            BigEndian.Slice(source, offset, length).CopyTo(glyf.AsSpan(offsets[g]));
        }

        // Short loca stores offset/2 in 16 bits; every offset is even because glyphs are padded.
        bool longLoca = size > 0x1FFFE;
        var loca = new byte[(glyphCount + 1) * (longLoca ? 4 : 2)];
        for (int g = 0; g <= glyphCount; g++)
        {
            if (longLoca) BinaryPrimitives.WriteUInt32BigEndian(loca.AsSpan(4 * g), (uint)offsets[g]);
            else BinaryPrimitives.WriteUInt16BigEndian(loca.AsSpan(2 * g), (ushort)(offsets[g] / 2));
        }
        return (glyf, loca, longLoca);
    }

    /// <summary>'post' version 3: the header without glyph names, which PDF does not need.</summary>
    private static byte[] BuildPost(ReadOnlySpan<byte> source)
    {
        var post = BigEndian.Slice(source, 0, Post.HeaderLength).ToArray();
        BinaryPrimitives.WriteUInt32BigEndian(post, 0x00030000);
        return post;
    }

    /// <summary>
    /// A (3,1) format 4 cmap for the kept glyphs, so the subset still maps its characters
    /// (useful to viewers and to reload the subset). Supplementary-plane characters are
    /// left out; a PDF with Identity encoding never consults the cmap anyway.
    /// </summary>
    private static byte[]? BuildCmap(Cmap cmap, IReadOnlySet<ushort> keep)
    {
        var segments = new List<(int Start, int End, int Delta)>();
        var bmp = cmap.Bmp;
        for (int c = 0; c < 0xFFFF; c++)
        {
            int g = bmp[c];
            if (g == 0 || !keep.Contains((ushort)g)) continue;
            int delta = g - c;
            if (segments.Count > 0 && segments[^1].End == c - 1 && segments[^1].Delta == delta)
                segments[^1] = (segments[^1].Start, c, delta);
            else
                segments.Add((c, c, delta));
        }
        segments.Add((0xFFFF, 0xFFFF, 1)); // required terminator

        int segCount = segments.Count;
        int subtableLength = 16 + 8 * segCount;
        if (subtableLength > 0xFFFF) return null; // too fragmented for format 4; the table is optional
        var table = new byte[12 + subtableLength];
        var t = table.AsSpan();
        BinaryPrimitives.WriteUInt16BigEndian(t[0..], 0);  // version
        BinaryPrimitives.WriteUInt16BigEndian(t[2..], 1);  // numTables
        BinaryPrimitives.WriteUInt16BigEndian(t[4..], 3);  // Windows
        BinaryPrimitives.WriteUInt16BigEndian(t[6..], 1);  // Unicode BMP
        BinaryPrimitives.WriteUInt32BigEndian(t[8..], 12); // offset

        var s = t[12..];
        int searchRange = 2 * (1 << Log2(segCount));
        BinaryPrimitives.WriteUInt16BigEndian(s[0..], 4);
        BinaryPrimitives.WriteUInt16BigEndian(s[2..], (ushort)subtableLength);
        BinaryPrimitives.WriteUInt16BigEndian(s[4..], 0); // language
        BinaryPrimitives.WriteUInt16BigEndian(s[6..], (ushort)(2 * segCount));
        BinaryPrimitives.WriteUInt16BigEndian(s[8..], (ushort)searchRange);
        BinaryPrimitives.WriteUInt16BigEndian(s[10..], (ushort)Log2(segCount));
        BinaryPrimitives.WriteUInt16BigEndian(s[12..], (ushort)(2 * segCount - searchRange));
        int ends = 14, starts = ends + 2 * segCount + 2, deltas = starts + 2 * segCount, ranges = deltas + 2 * segCount;
        for (int i = 0; i < segCount; i++)
        {
            var (start, end, delta) = segments[i];
            BinaryPrimitives.WriteUInt16BigEndian(s[(ends + 2 * i)..], (ushort)end);
            BinaryPrimitives.WriteUInt16BigEndian(s[(starts + 2 * i)..], (ushort)start);
            BinaryPrimitives.WriteUInt16BigEndian(s[(deltas + 2 * i)..], (ushort)(short)delta);
            BinaryPrimitives.WriteUInt16BigEndian(s[(ranges + 2 * i)..], 0);
        }
        return table;
    }

    private static byte[] Assemble(SortedDictionary<uint, byte[]> tables)
    {
        int count = tables.Count;
        int headerLength = 12 + 16 * count;
        int total = headerLength + tables.Values.Sum(t => Align4(t.Length));
        var font = new byte[total];
        var f = font.AsSpan();

        int searchRange = 16 * (1 << Log2(count));
        BinaryPrimitives.WriteUInt32BigEndian(f[0..], 0x00010000);
        BinaryPrimitives.WriteUInt16BigEndian(f[4..], (ushort)count);
        BinaryPrimitives.WriteUInt16BigEndian(f[6..], (ushort)searchRange);
        BinaryPrimitives.WriteUInt16BigEndian(f[8..], (ushort)Log2(count));
        BinaryPrimitives.WriteUInt16BigEndian(f[10..], (ushort)(16 * count - searchRange));

        int record = 12, offset = headerLength, headOffset = -1;
        foreach (var (tag, bytes) in tables) // SortedDictionary: ascending tag order, as the spec asks
        {
            BinaryPrimitives.WriteUInt32BigEndian(f[record..], tag);
            BinaryPrimitives.WriteUInt32BigEndian(f[(record + 4)..], Checksum(bytes));
            BinaryPrimitives.WriteUInt32BigEndian(f[(record + 8)..], (uint)offset);
            BinaryPrimitives.WriteUInt32BigEndian(f[(record + 12)..], (uint)bytes.Length);
            bytes.CopyTo(f[offset..]);
            if (tag == TableDirectory.Tag("head")) headOffset = offset;
            record += 16;
            offset += Align4(bytes.Length);
        }

        // head.checkSumAdjustment makes the whole file sum to the magic 0xB1B0AFBA.
        uint adjustment = unchecked(0xB1B0AFBA - Checksum(font));
        BinaryPrimitives.WriteUInt32BigEndian(f[(headOffset + Head.CheckSumAdjustmentOffset)..], adjustment);
        return font;
    }

    /// <summary>The sfnt checksum: sum of big-endian uint32 words, the tail zero-padded.</summary>
    internal static uint Checksum(ReadOnlySpan<byte> bytes)
    {
        uint sum = 0;
        int whole = bytes.Length & ~3;
        for (int i = 0; i < whole; i += 4)
            sum = unchecked(sum + BinaryPrimitives.ReadUInt32BigEndian(bytes[i..]));
        if (whole < bytes.Length)
        {
            Span<byte> tail = stackalloc byte[4];
            tail.Clear();
            bytes[whole..].CopyTo(tail);
            sum = unchecked(sum + BinaryPrimitives.ReadUInt32BigEndian(tail));
        }
        return sum;
    }

    private static int Align4(int n) => (n + 3) & ~3;

    private static int Log2(int n) => n <= 1 ? 0 : 31 - int.LeadingZeroCount(n);
}
