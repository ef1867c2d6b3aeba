using System.Text;

namespace Book.Pdf;

/// <summary>A PDF name (/Type). Bytes outside the regular-character range are #-escaped.</summary>
public sealed class PdfName : PdfObject, IEquatable<PdfName>
{
    public PdfName(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        Value = value;
    }

    public string Value { get; }

    public static PdfName Of(string value) => new(value);

    public override void WriteTo(PdfOutput output)
    {
        output.WriteByte((byte)'/');
        foreach (byte b in Encoding.UTF8.GetBytes(Value))
        {
            if (IsRegular(b)) output.WriteByte(b);
            else
            {
                output.WriteByte((byte)'#');
                output.WriteByte(Hex.Upper[b >> 4]);
                output.WriteByte(Hex.Upper[b & 15]);
            }
        }
    }

    /// <summary>Regular characters: printable ASCII except delimiters and '#'.</summary>
    private static bool IsRegular(byte b) =>
        b is > 0x20 and < 0x7F && "()<>[]{}/%#"u8.IndexOf(b) < 0;

    public bool Equals(PdfName? other) => other is not null && string.Equals(Value, other.Value, StringComparison.Ordinal);
    public override bool Equals(object? obj) => Equals(obj as PdfName);
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);
}

internal static class Hex
{
    public static ReadOnlySpan<byte> Upper => "0123456789ABCDEF"u8;
}
