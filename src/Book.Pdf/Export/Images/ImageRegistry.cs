using System.Globalization;
using Book.Pages;
using Book.Pdf.Syntax;

namespace Book.Pdf.Export;

/// <summary>
/// One image XObject per distinct <see cref="ImageData.Key"/>, however often it is placed, named
/// (Im1, Im2, …) in order of first use. As with fonts, the reading edition names every image up
/// front (<see cref="NameImages"/>, which also finds the largest size each is drawn at) so pages can
/// be painted in parallel, and an image's objects are numbered and written when the first page that
/// shows it is written (<see cref="Bind"/>).
/// </summary>
internal sealed class ImageRegistry
{
    private readonly ObjectWriter _writer;
    private readonly bool _compress;
    private readonly ScreenImages? _screen;
    private readonly Action<string>? _warn;
    private readonly ColorProfiles _profiles;
    private readonly Dictionary<string, ImageUsage> _byKey = new(StringComparer.Ordinal);

    public ImageRegistry(ObjectWriter writer, bool compress, ScreenImages? screen = null, Action<string>? warn = null)
    {
        _writer = writer;
        _compress = compress;
        _screen = screen;
        _warn = warn;
        _profiles = new ColorProfiles(compress);
    }

    public int Count => _byKey.Count;

    /// <summary>Names every image the pages show (inside groups too), in order of first use, and
    /// records the largest size each is drawn at.</summary>
    public void NameImages(IReadOnlyList<Page> pages)
    {
        foreach (var page in pages)
            PageWalk.Placed<ImageItem>(page.Items, null, (image, t) =>
            {
                var usage = Named(image.Image, create: true);
                if (_screen is null) return;
                // The item's width and height vectors through the groups' transforms, as lengths on the page.
                double w = image.Width, h = image.Height;
                if (t is { } m) (w, h) = (Math.Abs(w) * Math.Sqrt(m.A * m.A + m.B * m.B), Math.Abs(h) * Math.Sqrt(m.C * m.C + m.D * m.D));
                // A quarter-turned photograph's stored columns run down the page.
                if (image.Image.Transposed) (w, h) = (h, w);
                usage.Drawn(Math.Abs(w), Math.Abs(h));
            });
    }

    /// <summary>An image already named (a read-only lookup, safe from several painting threads).</summary>
    public ImageUsage Named(ImageData image) => Named(image, create: false);

    private ImageUsage Named(ImageData image, bool create)
    {
        if (_byKey.TryGetValue(image.Key, out var usage)) return usage;
        if (!create) throw new InvalidOperationException($"image {image.Key} was not named before painting");
        ImageEmbedder.Check(image);
        usage = new ImageUsage(image, "Im" + (_byKey.Count + 1).ToString(CultureInfo.InvariantCulture), _compress, _screen);
        _byKey.Add(image.Key, usage);
        return usage;
    }

    /// <summary>The image as a page being written uses it: named if new, written on first use.</summary>
    public ImageUsage Get(ImageData image)
    {
        var usage = Named(image, create: true);
        Bind(usage);
        return usage;
    }

    /// <summary>Writes the image's objects if this is the first page showing it (on the writing thread, in page order).</summary>
    public void Bind(ImageUsage usage) => usage.Bind(_writer, _profiles, _warn);
}
