using Book.Pages;
using Book.Pdf.Syntax;

namespace Book.Pdf.Export;

/// <summary>
/// Turns an <see cref="ImageData"/> into image XObjects: a JPEG passes through as DCTDecode
/// (Gray, RGB or CMYK; Adobe's inverted CMYK gets a /Decode array), samples are Flate-compressed;
/// an alpha channel becomes a DeviceGray /SMask; an embedded ICC profile becomes the image's
/// ICCBased colour space.
/// </summary>
internal static class ImageEmbedder
{
    public sealed record Prepared(ImageXObject Image, ImageXObject? Mask, ImageData Data);

    public static Prepared Prepare(ImageData data, bool compress)
    {
        return new Prepared(Image(data, compress), Mask(data, compress), data);
    }

    /// <returns>The image's reference; its mask, if any, is the next object (its profile, if new, the one before).</returns>
    public static PdfReference Write(ObjectWriter writer, Prepared prepared, ColorProfiles profiles)
    {
        if (prepared.Data.IccProfile is { } icc)
            prepared.Image["ColorSpace"] = profiles.ColorSpace(writer, icc, prepared.Data.Components);
        var imageRef = writer.Allocate();
        var maskRef = prepared.Mask is null ? null : writer.Allocate();
        if (maskRef is not null) prepared.Image.SMask(maskRef);
        writer.Write(imageRef, prepared.Image);
        if (maskRef is not null) writer.Write(maskRef, prepared.Mask!);
        return imageRef;
    }

    public static string DeviceSpace(int components) => components switch { 1 => "DeviceGray", 3 => "DeviceRGB", _ => "DeviceCMYK" };

    private static ImageXObject Image(ImageData data, bool compress)
    {
        bool jpeg = data.Encoding == ImageEncoding.Jpeg;
        var image = Encoded(data.Data.Span, jpeg ? "DCTDecode" : compress ? "FlateDecode" : null)
            .Width(data.PixelWidth).Height(data.PixelHeight)
            .ColorSpace(DeviceSpace(data.Components))
            .BitsPerComponent(8);
        // Adobe CMYK JPEGs store 255 − ink: read them back the other way round.
        if (jpeg && data.Components == 4 && data.InvertedCmyk) image.Decode(1, 0, 1, 0, 1, 0, 1, 0);
        return image;
    }

    private static ImageXObject? Mask(ImageData data, bool compress)
    {
        if (data.Alpha is not { } alpha) return null;
        return Encoded(alpha.Span, compress ? "FlateDecode" : null)
            .Width(data.PixelWidth).Height(data.PixelHeight)
            .ColorSpace("DeviceGray").BitsPerComponent(8);
    }

    /// <summary>The bytes as stored: a JPEG as it is, samples compressed unless asked not to.</summary>
    private static ImageXObject Encoded(ReadOnlySpan<byte> bytes, string? filter)
    {
        var image = new ImageXObject(filter == "FlateDecode" ? Flate.Compress(bytes) : bytes.ToArray());
        if (filter is not null) image.Filter(filter);
        return image;
    }

    /// <summary>A malformed image would make the whole file unreadable in some viewers: refuse it (when it is first named).</summary>
    public static void Check(ImageData data)
    {
        string what = $"image {data.Key}";
        if (data.PixelWidth <= 0 || data.PixelHeight <= 0) throw new ArgumentException($"{what} has no pixels ({data.PixelWidth} × {data.PixelHeight})");
        long pixels = (long)data.PixelWidth * data.PixelHeight;
        switch (data.Encoding)
        {
            case ImageEncoding.Jpeg:
                if (data.Components is not (1 or 3 or 4)) throw new ArgumentException($"{what}: a JPEG has 1, 3 or 4 components, not {data.Components}");
                var span = data.Data.Span;
                if (span.Length < 4 || span[0] != 0xFF || span[1] != 0xD8) throw new ArgumentException($"{what} is not a JPEG file (no SOI marker)");
                break;
            case ImageEncoding.Samples:
                if (data.Components is not (1 or 3)) throw new ArgumentException($"{what}: samples are gray (1) or RGB (3), not {data.Components} components");
                if (data.Data.Length != pixels * data.Components)
                    throw new ArgumentException($"{what} has {data.Data.Length} bytes of samples; {data.PixelWidth} × {data.PixelHeight} × {data.Components} needs {pixels * data.Components}");
                break;
            default: throw new ArgumentException($"{what} has an unknown encoding {data.Encoding}");
        }
        if (data.Alpha is { } alpha && alpha.Length != pixels)
            throw new ArgumentException($"{what} has {alpha.Length} alpha samples for {pixels} pixels");
        if (!Enum.IsDefined(data.Orientation)) throw new ArgumentException($"{what} has an unknown orientation {(int)data.Orientation}");
    }
}
