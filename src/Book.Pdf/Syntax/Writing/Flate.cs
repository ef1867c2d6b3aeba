using System.IO.Compression;

namespace Book.Pdf.Syntax;

/// <summary>
/// FlateDecode encoding (zlib format, RFC 1950). A fixed compression level keeps output
/// byte-identical between runs.
/// </summary>
public static class Flate
{
    /// <summary>
    /// zlib level 3, not the default 6 (CompressionLevel.Optimal): on a 1,000-page book's content
    /// streams it deflates in about half the time for 3% more bytes in the file (level 1,
    /// CompressionLevel.Fastest, would cost 27% more bytes). Measured with bench/Book.Bench.
    /// </summary>
    public const int Level = 3;

    // Pages are compressed on several threads: each keeps one output buffer, so only the
    // compressed bytes themselves are allocated per call.
    [ThreadStatic] private static MemoryStream? _buffer;

    public static byte[] Compress(ReadOnlySpan<byte> data)
    {
        var buffer = _buffer ??= new MemoryStream();
        buffer.SetLength(0);
        using (var zlib = new ZLibStream(buffer, new ZLibCompressionOptions { CompressionLevel = Level }, leaveOpen: true))
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
