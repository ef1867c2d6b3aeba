using System.Security.Cryptography;
using Book.Pages;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace Book.Images;

/// <summary>
/// Reads a picture file's bytes into a <see cref="DecodedPicture"/>: JPEG is only looked at (its
/// bytes go into the PDF as they are), PNG is decoded to samples, SVG is parsed to a drawing.
/// </summary>
public static class PictureDecoder
{
    /// <exception cref="PictureFormatException">the bytes are not a picture this tool can use</exception>
    public static DecodedPicture Decode(ReadOnlyMemory<byte> bytes)
    {
        var span = bytes.Span;
        if (span.Length >= 3 && span[0] == 0xFF && span[1] == 0xD8 && span[2] == 0xFF) return Jpeg(bytes);
        // ImageSharp's refusal of a damaged file is the user's input, not a bug: it becomes the error at the reference.
        if (span.Length >= 8 && span[..8].SequenceEqual(PngSignature))
            try { return Png(bytes); }
            catch (ImageFormatException e) { throw new PictureFormatException("a damaged PNG file (" + e.Message.TrimEnd('.') + ")"); }
        if (Book.Images.Svg.SvgReader.Sniff(span)) return Vector(bytes);
        throw new PictureFormatException("not a PNG, JPEG or SVG file");
    }

    // Spelled as bytes: in a u8 string literal "\x89" is the character U+0089, two bytes in UTF-8.
    static ReadOnlySpan<byte> PngSignature => [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    static DecodedPicture Vector(ReadOnlyMemory<byte> bytes)
    {
        VectorDrawing drawing;
        IReadOnlyList<string> warnings;
        try { (drawing, warnings) = Book.Images.Svg.SvgReader.Read(bytes); }
        catch (Book.Images.Svg.SvgFormatException e) { throw new PictureFormatException(e.Message); }
        return new DecodedPicture
        {
            MediaType = "image/svg+xml",
            Content = new Picture { NaturalWidth = drawing.Width, NaturalHeight = drawing.Height, Vector = drawing },
            Warnings = warnings,
        };
    }

    /// <summary>The content key: equal files are embedded once.</summary>
    static string Key(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes))[..16];

    static DecodedPicture Jpeg(ReadOnlyMemory<byte> bytes)
    {
        var info = JpegHeader.Read(bytes.Span);
        var data = new ImageData
        {
            Key = Key(bytes.Span), Encoding = ImageEncoding.Jpeg,
            PixelWidth = info.Width, PixelHeight = info.Height, Components = info.Components,
            Data = bytes, InvertedCmyk = info.AdobeInverted,
        };
        return new DecodedPicture
        {
            MediaType = "image/jpeg",
            Content = new Picture
            {
                PixelWidth = info.Width, PixelHeight = info.Height, Raster = data,
                NaturalWidth = info.Width * 72.0 / info.PpiX, NaturalHeight = info.Height * 72.0 / info.PpiY,
            },
        };
    }

    static DecodedPicture Png(ReadOnlyMemory<byte> bytes)
    {
        using var image = Image.Load<Rgba32>(bytes.Span);
        int w = image.Width, h = image.Height;
        var rgb = new byte[w * h * 3];
        byte[]? alpha = null;
        image.ProcessPixelRows(rows =>
        {
            for (int y = 0; y < h; y++)
            {
                var row = rows.GetRowSpan(y);
                for (int x = 0; x < w; x++)
                {
                    var p = row[x];
                    int i = (y * w + x) * 3;
                    rgb[i] = p.R; rgb[i + 1] = p.G; rgb[i + 2] = p.B;
                    if (p.A != 255) alpha ??= new byte[w * h];
                }
            }
        });
        if (alpha is not null)
            image.ProcessPixelRows(rows =>
            {
                for (int y = 0; y < h; y++)
                {
                    var row = rows.GetRowSpan(y);
                    for (int x = 0; x < w; x++) alpha[y * w + x] = row[x].A;
                }
            });
        double ppiX = 96, ppiY = 96;
        var meta = image.Metadata;
        if (meta.HorizontalResolution > 1 && meta.VerticalResolution > 1)
        {
            double scale = meta.ResolutionUnits switch
            {
                SixLabors.ImageSharp.Metadata.PixelResolutionUnit.PixelsPerMeter => 0.0254,
                SixLabors.ImageSharp.Metadata.PixelResolutionUnit.PixelsPerCentimeter => 2.54,
                SixLabors.ImageSharp.Metadata.PixelResolutionUnit.PixelsPerInch => 1,
                _ => 0,
            };
            if (scale > 0) { ppiX = meta.HorizontalResolution * scale; ppiY = meta.VerticalResolution * scale; }
        }
        return new DecodedPicture
        {
            MediaType = "image/png",
            Content = new Picture
            {
                PixelWidth = w, PixelHeight = h,
                NaturalWidth = w * 72.0 / ppiX, NaturalHeight = h * 72.0 / ppiY,
                Raster = new ImageData
                {
                    Key = Key(bytes.Span), Encoding = ImageEncoding.Samples,
                    PixelWidth = w, PixelHeight = h, Components = 3, Data = rgb, Alpha = alpha is null ? (ReadOnlyMemory<byte>?)null : alpha, // a null array would convert to an empty, non-null memory
                },
            },
        };
    }
}
