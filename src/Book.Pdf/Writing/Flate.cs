using System.IO.Compression;

namespace Book.Pdf;

/// <summary>
/// FlateDecode encoding (zlib format, RFC 1950). A fixed compression level keeps output
/// byte-identical between runs.
/// </summary>
public static class Flate
{
    // Pages are compressed on several threads: each keeps one output buffer, so only the
    // compressed bytes themselves are allocated per call.
    [ThreadStatic] private static MemoryStream? _buffer;

    public static byte[] Compress(ReadOnlySpan<byte> data)
    {
        var buffer = _buffer ??= new MemoryStream();
        buffer.SetLength(0);
        using (var zlib = new ZLibStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
            zlib.Write(data);
        var result = buffer.ToArray();
        // A font file can be megabytes; do not keep a buffer that size around.
        if (buffer.Capacity > 256 * 1024) _buffer = null;
        return result;
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
