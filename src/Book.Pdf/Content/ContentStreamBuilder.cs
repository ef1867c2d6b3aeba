using System.Text;

namespace Book.Pdf;

/// <summary>
/// Builds a page content stream from typed operator calls, in PDF user space (points,
/// Y up). One operator per line; numbers go through <see cref="PdfNumber.Format(double)"/>.
/// It does not track graphics state; callers decide when an operator is needed.
/// </summary>
public sealed class ContentStreamBuilder
{
    private const string HexDigits = "0123456789ABCDEF";
    // A book page's operators run to some 20,000 characters: start big enough that the
    // builder rarely grows (growing showed in profiles), yet below the large-object heap.
    private readonly StringBuilder _text = new(16 * 1024);

    public ContentStreamBuilder SaveState() => Op("q");
    public ContentStreamBuilder RestoreState() => Op("Q");

    public ContentStreamBuilder ConcatMatrix(double a, double b, double c, double d, double e, double f) =>
        Num(a).Num(b).Num(c).Num(d).Num(e).Num(f).Op("cm");

    public ContentStreamBuilder SetFillGray(double gray) => Num(gray).Op("g");
    public ContentStreamBuilder SetStrokeGray(double gray) => Num(gray).Op("G");
    public ContentStreamBuilder SetLineWidth(double width) => Num(width).Op("w");

    public ContentStreamBuilder MoveTo(double x, double y) => Num(x).Num(y).Op("m");
    public ContentStreamBuilder LineTo(double x, double y) => Num(x).Num(y).Op("l");
    public ContentStreamBuilder Stroke() => Op("S");
    public ContentStreamBuilder Rectangle(double x, double y, double width, double height) =>
        Num(x).Num(y).Num(width).Num(height).Op("re");
    public ContentStreamBuilder Fill() => Op("f");

    public ContentStreamBuilder BeginText() => Op("BT");
    public ContentStreamBuilder EndText() => Op("ET");

    /// <summary>Tf with a resource name from the page's /Font dictionary (without the slash).</summary>
    public ContentStreamBuilder SetFont(string resourceName, double size)
    {
        _text.Append('/').Append(resourceName).Append(' ');
        return Num(size).Op("Tf");
    }

    public ContentStreamBuilder SetTextMatrix(double a, double b, double c, double d, double e, double f) =>
        Num(a).Num(b).Num(c).Num(d).Num(e).Num(f).Op("Tm");

    public ContentStreamBuilder MoveText(double tx, double ty) => Num(tx).Num(ty).Op("Td");

    /// <summary>
    /// TJ with 2-byte glyph ids (Identity-H). <paramref name="adjustAfter"/>[i] is written
    /// after glyph i when non-zero, in thousandths of text space; positive moves left.
    /// </summary>
    public ContentStreamBuilder ShowGlyphs(ReadOnlySpan<ushort> glyphs, ReadOnlySpan<double> adjustAfter)
    {
        if (adjustAfter.Length != glyphs.Length)
            throw new ArgumentException("One adjustment slot per glyph is required.", nameof(adjustAfter));
        _text.Append('[');
        bool inString = false;
        for (int i = 0; i < glyphs.Length; i++)
        {
            if (!inString) { _text.Append('<'); inString = true; }
            ushort g = glyphs[i];
            _text.Append(HexDigits[g >> 12]).Append(HexDigits[(g >> 8) & 15])
                 .Append(HexDigits[(g >> 4) & 15]).Append(HexDigits[g & 15]);
            if (adjustAfter[i] == 0 || i == glyphs.Length - 1 || PdfNumber.IsZero(adjustAfter[i])) continue;
            _text.Append('>');
            PdfNumber.AppendTo(_text, adjustAfter[i]);
            inString = false;
        }
        if (inString) _text.Append('>');
        _text.Append("] TJ\n");
        return this;
    }

    /// <summary>Appends raw, already valid content (for callers composing streams).</summary>
    public ContentStreamBuilder Raw(string operators)
    {
        _text.Append(operators);
        if (operators.Length > 0 && operators[^1] != '\n') _text.Append('\n');
        return this;
    }

    public byte[] ToArray()
    {
        // Straight from the builder's chunks: no intermediate string of the whole page.
        var bytes = new byte[_text.Length];
        int at = 0;
        foreach (var chunk in _text.GetChunks()) at += Encoding.ASCII.GetBytes(chunk.Span, bytes.AsSpan(at));
        return bytes;
    }
    public override string ToString() => _text.ToString();

    private ContentStreamBuilder Num(double value)
    {
        PdfNumber.AppendTo(_text, value);
        _text.Append(' ');
        return this;
    }

    private ContentStreamBuilder Op(string op)
    {
        _text.Append(op).Append('\n');
        return this;
    }
}
