using System.Security.Cryptography;

namespace Book.Pdf.Syntax;

/// <summary>
/// The byte sink for a PDF file: counts the position (for the cross-reference table) and
/// optionally hashes everything written (for the trailer /ID), so the target stream need
/// not be seekable. Small writes are buffered: objects are serialised a few bytes at a time.
/// </summary>
public sealed class PdfOutput
{
    private readonly Stream _stream;
    private readonly IncrementalHash? _hash;
    private readonly byte[] _buffer = new byte[16 * 1024];
    private int _buffered;
    private long _flushed;

    public PdfOutput(Stream stream, IncrementalHash? hash = null)
    {
        _stream = stream ?? throw new ArgumentNullException(nameof(stream));
        _hash = hash;
    }

    /// <summary>Bytes written so far, i.e. the offset of the next byte in the file.</summary>
    public long Position => _flushed + _buffered;

    public void WriteByte(byte b)
    {
        if (_buffered == _buffer.Length) Flush();
        _buffer[_buffered++] = b;
    }

    public void Write(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length > _buffer.Length - _buffered)
        {
            Flush();
            if (bytes.Length > _buffer.Length)
            {
                Emit(bytes); // large payloads (font files) bypass the buffer
                return;
            }
        }
        bytes.CopyTo(_buffer.AsSpan(_buffered));
        _buffered += bytes.Length;
    }

    /// <summary>Writes 7-bit text (operators, numbers, keywords) byte for byte.</summary>
    public void WriteAscii(string text) => WriteAscii(text.AsSpan());

    /// <inheritdoc cref="WriteAscii(string)"/>
    public void WriteAscii(ReadOnlySpan<char> text)
    {
        if (text.Length > _buffer.Length - _buffered) Flush();
        if (text.Length <= _buffer.Length - _buffered)
        {
            // Narrowed straight into the buffer: objects are written a few characters at a time.
            var span = _buffer.AsSpan(_buffered, text.Length);
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if (c > 0x7F) throw new ArgumentException("Non-ASCII character in PDF syntax: " + text.ToString(), nameof(text));
                span[i] = (byte)c;
            }
            _buffered += text.Length;
            return;
        }
        foreach (char c in text)
        {
            if (c > 0x7F) throw new ArgumentException("Non-ASCII character in PDF syntax: " + text.ToString(), nameof(text));
            WriteByte((byte)c);
        }
    }

    /// <summary>Writes an integer in decimal, as <see cref="PdfNumber.Format(int)"/> would, without a string.</summary>
    public void WriteInteger(long value)
    {
        Span<char> digits = stackalloc char[20];
        value.TryFormat(digits, out int written, default, System.Globalization.CultureInfo.InvariantCulture);
        WriteAscii(digits[..written]);
    }

    /// <summary>Passes buffered bytes to the stream and the hash.</summary>
    public void Flush()
    {
        if (_buffered == 0) return;
        Emit(_buffer.AsSpan(0, _buffered));
        _buffered = 0;
    }

    private void Emit(ReadOnlySpan<byte> bytes)
    {
        _stream.Write(bytes);
        _hash?.AppendData(bytes);
        _flushed += bytes.Length;
    }
}
