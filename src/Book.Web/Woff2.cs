using System.Buffers.Binary;
using System.IO.Compression;

namespace Book.Web;

/// <summary>
/// Wraps a TrueType font as WOFF2 (W3C WOFF File Format 2.0) with every table null-transformed: the
/// spec allows glyf and loca untransformed (transform version 3) and the rest need none, so the whole
/// gain is Brotli over the concatenated tables. .NET's <see cref="BrotliEncoder"/> at a fixed quality
/// and window gives the same bytes for the same font.
/// </summary>
static class Woff2
{
    // The spec's table of known tags: a table whose tag is here is named by its index in one byte.
    static readonly string[] KnownTags =
    [
        "cmap", "head", "hhea", "hmtx", "maxp", "name", "OS/2", "post", "cvt ", "fpgm", "glyf", "loca", "prep", "CFF ", "VORG", "EBDT",
        "EBLC", "gasp", "hdmx", "kern", "LTSH", "PCLT", "VDMX", "vhea", "vmtx", "BASE", "GDEF", "GPOS", "GSUB", "EBSC", "JSTF", "MATH",
        "CBDT", "CBLC", "COLR", "CPAL", "SVG ", "sbix", "acnt", "avar", "bdat", "bloc", "bsln", "cvar", "fdsc", "feat", "fmtx", "fvar",
        "gvar", "hsty", "just", "lcar", "mort", "morx", "opbd", "prop", "trak", "Zapf", "Silf", "Glat", "Gloc", "Feat", "Sill",
    ];

    public static byte[] Encode(byte[] sfnt)
    {
        var span = sfnt.AsSpan();
        uint flavor = BinaryPrimitives.ReadUInt32BigEndian(span);
        int numTables = BinaryPrimitives.ReadUInt16BigEndian(span[4..]);
        var tables = new List<(string Tag, byte[] Data)>();
        for (int i = 0; i < numTables; i++)
        {
            var rec = span.Slice(12 + 16 * i, 16);
            var tag = System.Text.Encoding.ASCII.GetString(rec[..4]);
            int offset = checked((int)BinaryPrimitives.ReadUInt32BigEndian(rec[8..]));
            int size = checked((int)BinaryPrimitives.ReadUInt32BigEndian(rec[12..]));
            tables.Add((tag, span.Slice(offset, size).ToArray()));
        }
        // Tag order, but loca straight after glyf: decoders pair the two.
        tables.Sort((a, b) => string.CompareOrdinal(Key(a.Tag), Key(b.Tag)));

        var directory = new MemoryStream();
        var stream = new MemoryStream();
        long sfntSize = 12 + 16L * tables.Count;
        foreach (var (tag, data) in tables)
        {
            int known = Array.IndexOf(KnownTags, tag);
            int version = tag is "glyf" or "loca" ? 3 : 0; // 3 = null transform for glyf/loca, 0 = null for the rest
            directory.WriteByte((byte)((version << 6) | (known >= 0 ? known : 63)));
            if (known < 0) directory.Write(System.Text.Encoding.ASCII.GetBytes(tag));
            WriteBase128(directory, (uint)data.Length);
            stream.Write(data);
            sfntSize += (data.Length + 3) & ~3;
        }

        var compressed = Brotli(stream.ToArray());
        int headerSize = 48;
        int length = headerSize + (int)directory.Length + compressed.Length;
        int padded = (length + 3) & ~3;
        var output = new byte[padded];
        var o = output.AsSpan();
        BinaryPrimitives.WriteUInt32BigEndian(o, 0x774F4632); // 'wOF2'
        BinaryPrimitives.WriteUInt32BigEndian(o[4..], flavor);
        BinaryPrimitives.WriteUInt32BigEndian(o[8..], (uint)padded);
        BinaryPrimitives.WriteUInt16BigEndian(o[12..], (ushort)tables.Count);
        BinaryPrimitives.WriteUInt32BigEndian(o[16..], (uint)sfntSize);
        BinaryPrimitives.WriteUInt32BigEndian(o[20..], (uint)compressed.Length);
        BinaryPrimitives.WriteUInt16BigEndian(o[24..], 1); // font version 1.0
        // metadata and private blocks: none (offsets and lengths stay zero)
        directory.ToArray().CopyTo(o[headerSize..]);
        compressed.CopyTo(o[(headerSize + (int)directory.Length)..]);
        return output;
    }

    static string Key(string tag) => tag == "loca" ? "glyf\u0001" : tag;

    /// <summary>UIntBase128: big-endian groups of seven bits, high bit set on all but the last, no leading zero group.</summary>
    static void WriteBase128(Stream s, uint value)
    {
        Span<byte> buf = stackalloc byte[5];
        int n = 0;
        do { buf[n++] = (byte)(value & 0x7F); value >>= 7; } while (value != 0);
        for (int i = n - 1; i >= 0; i--) s.WriteByte((byte)(buf[i] | (i > 0 ? 0x80 : 0)));
    }

    static byte[] Brotli(byte[] data)
    {
        using var encoder = new BrotliEncoder(quality: 11, window: 22);
        var output = new byte[BrotliEncoder.GetMaxCompressedLength(data.Length)];
        var status = encoder.Compress(data, output, out _, out int written, isFinalBlock: true);
        if (status != System.Buffers.OperationStatus.Done) throw new InvalidOperationException("Brotli could not compress a font: " + status);
        return output[..written];
    }
}
