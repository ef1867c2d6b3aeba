using System.IO.Compression;

namespace Book.Pdf;

/// <summary>
/// FlateDecode encoding (zlib format, RFC 1950). A fixed compression level keeps output
/// byte-identical between runs.
/// </summary>
public static class Flate
{
    public static byte[] Compress(ReadOnlySpan<byte> data)
    {
        using var buffer = new MemoryStream();
        using (var zlib = new ZLibStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
            zlib.Write(data);
        return buffer.ToArray();
    }

    public static byte[] Decompress(ReadOnlySpan<byte> data)
    {
        using var input = new MemoryStream(data.ToArray());
        using var zlib = new ZLibStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream();
        zlib.CopyTo(output);
        return output.ToArray();
    }
}
