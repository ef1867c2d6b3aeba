using Book.Pages;
using Book.Pdf.Syntax;

namespace Book.Pdf.Export;

/// <summary>
/// One distinct image of the document: its resource name, the largest size it is drawn at, its
/// encoded XObject (made once, on whichever painting thread needs it first: resampling and
/// compressing happen there) and, once a page showing it is written, its object.
/// </summary>
internal sealed class ImageUsage
{
    private readonly Lazy<(ImageEmbedder.Prepared Prepared, string? Warning)> _prepared;
    private PdfReference? _reference;

    public ImageUsage(ImageData data, string resourceName, bool compress, ScreenImages? screen)
    {
        Data = data;
        ResourceName = resourceName;
        _prepared = new(() =>
        {
            var (embedded, warning) = screen is null ? (data, null) : screen.Apply(data, DrawnWidth, DrawnHeight);
            return (ImageEmbedder.Prepare(embedded, compress), warning);
        }, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public ImageData Data { get; }
    /// <summary>Name in /XObject resource dictionaries, e.g. "Im1".</summary>
    public string ResourceName { get; }
    public PdfReference Reference => _reference ?? throw new InvalidOperationException("image used before its first page was written");

    /// <summary>The largest extent, in points, of the image's stored columns and rows on any page
    /// (through group transforms); found while naming, before any painting.</summary>
    public double DrawnWidth { get; private set; }
    public double DrawnHeight { get; private set; }

    public void Drawn(double width, double height)
    {
        DrawnWidth = Math.Max(DrawnWidth, width);
        DrawnHeight = Math.Max(DrawnHeight, height);
    }

    /// <summary>Encodes the image now (a painting thread does, so compressing samples overlaps writing).</summary>
    public void Prepare() => _ = _prepared.Value;

    /// <summary>Numbers and writes the image (and its soft mask), once, when the first page showing it is written.</summary>
    public void Bind(ObjectWriter writer, ColorProfiles profiles, Action<string>? warn)
    {
        if (_reference is not null) return;
        var (prepared, warning) = _prepared.Value;
        if (warning is not null) warn?.Invoke(warning);
        _reference = ImageEmbedder.Write(writer, prepared, profiles);
    }
}
