using System.Buffers.Binary;
using System.IO.Compression;

namespace Book.Images;

/// <summary>
/// A PNG's chunks walked before decoding: the header (size, depth, colour type, interlace), the
/// colour chunks (iCCP, sRGB, gAMA), whether a tRNS chunk adds transparency, and that the file is
/// whole (IDAT present, IEND reached). The size limit is checked here, before ImageSharp allocates.
/// </summary>
internal sealed record PngHeader(int Width, int Height, int BitDepth, int ColorType, bool Interlaced,
    bool Transparency, byte[]? Icc, bool Srgb, double? Gamma)
{
    /// <summary>An ICC profile is a few kilobytes; a compressed chunk that inflates past this is refused.</summary>
    const int MaxIccBytes = 4 * 1024 * 1024;

    /// <summary>Gray (0) and gray with alpha (4) stay gray; the others become RGB.</summary>
    public bool Gray => ColorType is 0 or 4;

    public static PngHeader Read(ReadOnlySpan<byte> b, List<string> warnings)
    {
        int i = 8;
        int width = 0, height = 0, depth = 0, type = -1;
        bool interlaced = false, trns = false, srgb = false, end = false;
        var idat = new List<Range>();
        byte[]? iccp = null;
        double? gamma = null;
        while (i + 12 <= b.Length)
        {
            uint length = BinaryPrimitives.ReadUInt32BigEndian(b[i..]);
            var kind = b.Slice(i + 4, 4);
            if (length > int.MaxValue || i + 12 + (long)length > b.Length) break;
            var data = b.Slice(i + 8, (int)length);
            if (type < 0 && !kind.SequenceEqual("IHDR"u8)) throw new PictureFormatException("a PNG file that does not begin with its header chunk");
            if (kind.SequenceEqual("IHDR"u8))
            {
                if (data.Length < 13) throw new PictureFormatException("a PNG file with a short header chunk");
                width = (int)Math.Min(int.MaxValue, BinaryPrimitives.ReadUInt32BigEndian(data));
                height = (int)Math.Min(int.MaxValue, BinaryPrimitives.ReadUInt32BigEndian(data[4..]));
                depth = data[8];
                type = data[9];
                interlaced = data[12] == 1;
                Validate(width, height, depth, type);
            }
            else if (kind.SequenceEqual("IDAT"u8)) idat.Add(new Range(i + 8, i + 8 + (int)length));
            else if (kind.SequenceEqual("IEND"u8)) { end = true; break; }
            else if (kind.SequenceEqual("tRNS"u8)) trns = true;
            else if (kind.SequenceEqual("sRGB"u8)) srgb = true;
            else if (kind.SequenceEqual("gAMA"u8) && data.Length == 4)
            {
                uint g = BinaryPrimitives.ReadUInt32BigEndian(data);
                if (g > 0) gamma = g / 100000.0;
            }
            else if (kind.SequenceEqual("iCCP"u8)) iccp = Inflate(data, warnings);
            i += 12 + (int)length;
        }
        if (type < 0) throw new PictureFormatException("a PNG file cut short before its header chunk");
        if (idat.Count == 0 || !end) throw new PictureFormatException("a PNG file cut short (its image data or end chunk is missing)");
        CheckData(b, idat, width, height, depth, type, interlaced);

        byte[]? icc = iccp is null ? null : IccProfile.Checked(iccp, type is 0 or 4 ? 1 : 3, warnings);
        return new PngHeader(width, height, depth, type, interlaced, trns, icc, srgb, gamma);
    }

    static void Validate(int width, int height, int depth, int type)
    {
        if (width <= 0 || height <= 0) throw new PictureFormatException($"a PNG file of {width} × {height} pixels");
        bool ok = type switch
        {
            0 => depth is 1 or 2 or 4 or 8 or 16,
            3 => depth is 1 or 2 or 4 or 8,
            2 or 4 or 6 => depth is 8 or 16,
            _ => false,
        };
        if (!ok) throw new PictureFormatException($"a PNG file of colour type {type} at {depth} bits, which PNG does not define");
        // Decoded as 8-bit gray and alpha (2 bytes a pixel) or RGBA (4).
        PictureLimits.Check("PNG", width, height, type is 0 or 4 ? 2 : 4);
    }

    /// <summary>
    /// The image data inflated once, only counted: a zlib stream that ends early would leave rows
    /// blank without a word from the decoder, and a damaged one is named here. Stops at the size the
    /// header promises, so it cannot be made to inflate more.
    /// </summary>
    static void CheckData(ReadOnlySpan<byte> b, List<Range> idat, int width, int height, int depth, int type, bool interlaced)
    {
        int channels = type switch { 2 => 3, 4 => 2, 6 => 4, _ => 1 };
        long RowBytes(long w) => (w * channels * depth + 7) / 8;
        long expected = 0;
        if (!interlaced) expected = height * (1 + RowBytes(width));
        else
            foreach (var (x0, y0, dx, dy) in new[] { (0, 0, 8, 8), (4, 0, 8, 8), (0, 4, 4, 8), (2, 0, 4, 4), (0, 2, 2, 4), (1, 0, 2, 2), (0, 1, 1, 2) })
            {
                long w = (width - x0 + dx - 1) / dx, h = (height - y0 + dy - 1) / dy;
                if (w > 0 && h > 0) expected += h * (1 + RowBytes(w));
            }
        var compressed = new byte[idat.Sum(r => r.End.Value - r.Start.Value)];
        int at = 0;
        foreach (var r in idat) { b[r].CopyTo(compressed.AsSpan(at)); at += r.End.Value - r.Start.Value; }
        long found = 0;
        try
        {
            using var z = new ZLibStream(new MemoryStream(compressed), CompressionMode.Decompress);
            var buffer = new byte[65536];
            int n;
            while (found < expected && (n = z.Read(buffer, 0, (int)Math.Min(buffer.Length, expected - found))) > 0) found += n;
        }
        catch (InvalidDataException)
        {
            throw new PictureFormatException($"a PNG file with damaged image data (readable up to byte {found:N0} of {expected:N0})");
        }
        if (found < expected)
            throw new PictureFormatException($"a PNG file whose image data stops at byte {found:N0} of {expected:N0} (cut short or damaged)");
    }

    /// <summary>The iCCP chunk: a name, a zero, the method (0) and a zlib stream, inflated up to a bound.</summary>
    static byte[]? Inflate(ReadOnlySpan<byte> data, List<string> warnings)
    {
        int zero = data.IndexOf((byte)0);
        if (zero < 1 || zero + 2 > data.Length || data[zero + 1] != 0)
        {
            warnings.Add("its ICC profile chunk is damaged and was left out (colours are taken as sRGB)");
            return null;
        }
        try
        {
            using var z = new ZLibStream(new MemoryStream(data[(zero + 2)..].ToArray()), CompressionMode.Decompress);
            using var output = new MemoryStream();
            var buffer = new byte[16384];
            int n;
            while ((n = z.Read(buffer)) > 0)
            {
                if (output.Length + n > MaxIccBytes) throw new InvalidDataException("too large");
                output.Write(buffer, 0, n);
            }
            return output.ToArray();
        }
        catch (InvalidDataException)
        {
            warnings.Add("its ICC profile chunk is damaged or too large and was left out (colours are taken as sRGB)");
            return null;
        }
    }
}
