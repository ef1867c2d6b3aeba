using System.Globalization;
using System.Text;
using Book.Pages;
using Book.Pdf;
using Book.Pdf.Print;
using Book.Tests.Print;

namespace Book.Tests.Images;

/// <summary>One row of `pdfimages -list`.</summary>
public sealed record ImageRow(int Page, string Type, int Width, int Height, string Color, int Comp, int Bpc, string Enc,
    bool Interp, int Object, int XPpi, int YPpi);

/// <summary>Hand-built page trees with pictures, written by the PDF writers and read back by poppler and qpdf.</summary>
public static class ImagePdfKit
{
    public const double W = 419.53, H = 595.28;

    public static PageTree Tree(params Page[] pages)
    {
        var tree = new PageTree { Info = new DocumentInfo("Pictures", null, null, "en", null, null, "book tests") };
        tree.Pages.AddRange(pages);
        return tree;
    }

    public static Page NewPage(int number, params PageItem[] items)
    {
        var page = new Page(W, H, FolioStyle.Arabic, number);
        page.Items.AddRange(items);
        return page;
    }

    public static string Reading(PageTree tree, PdfWriteOptions? options = null) =>
        PrintTestKit.Save(PrintTestKit.Bytes(s => PdfWriter.Write(tree, s, options)));

    public static string Trimmed(PageTree tree) =>
        PrintTestKit.Save(PrintTestKit.Bytes(s => TrimWriter.Write(tree, s)));

    public static void AssertValid(string pdf)
    {
        var check = PdfProbe.QpdfCheck(pdf);
        Assert.True(check.ExitCode == 0, check.ToString());
    }

    public static List<ImageRow> ListImages(string pdf)
    {
        var r = PdfProbe.Run("pdfimages", "-list", pdf);
        Assert.True(r.ExitCode == 0, r.ToString());
        var rows = new List<ImageRow>();
        foreach (var line in r.StdOut.Split('\n').Skip(2))
        {
            var c = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (c.Length < 14) continue;
            int I(int k) => int.Parse(c[k], CultureInfo.InvariantCulture);
            rows.Add(new ImageRow(I(0), c[2], I(3), I(4), c[5], I(6), I(7), c[8], c[9] == "yes", I(10), I(12), I(13)));
        }
        return rows;
    }

    /// <summary>The object's stream data as stored (filters not undone).</summary>
    public static byte[] RawStream(string pdf, int obj) =>
        PdfProbe.RunBytes("qpdf", $"--show-object={obj.ToString(CultureInfo.InvariantCulture)}", "--raw-stream-data", pdf);

    /// <summary>The object's dictionary as qpdf prints it.</summary>
    public static string Dictionary(string pdf, int obj)
    {
        var r = PdfProbe.Run("qpdf", $"--show-object={obj.ToString(CultureInfo.InvariantCulture)}", pdf);
        Assert.True(r.ExitCode == 0, r.ToString());
        return r.StdOut;
    }

    /// <summary>Renders one page as RGB at <paramref name="dpi"/>: [row, column, channel].</summary>
    public static byte[,,] Render(string pdf, int page, int dpi = 50)
    {
        string prefix = Path.Combine(Path.GetTempPath(), "book-pictures-" + Guid.NewGuid().ToString("N"));
        string p = page.ToString(CultureInfo.InvariantCulture);
        var r = PdfProbe.Run("pdftoppm", "-r", dpi.ToString(CultureInfo.InvariantCulture), "-singlefile", "-f", p, "-l", p, pdf, prefix);
        Assert.True(r.ExitCode == 0, r.ToString());
        var data = File.ReadAllBytes(prefix + ".ppm");
        File.Delete(prefix + ".ppm");
        var header = Encoding.ASCII.GetString(data, 0, 32).Split((char[]?)null, 5, StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("P6", header[0]);
        int w = int.Parse(header[1], CultureInfo.InvariantCulture), h = int.Parse(header[2], CultureInfo.InvariantCulture);
        int start = data.Length - w * h * 3;
        var px = new byte[h, w, 3];
        for (int y = 0; y < h; y++)
            for (int x = 0; x < w; x++)
                for (int k = 0; k < 3; k++) px[y, x, k] = data[start + (y * w + x) * 3 + k];
        return px;
    }

    /// <summary>The colour at a point given in page-tree points (Y down).</summary>
    public static (int R, int G, int B) At(byte[,,] px, double x, double y, int dpi = 50)
    {
        int col = (int)(x * dpi / 72), row = (int)(y * dpi / 72);
        return (px[row, col, 0], px[row, col, 1], px[row, col, 2]);
    }
}
