using Book.Pages;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.PixelFormats;

namespace Book.Images;

/// <summary>
/// Smaller copies of images for the reading PDF: samples are area-averaged as samples; a JPEG is
/// decoded, averaged and encoded again (quality 85, no metadata), and kept as it was if that would
/// not make it smaller. A CMYK JPEG keeps its size (ImageSharp 2 writes no CMYK JPEG, and turning it
/// to RGB would change its colours) unless it must become RGB anyway (<see cref="ToRgb"/>).
/// </summary>
public sealed class PictureResampler : IImageResampler
{
    public static PictureResampler Instance { get; } = new();

    /// <summary>Fixed, so the same picture gives the same bytes on every run.</summary>
    const int Quality = 85;

    public ImageData? Downsample(ImageData image, int pixelWidth, int pixelHeight)
    {
        if (pixelWidth >= image.PixelWidth && pixelHeight >= image.PixelHeight) return null;
        pixelWidth = Math.Clamp(pixelWidth, 1, image.PixelWidth);
        pixelHeight = Math.Clamp(pixelHeight, 1, image.PixelHeight);
        if (image.Encoding == ImageEncoding.Samples)
        {
            return Copy(image, ImageEncoding.Samples, pixelWidth, pixelHeight, image.Components,
                AreaAverage.Resample(image.Data.Span, image.PixelWidth, image.PixelHeight, image.Components, pixelWidth, pixelHeight),
                image.Alpha is { } alpha ? AreaAverage.Resample(alpha.Span, image.PixelWidth, image.PixelHeight, 1, pixelWidth, pixelHeight) : null,
                image.IccProfile, image.InvertedCmyk);
        }
        if (image.Components == 4) return null;
        var samples = DecodeJpeg(image.Data.Span, image.Components);
        if (samples is null) return null;
        var smaller = AreaAverage.Resample(samples, image.PixelWidth, image.PixelHeight, image.Components, pixelWidth, pixelHeight);
        var jpeg = EncodeJpeg(smaller, pixelWidth, pixelHeight, image.Components);
        if (jpeg.Length >= image.Data.Length) return null;
        return Copy(image, ImageEncoding.Jpeg, pixelWidth, pixelHeight, image.Components, jpeg, null, image.IccProfile, false);
    }

    public ImageData? ToRgb(ImageData cmykJpeg)
    {
        if (cmykJpeg.Encoding != ImageEncoding.Jpeg || cmykJpeg.Components != 4) return null;
        var rgb = DecodeJpeg(cmykJpeg.Data.Span, 3);
        if (rgb is null) return null;
        var jpeg = EncodeJpeg(rgb, cmykJpeg.PixelWidth, cmykJpeg.PixelHeight, 3);
        return Copy(cmykJpeg, ImageEncoding.Jpeg, cmykJpeg.PixelWidth, cmykJpeg.PixelHeight, 3, jpeg, null, null, false);
    }

    static ImageData Copy(ImageData from, ImageEncoding encoding, int width, int height, int components,
        byte[] data, byte[]? alpha, ReadOnlyMemory<byte>? icc, bool inverted) => new()
    {
        Key = from.Key, Encoding = encoding, PixelWidth = width, PixelHeight = height, Components = components,
        Data = data, Alpha = Optional.Of(alpha),
        IccProfile = icc, InvertedCmyk = inverted, Orientation = from.Orientation,
    };

    /// <summary>The JPEG's pixels as stored (not turned upright), gray or RGB; null if it cannot be decoded.</summary>
    static byte[]? DecodeJpeg(ReadOnlySpan<byte> file, int components)
    {
        try
        {
            if (components == 1)
            {
                using var gray = Image.Load<L8>(PictureLimits.Decoding, file);
                var g = new byte[(long)gray.Width * gray.Height];
                gray.CopyPixelDataTo(g);
                return g;
            }
            using var image = Image.Load<Rgb24>(PictureLimits.Decoding, file);
            var rgb = new byte[(long)image.Width * image.Height * 3];
            image.CopyPixelDataTo(rgb);
            return rgb;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return null; // the original passes through, as it would without a screen resolution
        }
    }

    static byte[] EncodeJpeg(byte[] samples, int width, int height, int components)
    {
        using var output = new MemoryStream();
        if (components == 1)
        {
            using var gray = Image.LoadPixelData<L8>(PictureLimits.Decoding, samples, width, height);
            gray.Save(output, new JpegEncoder { Quality = Quality, ColorType = JpegColorType.Luminance });
        }
        else
        {
            using var image = Image.LoadPixelData<Rgb24>(PictureLimits.Decoding, samples, width, height);
            image.Save(output, new JpegEncoder { Quality = Quality, ColorType = JpegColorType.YCbCrRatio420 });
        }
        return output.ToArray();
    }
}
