using Book.Model;
using Book.Pages;
using Book.Layout.Styles;

namespace Book.Layout.Pictures;

/// <summary>How big a picture is printed, and the page items that print it in a box whose top left is (x, y).</summary>
public static class PictureBox
{
    /// <summary>The bleed the print editions keep (3 mm): what runs into it (a cover, a <c>{.bleed}</c> figure) is drawn this far past the page edge.</summary>
    public static readonly double Bleed = Length.Mm(3);

    /// <summary>
    /// The asked width and height (a percentage of <paramref name="measure"/> or a length; one given keeps
    /// the picture's proportions, both given are both obeyed, as Pandoc and LaTeX do), else the size the
    /// file asks for; then made smaller, proportions kept, to fit <paramref name="maxWidth"/> × <paramref name="maxHeight"/>.
    /// </summary>
    public static (double Width, double Height) Size(PictureRef r, Picture? p, double measure, double maxWidth, double maxHeight, double em)
    {
        double nw = p?.NaturalWidth is > 0 and var w0 ? w0 : maxWidth, nh = p?.NaturalHeight is > 0 and var h0 ? h0 : maxWidth * 0.6;
        double? w = Resolve(r.Width, measure, em), h = Resolve(r.Height, maxHeight, em);
        double width, height;
        if (w is { } aw && h is { } ah) (width, height) = (aw, ah);
        else if (w is { } ww) (width, height) = (ww, ww * nh / nw);
        else if (h is { } hh) (width, height) = (hh * nw / nh, hh);
        else (width, height) = (nw, nh);
        double scale = Math.Min(1, Math.Min(maxWidth / width, maxHeight / height));
        return (width * scale, height * scale);
    }

    static double? Resolve(PictureSize? s, double whole, double em) => s switch
    {
        null => null,
        { Percent: true } x => whole * x.Value / 100,
        { Em: true } x => em * x.Value,
        { } x => x.Value,
    };

    /// <summary>The picture drawn into a box: the image scaled to it, or the drawing's items translated into it
    /// and clipped to it. A picture that was not loaded draws nothing.</summary>
    public static PageItem? Items(Picture? p, double x, double y, double width, double height, FontSet fonts)
    {
        if (p?.Raster is { } raster) return new ImageItem(x, y, width, height, raster);
        if (p?.Vector is { } drawing)
            return new GroupItem(Transform.Translate(x, y), DrawingPlacer.Place(drawing, width, height, fonts), new ClipRect(0, 0, width, height));
        return null;
    }

    /// <summary>Pixels per inch the picture gets at <paramref name="width"/> points wide; null for a drawing.</summary>
    public static double? EffectivePpi(Picture? p, double width, double height) =>
        p?.Raster is null || width <= 0 || height <= 0 ? null : Math.Min(p.PixelWidth / (width / 72), p.PixelHeight / (height / 72));
}
