using System.Buffers.Binary;
using System.IO.Compression;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.PixelFormats;

namespace Book.Tests.Images;

/// <summary>
/// Picture files made by the tests at run time: PNGs in every colour type and depth and JPEGs written
/// by ImageSharp, and the marker segments ImageSharp does not write (EXIF orientation, ICC chunks in
/// any order, Adobe's APP14) spliced in by hand, so each case is exactly the bytes it claims to be.
/// </summary>
public static class PictureFiles
{
    public static byte[] Png(int width, int height, Func<int, int, Rgba32> pixel, PngColorType type, PngBitDepth depth, bool interlaced = false)
    {
        using var image = new Image<Rgba32>(width, height);
        for (int y = 0; y < height; y++)
            for (int x = 0; x < width; x++) image[x, y] = pixel(x, y);
        using var output = new MemoryStream();
        image.Save(output, new PngEncoder
        {
            ColorType = type, BitDepth = depth,
            InterlaceMethod = interlaced ? PngInterlaceMode.Adam7 : PngInterlaceMode.None,
            TransparentColorMode = PngTransparentColorMode.Preserve,
        });
        return output.ToArray();
    }

    public static byte[] Jpeg(int width, int height, Func<int, int, Rgb24> pixel, bool gray = false, int quality = 95)
    {
        using var image = new Image<Rgb24>(width, height);
        for (int y = 0; y < height; y++)
            for (int x = 0; x < width; x++) image[x, y] = pixel(x, y);
        using var output = new MemoryStream();
        image.Save(output, new JpegEncoder { Quality = quality, ColorType = gray ? JpegColorType.Luminance : JpegColorType.YCbCrRatio444 });
        return output.ToArray();
    }

    /// <summary>A picture with some detail everywhere (so JPEG has work to do), the same every run.</summary>
    public static Rgb24 Photo(int x, int y) =>
        new((byte)(x * 7 + y * 3), (byte)(128 + 100 * Math.Sin(x * 0.05) * Math.Cos(y * 0.07)), (byte)((x ^ y) & 0xFF));

    /// <summary>A marker segment: FF, the marker, the length, the payload.</summary>
    public static byte[] Segment(byte marker, ReadOnlySpan<byte> payload)
    {
        var s = new byte[4 + payload.Length];
        s[0] = 0xFF; s[1] = marker;
        BinaryPrimitives.WriteUInt16BigEndian(s.AsSpan(2), (ushort)(payload.Length + 2));
        payload.CopyTo(s.AsSpan(4));
        return s;
    }

    /// <summary>The JPEG with segments inserted right after its start-of-image marker.</summary>
    public static byte[] WithSegments(byte[] jpeg, params byte[][] segments) =>
        [.. jpeg[..2], .. segments.SelectMany(s => s), .. jpeg[2..]];

    /// <summary>An APP1 EXIF segment whose IFD0 holds the orientation tag (and optionally a resolution), in either byte order.</summary>
    public static byte[] Exif(int orientation, bool bigEndian = false, double? ppi = null)
    {
        var t = new List<byte>();
        void U16(int v) { if (bigEndian) { t.Add((byte)(v >> 8)); t.Add((byte)v); } else { t.Add((byte)v); t.Add((byte)(v >> 8)); } }
        void U32(long v) { if (bigEndian) { U16((int)(v >> 16)); U16((int)(v & 0xFFFF)); } else { U16((int)(v & 0xFFFF)); U16((int)(v >> 16)); } }
        t.AddRange(bigEndian ? "MM"u8.ToArray() : "II"u8.ToArray());
        U16(42); U32(8);
        int entries = ppi is null ? 1 : 4;
        U16(entries);
        U16(0x0112); U16(3); U32(1); U16(orientation); U16(0);
        long data = 8 + 2 + entries * 12 + 4;
        if (ppi is { } r)
        {
            U16(0x011A); U16(5); U32(1); U32(data);
            U16(0x011B); U16(5); U32(1); U32(data + 8);
            U16(0x0128); U16(3); U32(1); U16(2); U16(0);
        }
        U32(0);
        if (ppi is { } res) { U32((long)(res * 10)); U32(10); U32((long)(res * 10)); U32(10); }
        return Segment(0xE1, [.. "Exif\0\0"u8, .. t]);
    }

    /// <summary>The profile cut into APP2 ICC_PROFILE segments of at most <paramref name="chunk"/> bytes, numbered from 1.</summary>
    public static byte[][] IccSegments(byte[] profile, int chunk)
    {
        int count = (profile.Length + chunk - 1) / chunk;
        return Enumerable.Range(0, count).Select(i =>
            Segment(0xE2, [.. "ICC_PROFILE\0"u8, (byte)(i + 1), (byte)count, .. profile.AsSpan(i * chunk, Math.Min(chunk, profile.Length - i * chunk))])).ToArray();
    }

    /// <summary>
    /// A profile with a header and no tags: enough to be recognised (size, colour space, 'acsp'), not
    /// to convert colours. For checking that a CMYK or gray profile is carried, where no free one is
    /// at hand; readers that cannot use it fall back on the /Alternate device space.
    /// </summary>
    public static byte[] BareProfile(string space)
    {
        var p = new byte[132];
        BinaryPrimitives.WriteUInt32BigEndian(p, 132);
        "test"u8.CopyTo(p.AsSpan(4));
        p[8] = 2; p[9] = 0x10;
        "prtr"u8.CopyTo(p.AsSpan(12));
        System.Text.Encoding.ASCII.GetBytes(space.PadRight(4)).CopyTo(p, 16);
        "Lab "u8.CopyTo(p.AsSpan(20));
        "acsp"u8.CopyTo(p.AsSpan(36));
        return p;
    }

    /// <summary>A PNG made of chunks by hand: signature, IHDR, the given IDAT payload, IEND, each with its CRC.</summary>
    public static byte[] HandPng(uint width, uint height, byte depth, byte type, byte[] idat, bool end = true)
    {
        var ihdr = new byte[13];
        BinaryPrimitives.WriteUInt32BigEndian(ihdr, width);
        BinaryPrimitives.WriteUInt32BigEndian(ihdr.AsSpan(4), height);
        ihdr[8] = depth; ihdr[9] = type;
        var file = new List<byte> { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A };
        file.AddRange(Chunk("IHDR", ihdr));
        file.AddRange(Chunk("IDAT", idat));
        if (end) file.AddRange(Chunk("IEND", []));
        return file.ToArray();
    }

    /// <summary>Zlib-compressed zeros: a few kilobytes that would inflate to <paramref name="bytes"/>.</summary>
    public static byte[] Zeros(long bytes)
    {
        using var output = new MemoryStream();
        using (var z = new ZLibStream(output, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            var zeros = new byte[1 << 16];
            for (long left = bytes; left > 0; left -= zeros.Length) z.Write(zeros, 0, (int)Math.Min(left, zeros.Length));
        }
        return output.ToArray();
    }

    /// <summary>Zlib-compressed bytes all of one value.</summary>
    public static byte[] Filled(int count, byte value)
    {
        using var output = new MemoryStream();
        using (var z = new ZLibStream(output, CompressionLevel.Optimal, leaveOpen: true)) z.Write(Enumerable.Repeat(value, count).ToArray());
        return output.ToArray();
    }

    public static byte[] Chunk(string type, byte[] data)
    {
        var c = new byte[12 + data.Length];
        BinaryPrimitives.WriteUInt32BigEndian(c, (uint)data.Length);
        System.Text.Encoding.ASCII.GetBytes(type).CopyTo(c, 4);
        data.CopyTo(c, 8);
        BinaryPrimitives.WriteUInt32BigEndian(c.AsSpan(8 + data.Length), Crc32(c.AsSpan(4, 4 + data.Length)));
        return c;
    }

    static uint Crc32(ReadOnlySpan<byte> data)
    {
        uint crc = 0xFFFFFFFF;
        foreach (byte b in data)
        {
            crc ^= b;
            for (int k = 0; k < 8; k++) crc = (crc & 1) != 0 ? 0xEDB88320 ^ (crc >> 1) : crc >> 1;
        }
        return ~crc;
    }
}
