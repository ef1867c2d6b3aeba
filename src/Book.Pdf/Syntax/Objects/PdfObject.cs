namespace Book.Pdf.Syntax;

/// <summary>
/// A PDF object that can serialise itself. Objects are values: the object writer decides
/// whether one becomes an indirect object or is written inline.
/// </summary>
public abstract class PdfObject
{
    public abstract void WriteTo(PdfOutput output);

    public static implicit operator PdfObject(int value) => new PdfNumber(value);
    public static implicit operator PdfObject(double value) => new PdfNumber(value);
    public static implicit operator PdfObject(bool value) => value ? PdfBoolean.True : PdfBoolean.False;

    /// <summary>The serialised form, for tests and debugging.</summary>
    public override string ToString()
    {
        using var buffer = new MemoryStream();
        var output = new PdfOutput(buffer);
        WriteTo(output);
        output.Flush();
        return System.Text.Encoding.Latin1.GetString(buffer.ToArray());
    }
}

public sealed class PdfNull : PdfObject
{
    public static readonly PdfNull Instance = new();
    private PdfNull() { }
    public override void WriteTo(PdfOutput output) => output.WriteAscii("null");
}

public sealed class PdfBoolean : PdfObject
{
    public static readonly PdfBoolean True = new(true);
    public static readonly PdfBoolean False = new(false);
    private PdfBoolean(bool value) => Value = value;
    public bool Value { get; }
    public override void WriteTo(PdfOutput output) => output.WriteAscii(Value ? "true" : "false");
}
