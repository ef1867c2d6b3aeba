using System.Text;

namespace Book.Pdf.Syntax;

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

    // Dictionary keys come from a small fixed vocabulary (Type, Parent, MediaBox, F1, …) and a
    // 1,000-page book sets hundreds of thousands of them: one shared name per key.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, PdfName> Keys = new(StringComparer.Ordinal);
    private const int MaxKeys = 4096;

    /// <summary>A shared instance for a dictionary key (names are immutable, so sharing is safe).</summary>
    internal static PdfName Key(string value)
    {
        if (Keys.TryGetValue(value, out var name)) return name;
        name = new PdfName(value);
        return Keys.Count < MaxKeys ? Keys.GetOrAdd(value, name) : name;
    }

    public override void WriteTo(PdfOutput output)
    {
        output.WriteByte((byte)'/');
        // Names are nearly always ASCII: written from the string, without encoding it first.
        if (System.Text.Ascii.IsValid(Value))
            foreach (char c in Value) WriteByte(output, (byte)c);
        else
            foreach (byte b in Encoding.UTF8.GetBytes(Value)) WriteByte(output, b);
    }

    private static void WriteByte(PdfOutput output, byte b)
    {
        if (IsRegular(b)) output.WriteByte(b);
        else
        {
            output.WriteByte((byte)'#');
            output.WriteByte(Hex.Upper[b >> 4]);
            output.WriteByte(Hex.Upper[b & 15]);
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
