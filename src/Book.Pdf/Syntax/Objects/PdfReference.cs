namespace Book.Pdf.Syntax;

/// <summary>An indirect reference "n 0 R". Generation is always 0: we only write new files.</summary>
public sealed class PdfReference : PdfObject, IEquatable<PdfReference>
{
    public PdfReference(int number)
    {
        if (number <= 0) throw new ArgumentOutOfRangeException(nameof(number));
        Number = number;
    }

    public int Number { get; }

    public override void WriteTo(PdfOutput output) => Write(output, Number);

    /// <summary>Writes "n 0 R" for an object number held as a plain int (no reference object to make).</summary>
    public static void Write(PdfOutput output, int number)
    {
        output.WriteInteger(number);
        output.Write(" 0 R"u8);
    }

    public bool Equals(PdfReference? other) => other is not null && other.Number == Number;
    public override bool Equals(object? obj) => Equals(obj as PdfReference);
    public override int GetHashCode() => Number;
}
