using System.Security.Cryptography;
using Book.Pages;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Metadata;
using SixLabors.ImageSharp.PixelFormats;

namespace Book.Images;

/// <summary>
/// Reads a picture file's bytes into a <see cref="DecodedPicture"/>: JPEG is only looked at (its
/// bytes go into the PDF as they are), PNG is decoded to 8-bit samples (gray stays gray; 16-bit
/// samples are reduced to 8 bits), SVG is parsed to a drawing. Sizes are checked from the header
/// before anything is decoded; every failure is a <see cref="PictureFormatException"/>.
/// </summary>
public static class PictureDecoder
{
    // Bytes, not a "\x89PNG…"u8 literal: that would encode U+0089 as two UTF-8 bytes.
    static ReadOnlySpan<byte> PngSignature => [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    /// <exception cref="PictureFormatException">the bytes are not a picture this tool can use</exception>
    public static DecodedPicture Decode(ReadOnlyMemory<byte> bytes)
    {
        var span = bytes.Span;
        if (span.Length >= 3 && span[0] == 0xFF && span[1] == 0xD8 && span[2] == 0xFF) return Jpeg(bytes);
        if (span.Length >= 8 && span[..8].SequenceEqual(PngSignature)) return Png(bytes);
        if (Book.Images.Svg.SvgReader.Sniff(span)) return Vector(bytes);
        throw new PictureFormatException("not a PNG, JPEG or SVG file");
    }


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
        var warnings = new List<string>();
        var info = JpegHeader.Read(bytes.Span, warnings);
        if (info.Components == 4 && info.Icc is null)
            warnings.Add("a CMYK JPEG without an ICC profile: a PDF/A reading edition shows it converted to RGB by a plain formula " +
                         "(PDF/A allows no uncalibrated CMYK beside its sRGB output intent); the print editions keep its CMYK as it is");
        var data = new ImageData
        {
            Key = Key(bytes.Span), Encoding = ImageEncoding.Jpeg,
            PixelWidth = info.Width, PixelHeight = info.Height, Components = info.Components,
            Data = bytes, InvertedCmyk = info.AdobeInverted,
            IccProfile = Optional.Of(info.Icc),
            Orientation = (ImageOrientation)info.Orientation,
        };
        // Seen upright, a quarter-turned photograph is as wide as it is stored high.
        bool turned = data.Transposed;
        int w = turned ? info.Height : info.Width, h = turned ? info.Width : info.Height;
        double ppiX = turned ? info.PpiY : info.PpiX, ppiY = turned ? info.PpiX : info.PpiY;
        return new DecodedPicture
        {
            MediaType = "image/jpeg",
            Content = new Picture
            {
                PixelWidth = w, PixelHeight = h, Raster = data,
                NaturalWidth = w * 72.0 / ppiX, NaturalHeight = h * 72.0 / ppiY,
            },
            Warnings = warnings,
        };
    }

    static DecodedPicture Png(ReadOnlyMemory<byte> bytes)
    {
        var warnings = new List<string>();
        var header = PngHeader.Read(bytes.Span, warnings);
        try
        {
            // Only an alpha channel or a tRNS chunk can make a pixel less than opaque; without them the
            // samples are copied out whole, in the pixel format they are kept in.
            bool mayBeClear = header.ColorType is 4 or 6 || header.Transparency;
            var (samples, alpha, meta) = !mayBeClear ? DecodeOpaque(bytes.Span, header.Gray)
                : header.Gray ? DecodeGray(bytes.Span) : DecodeColour(bytes.Span);
            // gAMA without sRGB or iCCP: samples encoded for another gamma are brought to sRGB's
            // (about 2.2), as browsers do, so they do not print too dark or too light.
            if (!header.Srgb && header.Icc is null && header.Gamma is { } g && Math.Abs(g * 2.2 - 1) > 0.05)
                Regamma(samples, g);
            var (ppiX, ppiY) = Resolution(meta);
            int w = header.Width, h = header.Height;
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
                        PixelWidth = w, PixelHeight = h, Components = header.Gray ? 1 : 3,
                        Data = samples, Alpha = Optional.Of(alpha),
                        IccProfile = Optional.Of(header.Icc),
                    },
                },
                Warnings = warnings,
            };
        }
        catch (PictureFormatException) { throw; }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // ImageSharp's own (InvalidImageContentException, InvalidMemoryOperationException…) and
            // zlib's: the file is damaged; say what the decoder found, never let it escape.
            throw new PictureFormatException($"a PNG file that cannot be decoded ({e.Message.TrimEnd('.')})");
        }
    }

    /// <returns>One gray or three RGB samples a pixel.</returns>
    static (byte[] Samples, byte[]? Alpha, ImageMetadata Meta) DecodeOpaque(ReadOnlySpan<byte> file, bool gray)
    {
        if (gray)
        {
            using var g = Image.Load<L8>(PictureLimits.Decoding, file);
            var samples = new byte[(long)g.Width * g.Height];
            g.CopyPixelDataTo(samples);
            return (samples, null, g.Metadata);
        }
        using var image = Image.Load<Rgb24>(PictureLimits.Decoding, file);
        var rgb = new byte[(long)image.Width * image.Height * 3];
        image.CopyPixelDataTo(rgb);
        return (rgb, null, image.Metadata);
    }

    /// <returns>One gray sample a pixel, and one alpha sample a pixel if any pixel is not opaque.</returns>
    static (byte[] Samples, byte[]? Alpha, ImageMetadata Meta) DecodeGray(ReadOnlySpan<byte> file)
    {
        using var image = Image.Load<La16>(PictureLimits.Decoding, file);
        int w = image.Width, h = image.Height;
        var gray = new byte[(long)w * h];
        var alpha = new byte[(long)w * h];
        bool clear = false;
        image.ProcessPixelRows(rows =>
        {
            for (int y = 0; y < h; y++)
            {
                var row = rows.GetRowSpan(y);
                int o = y * w;
                for (int x = 0; x < row.Length; x++)
                {
                    gray[o + x] = row[x].L;
                    alpha[o + x] = row[x].A;
                    clear |= row[x].A != 255;
                }
            }
        });
        return (gray, clear ? alpha : null, image.Metadata);
    }

    /// <returns>Three RGB samples a pixel, and one alpha sample a pixel if any pixel is not opaque.</returns>
    static (byte[] Samples, byte[]? Alpha, ImageMetadata Meta) DecodeColour(ReadOnlySpan<byte> file)
    {
        using var image = Image.Load<Rgba32>(PictureLimits.Decoding, file);
        int w = image.Width, h = image.Height;
        var rgb = new byte[(long)w * h * 3];
        var alpha = new byte[(long)w * h];
        bool clear = false;
        image.ProcessPixelRows(rows =>
        {
            for (int y = 0; y < h; y++)
            {
                var row = rows.GetRowSpan(y);
                int o = y * w;
                for (int x = 0; x < row.Length; x++)
                {
                    var p = row[x];
                    int i = (o + x) * 3;
                    rgb[i] = p.R; rgb[i + 1] = p.G; rgb[i + 2] = p.B;
                    alpha[o + x] = p.A;
                    clear |= p.A != 255;
                }
            }
        });
        return (rgb, clear ? alpha : null, image.Metadata);
    }

    static void Regamma(byte[] samples, double fileGamma)
    {
        var table = new byte[256];
        double exponent = 1 / (fileGamma * 2.2);
        for (int v = 0; v < 256; v++) table[v] = (byte)Math.Round(255 * Math.Pow(v / 255.0, exponent));
        for (int i = 0; i < samples.Length; i++) samples[i] = table[samples[i]];
    }

    /// <summary>The resolution pHYs records, or 96 ppi (as browsers assume) when it records none.</summary>
    static (double X, double Y) Resolution(ImageMetadata meta)
    {
        if (meta.HorizontalResolution > 1 && meta.VerticalResolution > 1)
        {
            double scale = meta.ResolutionUnits switch
            {
                PixelResolutionUnit.PixelsPerMeter => 0.0254,
                PixelResolutionUnit.PixelsPerCentimeter => 2.54,
                PixelResolutionUnit.PixelsPerInch => 1,
                _ => 0,
            };
            if (scale > 0) return (meta.HorizontalResolution * scale, meta.VerticalResolution * scale);
        }
        return (96, 96);
    }
}
