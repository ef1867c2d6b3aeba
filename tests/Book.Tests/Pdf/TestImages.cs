using Book.Pages;

namespace Book.Tests.Pdf;

/// <summary>
/// Tiny pictures for the image tests. The JPEGs are 8 × 8 squares of one colour, made once with
/// ImageMagick 6.9 and kept here as base64 so the tests need no image tools:
/// <c>convert -size 8x8 xc:'#ff0000' -quality 90 -sampling-factor 1x1 -strip rgb.jpg</c>,
/// <c>convert -size 8x8 xc:'#808080' -colorspace Gray -quality 90 -strip gray.jpg</c>,
/// <c>convert -size 8x8 xc:'cmyk(0,255,255,0)' -quality 90 -strip cmyk.jpg</c> (an Adobe JPEG, so
/// its CMYK is stored inverted).
/// </summary>
public static class TestImages
{
    const string RedRgb = "/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAMCAgMCAgMDAwMEAwMEBQgFBQQEBQoHBwYIDAoMDAsKCwsNDhIQDQ4RDgsLEBYQERMUFRUVDA8XGBYUGBIUFRT/2wBDAQMEBAUEBQkFBQkUDQsNFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBT/wAARCAAIAAgDAREAAhEBAxEB/8QAFAABAAAAAAAAAAAAAAAAAAAACP/EABQQAQAAAAAAAAAAAAAAAAAAAAD/xAAVAQEBAAAAAAAAAAAAAAAAAAAHCf/EABQRAQAAAAAAAAAAAAAAAAAAAAD/2gAMAwEAAhEDEQA/ADoDFU3/2Q==";
    const string MidGray = "/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAMCAgMCAgMDAwMEAwMEBQgFBQQEBQoHBwYIDAoMDAsKCwsNDhIQDQ4RDgsLEBYQERMUFRUVDA8XGBYUGBIUFRT/wAALCAAIAAgBAREA/8QAFAABAAAAAAAAAAAAAAAAAAAAAP/EABQQAQAAAAAAAAAAAAAAAAAAAAD/2gAIAQEAAD8AP//Z";
    const string RedCmyk = "/9j/7gAOQWRvYmUAZAAAAAAC/9sAQwADAgIDAgIDAwMDBAMDBAUIBQUEBAUKBwcGCAwKDAwLCgsLDQ4SEA0OEQ4LCxAWEBETFBUVFQwPFxgWFBgSFBUU/9sAQwEDBAQFBAUJBQUJFA0LDRQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQU/8AAFAgACAAIBAERAAIRAQMRAQQRAP/EABUAAQEAAAAAAAAAAAAAAAAAAAgJ/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/EABUBAQEAAAAAAAAAAAAAAAAAAAcJ/8QAFBEBAAAAAAAAAAAAAAAAAAAAAP/aAA4EAQACEQMRBAAAPwBEHNKpVN//2Q==";

    public static ImageData RedJpeg() => Jpeg("red-rgb", RedRgb, 3);
    public static ImageData GrayJpeg() => Jpeg("gray", MidGray, 1);
    public static ImageData RedCmykJpeg() => Jpeg("red-cmyk", RedCmyk, 4, invertedCmyk: true);

    static ImageData Jpeg(string key, string base64, int components, bool invertedCmyk = false) => new()
    {
        Key = key,
        Encoding = ImageEncoding.Jpeg,
        PixelWidth = 8,
        PixelHeight = 8,
        Components = components,
        Data = Convert.FromBase64String(base64),
        InvertedCmyk = invertedCmyk,
    };

    /// <summary>A 16 × 16 RGB square of one colour; with <paramref name="leftHalfClear"/> its left half is fully transparent.</summary>
    public static ImageData Samples(string key, byte r, byte g, byte b, bool leftHalfClear = false)
    {
        const int size = 16;
        var rgb = new byte[size * size * 3];
        for (int i = 0; i < size * size; i++) { rgb[3 * i] = r; rgb[3 * i + 1] = g; rgb[3 * i + 2] = b; }
        byte[]? alpha = null;
        if (leftHalfClear)
        {
            alpha = new byte[size * size];
            for (int i = 0; i < alpha.Length; i++) alpha[i] = (byte)(i % size < size / 2 ? 0 : 255);
        }
        return new ImageData
        {
            Key = key,
            Encoding = ImageEncoding.Samples,
            PixelWidth = size,
            PixelHeight = size,
            Components = 3,
            Data = rgb,
            Alpha = alpha is null ? null : new ReadOnlyMemory<byte>(alpha), // a null byte[] would convert to an empty mask
        };
    }
}
