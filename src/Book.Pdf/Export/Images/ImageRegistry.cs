using System.Globalization;
using Book.Pages;
using Book.Pdf.Syntax;

namespace Book.Pdf.Export;

/// <summary>
/// One image XObject per distinct <see cref="ImageData.Key"/>, however often it is placed, named
/// (Im1, Im2, …) in order of first use. As with fonts, the reading edition names every image up
/// front (<see cref="NameImages"/>) so pages can be painted in parallel, and an image's objects are
/// numbered and written when the first page that shows it is written (<see cref="Get"/>).
/// </summary>
internal sealed class ImageRegistry
{
    private readonly ObjectWriter _writer;
    private readonly bool _compress;
    private readonly Dictionary<string, ImageUsage> _byKey = new(StringComparer.Ordinal);

    public ImageRegistry(ObjectWriter writer, bool compress)
    {
        _writer = writer;
        _compress = compress;
    }

    public int Count => _byKey.Count;

    /// <summary>Names every image the pages show (inside groups too), in order of first use.</summary>
    public void NameImages(IReadOnlyList<Page> pages)
    {
        foreach (var page in pages)
            PageWalk.Images(page.Items, image => Named(image.Image, create: true));
    }

    /// <summary>An image already named (a read-only lookup, safe from several painting threads).</summary>
    public ImageUsage Named(ImageData image) => Named(image, create: false);

    private ImageUsage Named(ImageData image, bool create)
    {
        if (_byKey.TryGetValue(image.Key, out var usage)) return usage;
        if (!create) throw new InvalidOperationException($"image {image.Key} was not named before painting");
        ImageEmbedder.Check(image);
        usage = new ImageUsage(image, "Im" + (_byKey.Count + 1).ToString(CultureInfo.InvariantCulture), _compress);
        _byKey.Add(image.Key, usage);
        return usage;
    }

    /// <summary>The image as a page being written uses it: named if new, written on first use.</summary>
    public ImageUsage Get(ImageData image)
    {
        var usage = Named(image, create: true);
        usage.Bind(_writer);
        return usage;
    }
}
