namespace Book.Pdf.Syntax;

/// <summary>
/// A stream object: a dictionary plus bytes. /Length is filled in when written, so callers
/// never get it wrong. Streams must be written as indirect objects.
/// </summary>
public class PdfStream : PdfDictionary
{
    public PdfStream(byte[] data, PdfDictionary? extra = null)
    {
        Data = data ?? throw new ArgumentNullException(nameof(data));
        if (extra is not null)
            foreach (var (key, value) in extra.Entries) this[key.Value] = value;
    }

    /// <summary>The bytes as stored in the file (already encoded when a /Filter is set).</summary>
    public byte[] Data { get; }

    /// <summary>A stream whose data is Flate-compressed when <paramref name="compress"/> is set.</summary>
    public static PdfStream Create(byte[] data, bool compress) =>
        compress ? Create((ReadOnlySpan<byte>)data, compress) : new PdfStream(data);

    /// <summary>As <see cref="Create(byte[], bool)"/>, from bytes the caller keeps (copied unless compressed).</summary>
    public static PdfStream Create(ReadOnlySpan<byte> data, bool compress)
    {
        if (!compress) return new PdfStream(data.ToArray());
        var stream = new PdfStream(Flate.Compress(data));
        stream["Filter"] = PdfName.Key("FlateDecode");
        return stream;
    }

    public override void WriteTo(PdfOutput output)
    {
        this["Length"] = new PdfNumber(Data.Length);
        base.WriteTo(output);
        output.WriteAscii("\nstream\n");
        output.Write(Data);
        output.WriteAscii("\nendstream");
    }
}
