using System.Buffers.Binary;
using System.Text;

namespace Book.Tests.Fonts;

/// <summary>Big-endian byte writer for hand-built font tables.</summary>
internal sealed class Bytes
{
    private readonly List<byte> _data = new();

    public int Position => _data.Count;

    public Bytes U16(int v) { _data.Add((byte)(v >> 8)); _data.Add((byte)v); return this; }
    public Bytes I16(int v) => U16((ushort)(short)v);
    public Bytes U32(uint v) { U16((int)(v >> 16)); return U16((int)(v & 0xFFFF)); }
    public Bytes Tag(string t) { _data.AddRange(Encoding.ASCII.GetBytes(t)); return this; }
    public Bytes Zeros(int n) { _data.AddRange(new byte[n]); return this; }

    public byte[] ToArray() => _data.ToArray();
}

/// <summary>
/// Assembles a minimal TrueType font (no outlines) from tables, for testing parsing paths
/// Literata does not exercise. Checksums are left zero: our reader does not verify them.
/// </summary>
internal static class TestFontBuilder
{
    public static byte[] Build(IReadOnlyDictionary<string, byte[]> tables)
    {
        var tags = tables.Keys.OrderBy(t => t, StringComparer.Ordinal).ToArray();
        int offset = 12 + 16 * tags.Length;
        var dir = new Bytes().U32(0x00010000).U16(tags.Length).U16(0).U16(0).U16(0);
        var body = new List<byte>();
        foreach (var tag in tags)
        {
            var t = tables[tag];
            dir.Tag(tag).U32(0).U32((uint)(offset + body.Count)).U32((uint)t.Length);
            body.AddRange(t);
            while (body.Count % 4 != 0) body.Add(0);
        }
        return dir.ToArray().Concat(body).ToArray();
    }

    public static byte[] Head(int unitsPerEm = 1000) =>
        new Bytes().U32(0x00010000).U32(0).U32(0).U32(0x5F0F3CF5).U16(0).U16(unitsPerEm)
            .Zeros(16).I16(-50).I16(-200).I16(900).I16(800).U16(0).U16(8).I16(2).I16(0).I16(0).ToArray();

    public static byte[] Hhea(int numberOfHMetrics) =>
        new Bytes().U32(0x00010000).I16(800).I16(-200).I16(100).Zeros(24).U16(numberOfHMetrics).ToArray();

    public static byte[] Maxp(int glyphs) => new Bytes().U32(0x00005000).U16(glyphs).ToArray();

    public static byte[] Hmtx(params int[] advances)
    {
        var b = new Bytes();
        foreach (var a in advances) b.U16(a).I16(0);
        return b.ToArray();
    }

    /// <summary>A (3,10) format 12 cmap from (start, end, startGlyph) groups.</summary>
    public static byte[] CmapFormat12(params (uint Start, uint End, uint Glyph)[] groups)
    {
        var b = new Bytes().U16(0).U16(1).U16(3).U16(10).U32(12);
        b.U16(12).U16(0).U32((uint)(16 + 12 * groups.Length)).U32(0).U32((uint)groups.Length);
        foreach (var (s, e, g) in groups) b.U32(s).U32(e).U32(g);
        return b.ToArray();
    }

    /// <summary>A legacy version 0 'kern' table with one horizontal format 0 subtable.</summary>
    public static byte[] Kern(params (int Left, int Right, int Value)[] pairs)
    {
        var b = new Bytes().U16(0).U16(1);
        b.U16(0).U16(14 + 6 * pairs.Length).U16(0x0001).U16(pairs.Length).U16(0).U16(0).U16(0);
        foreach (var (l, r, v) in pairs.OrderBy(p => p.Left << 16 | p.Right)) b.U16(l).U16(r).I16(v);
        return b.ToArray();
    }

    public static void Patch16(byte[] data, int offset, int value) =>
        BinaryPrimitives.WriteUInt16BigEndian(data.AsSpan(offset), (ushort)value);
}
