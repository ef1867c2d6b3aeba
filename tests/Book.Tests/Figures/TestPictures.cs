using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.PixelFormats;

namespace Book.Tests.Figures;

/// <summary>Pictures made at run time with ImageSharp: a gradient with a checker, so a scaled or cropped one shows.</summary>
static class TestPictures
{
    public static byte[] Png(int width, int height, double ppi = 300) => Encode(width, height, ppi, new PngEncoder());

    public static byte[] Jpeg(int width, int height, double ppi = 300) => Encode(width, height, ppi, new JpegEncoder { Quality = 85 });

    static byte[] Encode(int width, int height, double ppi, SixLabors.ImageSharp.Formats.IImageEncoder encoder)
    {
        using var image = new Image<Rgb24>(width, height);
        image.ProcessPixelRows(rows =>
        {
            for (int y = 0; y < height; y++)
            {
                var row = rows.GetRowSpan(y);
                for (int x = 0; x < width; x++)
                    row[x] = new Rgb24((byte)(x * 255 / Math.Max(1, width - 1)), (byte)(y * 255 / Math.Max(1, height - 1)),
                        (byte)(((x / 40 + y / 40) & 1) == 0 ? 60 : 170));
            }
        });
        image.Metadata.ResolutionUnits = SixLabors.ImageSharp.Metadata.PixelResolutionUnit.PixelsPerInch;
        image.Metadata.HorizontalResolution = ppi;
        image.Metadata.VerticalResolution = ppi;
        var ms = new MemoryStream();
        image.Save(ms, encoder);
        return ms.ToArray();
    }

    /// <summary>One row of `pdfimages -list`.</summary>
    public sealed record Row(int Page, string Type, int Width, int Height, string Color, string Encoding, int XPpi);

    public static List<Row> List(string pdf)
    {
        var r = PdfProbe.Run("pdfimages", "-list", pdf);
        Assert.True(r.ExitCode == 0, r.ToString());
        return r.StdOut.Split('\n').Skip(2).Where(l => l.Trim().Length > 0).Select(l =>
        {
            var c = l.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            // page num type width height color comp bpc enc interp object ID x-ppi y-ppi size ratio
            return new Row(int.Parse(c[0]), c[2], int.Parse(c[3]), int.Parse(c[4]), c[5], c[8], int.Parse(c[12]));
        }).Where(row => row.Type == "image").ToList();
    }
}
