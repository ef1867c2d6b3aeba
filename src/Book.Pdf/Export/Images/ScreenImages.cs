using Book.Pages;

namespace Book.Pdf.Export;

/// <summary>
/// What the reading PDF does to an image before embedding it: resample it down to the screen
/// resolution at the largest size it is drawn, and, in a PDF/A file, give a CMYK JPEG without a
/// profile an RGB copy (uncalibrated CMYK beside an sRGB output intent is not allowed). The print
/// editions never use this: their images go in as they came.
/// </summary>
internal sealed record ScreenImages(double? Ppi, IImageResampler? Resampler, bool Archival)
{
    /// <summary>Resampled only when the image is this much sharper than asked: 5 % more pixels are not worth a second loss.</summary>
    const double Margin = 1.1;

    /// <summary>The image to embed, and a warning when it stays what PDF/A does not allow.</summary>
    public (ImageData Data, string? Warning) Apply(ImageData data, double drawnWidth, double drawnHeight)
    {
        string? warning = null;
        if (Archival && data is { Encoding: ImageEncoding.Jpeg, Components: 4, IccProfile: null })
        {
            if (Resampler?.ToRgb(data) is { } rgb) data = rgb;
            else warning = $"image {data.Key}: a CMYK JPEG without an ICC profile stays DeviceCMYK, which PDF/A does not allow beside an sRGB output intent";
        }
        if (Ppi is { } ppi && Resampler is not null && drawnWidth > 0 && drawnHeight > 0)
        {
            int width = Target(drawnWidth, ppi), height = Target(drawnHeight, ppi);
            if (data.PixelWidth > width * Margin || data.PixelHeight > height * Margin)
            {
                width = Math.Min(width, data.PixelWidth);
                height = Math.Min(height, data.PixelHeight);
                if (Resampler.Downsample(data, width, height) is { } smaller) data = smaller;
            }
        }
        return (data, warning);
    }

    /// <summary>Pixels for a length in points at <paramref name="ppi"/>, rounded up so the resolution is never below it.</summary>
    static int Target(double points, double ppi) => Math.Max(1, (int)Math.Ceiling(points / 72 * ppi - 1e-9));
}
