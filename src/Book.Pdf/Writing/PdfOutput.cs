using System.Security.Cryptography;

namespace Book.Pdf;

/// <summary>
/// The byte sink for a PDF file: counts the position (for the cross-reference table) and
/// optionally hashes everything written (for the trailer /ID), so the target stream need
/// not be seekable.
/// </summary>
public sealed class PdfOutput
{
    private readonly Stream _stream;
    private readonly IncrementalHash? _hash;

    public PdfOutput(Stream stream, IncrementalHash? hash = null)
    {
        _stream = stream ?? throw new ArgumentNullException(nameof(stream));
        _hash = hash;
    }

    /// <summary>Bytes written so far, i.e. the offset of the next byte in the file.</summary>
    public long Position { get; private set; }

    public void WriteByte(byte b)
    {
        Span<byte> one = [b];
        Write(one);
    }

    public void Write(ReadOnlySpan<byte> bytes)
    {
        _stream.Write(bytes);
        _hash?.AppendData(bytes);
        Position += bytes.Length;
    }

    /// <summary>Writes 7-bit text (operators, numbers, keywords) byte for byte.</summary>
    public void WriteAscii(string text)
    {
        Span<byte> buffer = text.Length <= 256 ? stackalloc byte[text.Length] : new byte[text.Length];
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c > 0x7F) throw new ArgumentException("Non-ASCII character in PDF syntax: " + text, nameof(text));
            buffer[i] = (byte)c;
        }
        Write(buffer);
    }
}
