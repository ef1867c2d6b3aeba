using System.Text;

namespace Book.Pdf.Syntax;

/// <summary>
/// A PDF string: raw bytes, written either as a literal "(…)" with escapes or as hex "&lt;…&gt;".
/// Use <see cref="Text"/> for human-readable text strings (titles, metadata).
/// </summary>
public sealed class PdfString : PdfObject
{
    public PdfString(byte[] bytes, bool hex = false)
    {
        Bytes = bytes ?? throw new ArgumentNullException(nameof(bytes));
        Hex = hex;
    }

    public byte[] Bytes { get; }
    public bool Hex { get; }

    /// <summary>A byte string of the ASCII/Latin-1 text (identifiers, dates, URIs).</summary>
    public static PdfString Ascii(string value)
    {
        foreach (char c in value)
            if (c > 0x7F) throw new ArgumentException("Not ASCII: " + value, nameof(value));
        return new PdfString(Encoding.ASCII.GetBytes(value));
    }

    /// <summary>
    /// A text string: plain ASCII stays a readable literal (ASCII is a subset of
    /// PDFDocEncoding); anything else becomes UTF-16BE with a byte-order mark.
    /// </summary>
    public static PdfString Text(string value)
    {
        bool ascii = true;
        foreach (char c in value)
            if (c is < ' ' or > '~') { ascii = false; break; }
        if (ascii) return new PdfString(Encoding.ASCII.GetBytes(value));

        var bytes = new byte[2 + value.Length * 2];
        bytes[0] = 0xFE; bytes[1] = 0xFF;
        Encoding.BigEndianUnicode.GetBytes(value, 0, value.Length, bytes, 2);
        return new PdfString(bytes, hex: true);
    }

    public override void WriteTo(PdfOutput output)
    {
        if (Hex)
        {
            output.WriteByte((byte)'<');
            foreach (byte b in Bytes)
            {
                output.WriteByte(Syntax.Hex.Upper[b >> 4]);
                output.WriteByte(Syntax.Hex.Upper[b & 15]);
            }
            output.WriteByte((byte)'>');
            return;
        }

        output.WriteByte((byte)'(');
        foreach (byte b in Bytes)
        {
            switch (b)
            {
                case (byte)'(': case (byte)')': case (byte)'\\':
                    output.WriteByte((byte)'\\'); output.WriteByte(b); break;
                case (byte)'\n': output.WriteAscii("\\n"); break;
                case (byte)'\r': output.WriteAscii("\\r"); break;
                case (byte)'\t': output.WriteAscii("\\t"); break;
                default:
                    if (b is < 0x20 or > 0x7E)
                    {
                        // Three-digit octal keeps the file 7-bit clean outside streams.
                        output.WriteByte((byte)'\\');
                        output.WriteByte((byte)('0' + (b >> 6)));
                        output.WriteByte((byte)('0' + ((b >> 3) & 7)));
                        output.WriteByte((byte)('0' + (b & 7)));
                    }
                    else output.WriteByte(b);
                    break;
            }
        }
        output.WriteByte((byte)')');
    }
}
