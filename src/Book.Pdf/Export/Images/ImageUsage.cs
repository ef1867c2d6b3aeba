using Book.Pages;
using Book.Pdf.Syntax;

namespace Book.Pdf.Export;

/// <summary>
/// One distinct image of the document: its resource name, its encoded XObject (made once, on
/// whichever painting thread needs it first) and, once a page showing it is written, its object.
/// </summary>
internal sealed class ImageUsage
{
    private readonly Lazy<ImageEmbedder.Prepared> _prepared;
    private PdfReference? _reference;

    public ImageUsage(ImageData data, string resourceName, bool compress)
    {
        Data = data;
        ResourceName = resourceName;
        _prepared = new Lazy<ImageEmbedder.Prepared>(() => ImageEmbedder.Prepare(data, compress), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public ImageData Data { get; }
    /// <summary>Name in /XObject resource dictionaries, e.g. "Im1".</summary>
    public string ResourceName { get; }
    public PdfReference Reference => _reference ?? throw new InvalidOperationException("image used before its first page was written");

    /// <summary>Encodes the image now (a painting thread does, so compressing samples overlaps writing).</summary>
    public void Prepare() => _ = _prepared.Value;

    /// <summary>Numbers and writes the image (and its soft mask), once, when the first page showing it is written.</summary>
    public void Bind(ObjectWriter writer)
    {
        if (_reference is not null) return;
        _reference = ImageEmbedder.Write(writer, _prepared.Value);
    }
}
