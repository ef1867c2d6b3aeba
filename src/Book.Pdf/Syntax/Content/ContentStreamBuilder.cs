using System.Text;

namespace Book.Pdf.Syntax;

/// <summary>
/// Builds a page content stream from typed operator calls, in PDF user space (points,
/// Y up). One operator per line; numbers go through <see cref="PdfNumber.Format(double)"/>.
/// It does not track graphics state; callers decide when an operator is needed.
/// Content is 7-bit ASCII, so it is kept as bytes from the start: no text to encode later.
/// </summary>
public sealed class ContentStreamBuilder
{
    // A book page's operators run to some 20,000 bytes: start big enough that the builder
    // rarely grows, yet below the large-object heap. Painters reuse one builder per thread.
    private byte[] _bytes;
    private int _length;

    public ContentStreamBuilder() : this(16 * 1024) { }

    public ContentStreamBuilder(int capacity) => _bytes = new byte[Math.Max(capacity, 64)];

    /// <summary>The content so far, valid until the next call that adds to or clears the builder.</summary>
    public ReadOnlySpan<byte> Written => _bytes.AsSpan(0, _length);

    /// <summary>Empties the builder, keeping its buffer for the next page.</summary>
    public void Clear() => _length = 0;

    public ContentStreamBuilder SaveState() => Op("q"u8);
    public ContentStreamBuilder RestoreState() => Op("Q"u8);

    public ContentStreamBuilder ConcatMatrix(double a, double b, double c, double d, double e, double f) =>
        Num(a).Num(b).Num(c).Num(d).Num(e).Num(f).Op("cm"u8);

    public ContentStreamBuilder SetFillGray(double gray) => Num(gray).Op("g"u8);
    public ContentStreamBuilder SetStrokeGray(double gray) => Num(gray).Op("G"u8);
    public ContentStreamBuilder SetLineWidth(double width) => Num(width).Op("w"u8);

    public ContentStreamBuilder MoveTo(double x, double y) => Num(x).Num(y).Op("m"u8);
    public ContentStreamBuilder LineTo(double x, double y) => Num(x).Num(y).Op("l"u8);
    public ContentStreamBuilder Stroke() => Op("S"u8);
    public ContentStreamBuilder Rectangle(double x, double y, double width, double height) =>
        Num(x).Num(y).Num(width).Num(height).Op("re"u8);
    public ContentStreamBuilder Fill() => Op("f"u8);

    public ContentStreamBuilder CurveTo(double x1, double y1, double x2, double y2, double x3, double y3) =>
        Num(x1).Num(y1).Num(x2).Num(y2).Num(x3).Num(y3).Op("c"u8);
    public ContentStreamBuilder ClosePath() => Op("h"u8);
    public ContentStreamBuilder FillEvenOdd() => Op("f*"u8);
    public ContentStreamBuilder FillStroke() => Op("B"u8);
    public ContentStreamBuilder FillStrokeEvenOdd() => Op("B*"u8);
    public ContentStreamBuilder SetFillRgb(double r, double g, double b) => Num(r).Num(g).Num(b).Op("rg"u8);
    public ContentStreamBuilder SetStrokeRgb(double r, double g, double b) => Num(r).Num(g).Num(b).Op("RG"u8);
    /// <summary>J: 0 butt, 1 round, 2 projecting square.</summary>
    public ContentStreamBuilder SetLineCap(int cap) => Num(cap).Op("J"u8);
    /// <summary>j: 0 miter, 1 round, 2 bevel.</summary>
    public ContentStreamBuilder SetLineJoin(int join) => Num(join).Op("j"u8);
    public ContentStreamBuilder SetMiterLimit(double limit) => Num(limit).Op("M"u8);

    /// <summary>d: dashes and gaps alternating from <paramref name="phase"/>; an empty array is a solid line.</summary>
    public ContentStreamBuilder SetDash(IReadOnlyList<double> dashes, double phase)
    {
        Append((byte)'[');
        for (int i = 0; i < dashes.Count; i++)
        {
            if (i > 0) Append((byte)' ');
            Number(dashes[i]);
        }
        Append("] "u8);
        return Num(phase).Op("d"u8);
    }

    /// <summary>gs with a name from the /ExtGState resources (opacity, say).</summary>
    public ContentStreamBuilder SetGraphicsState(string resourceName)
    {
        Append((byte)'/'); Ascii(resourceName);
        return Op(" gs"u8);
    }

    /// <summary>"/Pattern cs /name scn" (or CS/SCN for strokes): paint with a pattern from the /Pattern resources.</summary>
    public ContentStreamBuilder SetPattern(string resourceName, bool stroke)
    {
        Append(stroke ? "/Pattern CS /"u8 : "/Pattern cs /"u8); Ascii(resourceName);
        return Op(stroke ? " SCN"u8 : " scn"u8);
    }

    /// <summary>n: ends the path without painting it.</summary>
    public ContentStreamBuilder EndPath() => Op("n"u8);

    /// <summary>"W n": the current path (a rectangle, say) becomes the clip, and is not painted.</summary>
    public ContentStreamBuilder ClipNoPaint() => Op("W n"u8);

    /// <summary>Do with a resource name from the /XObject dictionary (without the slash): draws an image or form.</summary>
    public ContentStreamBuilder PaintXObject(string resourceName)
    {
        Append((byte)'/'); Ascii(resourceName);
        return Op(" Do"u8);
    }

    public ContentStreamBuilder BeginText() => Op("BT"u8);
    public ContentStreamBuilder EndText() => Op("ET"u8);

    /// <summary>Tf with a resource name from the page's /Font dictionary (without the slash).</summary>
    public ContentStreamBuilder SetFont(string resourceName, double size)
    {
        Append((byte)'/'); Ascii(resourceName); Append((byte)' ');
        return Num(size).Op("Tf"u8);
    }

    public ContentStreamBuilder SetTextMatrix(double a, double b, double c, double d, double e, double f) =>
        Num(a).Num(b).Num(c).Num(d).Num(e).Num(f).Op("Tm"u8);

    public ContentStreamBuilder MoveText(double tx, double ty) => Num(tx).Num(ty).Op("Td"u8);

    /// <summary>Ts: raises the baseline of the glyphs shown next (points, up); stays until set again.</summary>
    public ContentStreamBuilder SetTextRise(double rise) => Num(rise).Op("Ts"u8);

    /// <summary>
    /// TJ with 2-byte glyph ids (Identity-H). <paramref name="adjustAfter"/>[i] is written
    /// after glyph i when non-zero, in thousandths of text space; positive moves left. The last
    /// glyph's adjustment is dropped (nothing follows it) unless <paramref name="adjustLast"/> is set,
    /// for a run shown in pieces whose next piece continues from there.
    /// </summary>
    public ContentStreamBuilder ShowGlyphs(ReadOnlySpan<ushort> glyphs, ReadOnlySpan<double> adjustAfter, bool adjustLast = false)
    {
        if (adjustAfter.Length != glyphs.Length)
            throw new ArgumentException("One adjustment slot per glyph is required.", nameof(adjustAfter));
        var hex = Hex.Upper;
        Append((byte)'[');
        bool inString = false;
        for (int i = 0; i < glyphs.Length; i++)
        {
            Reserve(5);
            if (!inString) { _bytes[_length++] = (byte)'<'; inString = true; }
            ushort g = glyphs[i];
            _bytes[_length++] = hex[g >> 12]; _bytes[_length++] = hex[(g >> 8) & 15];
            _bytes[_length++] = hex[(g >> 4) & 15]; _bytes[_length++] = hex[g & 15];
            double adjust = adjustAfter[i];
            // Whatever is 0.001 or more prints as non-zero: only tiny values need the rounding test.
            if (adjust == 0 || i == glyphs.Length - 1 && !adjustLast || Math.Abs(adjust) < 0.001 && PdfNumber.IsZero(adjust)) continue;
            Append((byte)'>');
            Number(adjust);
            inString = false;
        }
        if (inString) Append((byte)'>');
        Append("] TJ\n"u8);
        return this;
    }

    /// <summary>Appends raw, already valid content (for callers composing streams).</summary>
    public ContentStreamBuilder Raw(string operators)
    {
        Ascii(operators);
        if (operators.Length > 0 && operators[^1] != '\n') Append((byte)'\n');
        return this;
    }

    /// <summary>"/Artifact BMC": what follows is page furniture, not content (until <see cref="EndMarkedContent"/>).</summary>
    public ContentStreamBuilder BeginArtifact() => Op("/Artifact BMC"u8);

    public ContentStreamBuilder EndMarkedContent() => Op("EMC"u8);

    /// <summary>A marked-content sequence with an id: "/Role &lt;&lt;/MCID n&gt;&gt; BDC".</summary>
    public ContentStreamBuilder BeginMarkedContent(string role, int mcid)
    {
        Append((byte)'/'); Ascii(role);
        Append(" <</MCID "u8);
        Number(mcid);
        return Op(">> BDC"u8);
    }

    /// <summary>"/Span &lt;&lt;/ActualText &lt;FEFF…&gt;&gt;&gt; BDC": the marks up to EMC copy as <paramref name="text"/>
    /// (a text string in UTF-16BE, written in hex; empty: they copy as nothing).</summary>
    public ContentStreamBuilder BeginActualText(string text)
    {
        var hex = Hex.Upper;
        Append("/Span <</ActualText <FEFF"u8);
        foreach (char c in text)
        {
            Append(hex[c >> 12]); Append(hex[(c >> 8) & 15]);
            Append(hex[(c >> 4) & 15]); Append(hex[c & 15]);
        }
        return Op(">>> BDC"u8);
    }

    /// <summary>"/Span &lt;&lt;/Lang (ru)&gt;&gt; BDC": the marks up to EMC are in this language (PDF 32000-1, 14.9.2.2).
    /// A well-formed BCP 47 tag is letters, digits and hyphens only, so it needs no escaping.</summary>
    public ContentStreamBuilder BeginLanguage(string tag)
    {
        if (!tag.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
            throw new ArgumentException($"'{tag}' is not a language tag", nameof(tag));
        Append("/Span <</Lang ("u8);
        Ascii(tag);
        return Op(")>> BDC"u8);
    }

    public byte[] ToArray() => Written.ToArray();
    public override string ToString() => Encoding.ASCII.GetString(Written);

    private ContentStreamBuilder Num(double value)
    {
        Number(value);
        Append((byte)' ');
        return this;
    }

    private void Number(double value)
    {
        Reserve(PdfNumber.MaxFastChars);
        if (PdfNumber.TryFormatAscii(value, _bytes.AsSpan(_length), out int written)) _length += written;
        else Ascii(PdfNumber.FormatSlow(value));
    }

    private ContentStreamBuilder Op(ReadOnlySpan<byte> op)
    {
        Reserve(op.Length + 1);
        op.CopyTo(_bytes.AsSpan(_length));
        _length += op.Length;
        _bytes[_length++] = (byte)'\n';
        return this;
    }

    private void Append(byte b)
    {
        Reserve(1);
        _bytes[_length++] = b;
    }

    private void Append(ReadOnlySpan<byte> bytes)
    {
        Reserve(bytes.Length);
        bytes.CopyTo(_bytes.AsSpan(_length));
        _length += bytes.Length;
    }

    private void Ascii(string text)
    {
        Reserve(text.Length);
        foreach (char c in text)
        {
            if (c > 0x7F) throw new ArgumentException("Non-ASCII character in a content stream: " + text, nameof(text));
            _bytes[_length++] = (byte)c;
        }
    }

    private void Reserve(int count)
    {
        if (_bytes.Length - _length >= count) return;
        Array.Resize(ref _bytes, Math.Max(_bytes.Length * 2, _length + count));
    }
}
