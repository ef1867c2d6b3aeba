using Book.Model;
using Book.Layout.Paragraphs;
using Book.Layout.Styles;

namespace Book.Layout.Pictures;

/// <summary>How big a picture in running text is set, and what draws it.</summary>
public static class InlinePictures
{
    /// <summary>An inline picture with no size of its own is as tall as capitals (about 0.7 em in the book's faces).</summary>
    public const double CapHeightEm = 0.7;

    /// <summary>Its width or height if given (a percentage is of the measure), else as tall as the text's capitals;
    /// never wider than the measure nor taller than a figure may be.</summary>
    public static Func<PictureRef, double, InlinePicture> For(BookStyle style) => (r, size) =>
    {
        var p = style.Pictures(r.Path);
        if (r.Width is null && r.Height is null) r = r with { Height = PictureSize.Points(size * CapHeightEm) };
        var (w, h) = PictureBox.Size(r, p, style.TextWidth, style.TextWidth, style.TextHeight * BookStyle.PictureMaxHeightShare, size);
        return new InlinePicture(PictureBox.Items(p, 0, 0, w, h, style.Fonts), w, h);
    };
}
