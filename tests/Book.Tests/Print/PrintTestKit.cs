using System.Globalization;
using System.Text;
using Book.Fonts;
using Book.Pages;

namespace Book.Tests.Print;

/// <summary>Small A5 trees whose pages print only their folio, and helpers to read rendered sheets.</summary>
public static class PrintTestKit
{
    public const double A5W = 419.53, A5H = 595.28;

    /// <summary>n pages, each with its number at the outer foot (right on rectos, left on versos).</summary>
    public static PageTree FolioTree(int n)
    {
        var font = OpenTypeFont.LoadBundled(FontStyle.Regular);
        var tree = new PageTree
        {
            Info = new DocumentInfo("Folios", "Test", null, "en", new DateTimeOffset(1992, 2, 26, 0, 0, 0, TimeSpan.Zero), null, "book tests"),
        };
        for (int i = 1; i <= n; i++)
        {
            var page = new Page(A5W, A5H, FolioStyle.Arabic, i);
            string folio = i.ToString(CultureInfo.InvariantCulture);
            double x = i % 2 == 1 ? A5W - 40 - 6 * folio.Length : 40;
            page.Items.Add(SampleTrees.Run(font, 10, x, A5H - 30, folio));
            tree.Pages.Add(page);
        }
        return tree;
    }

    public static byte[] Bytes(Action<Stream> write)
    {
        using var buffer = new MemoryStream();
        write(buffer);
        return buffer.ToArray();
    }

    public static string Save(byte[] bytes)
    {
        string path = PdfProbe.TempPath();
        File.WriteAllBytes(path, bytes);
        return path;
    }

    /// <summary>The whitespace-separated words pdftotext finds on one page.</summary>
    public static string[] Words(string pdf, int page) =>
        PdfProbe.PdfToText(pdf, page, page).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Per-page "W x H" from pdfinfo -f 1 -l n.</summary>
    public static IReadOnlyList<(double W, double H)> PageSizes(string pdf, int pages)
    {
        var r = PdfProbe.Run("pdfinfo", "-f", "1", "-l", pages.ToString(CultureInfo.InvariantCulture), pdf);
        var sizes = new List<(double, double)>();
        foreach (var line in r.StdOut.Split('\n'))
        {
            if (!line.StartsWith("Page ", StringComparison.Ordinal) || !line.Contains("size:", StringComparison.Ordinal)) continue;
            var parts = line[(line.IndexOf("size:", StringComparison.Ordinal) + 5)..].Trim().Split(' ');
            sizes.Add((double.Parse(parts[0], CultureInfo.InvariantCulture), double.Parse(parts[2], CultureInfo.InvariantCulture)));
        }
        return sizes;
    }

    /// <summary>A page's boxes from pdfinfo -box: name → (x0, y0, x1, y1).</summary>
    public static IReadOnlyDictionary<string, double[]> Boxes(string pdf, int page)
    {
        string p = page.ToString(CultureInfo.InvariantCulture);
        var r = PdfProbe.Run("pdfinfo", "-box", "-f", p, "-l", p, pdf);
        var boxes = new Dictionary<string, double[]>(StringComparer.Ordinal);
        foreach (var line in r.StdOut.Split('\n'))
        {
            int colon = line.IndexOf("Box:", StringComparison.Ordinal);
            if (!line.StartsWith("Page ", StringComparison.Ordinal) || colon < 0) continue;
            string name = line[..(colon + 3)].Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1];
            boxes[name] = line[(colon + 4)..].Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray();
        }
        return boxes;
    }

    /// <summary>Renders one page at 72 dpi (one pixel per point) as 8-bit gray: [row, column], 0 = black.</summary>
    public static byte[,] Render(string pdf, int page)
    {
        string prefix = TestTemp.File("", "book-print");
        string p = page.ToString(CultureInfo.InvariantCulture);
        var r = PdfProbe.Run("pdftoppm", "-r", "72", "-gray", "-singlefile", "-f", p, "-l", p, pdf, prefix);
        Assert.True(r.ExitCode == 0, r.ToString());
        string file = prefix + ".pgm";
        try { return ReadPgm(File.ReadAllBytes(file)); }
        finally { File.Delete(file); }
    }

    static byte[,] ReadPgm(byte[] data)
    {
        int pos = 0;
        string Token()
        {
            while (char.IsWhiteSpace((char)data[pos])) pos++;
            int start = pos;
            while (!char.IsWhiteSpace((char)data[pos])) pos++;
            return Encoding.ASCII.GetString(data, start, pos - start);
        }
        Assert.Equal("P5", Token());
        int w = int.Parse(Token(), CultureInfo.InvariantCulture), h = int.Parse(Token(), CultureInfo.InvariantCulture);
        Assert.Equal("255", Token());
        pos++; // the single whitespace after maxval
        var pixels = new byte[h, w];
        for (int y = 0; y < h; y++)
            for (int x = 0; x < w; x++)
                pixels[y, x] = data[pos + y * w + x];
        return pixels;
    }

    /// <summary>The bounding box (left, top, right, bottom; pixels) of ink darker than mid-gray inside a region, or null.</summary>
    public static (int L, int T, int R, int B)? Ink(byte[,] px, int x0, int y0, int x1, int y1)
    {
        int l = int.MaxValue, t = int.MaxValue, r = -1, b = -1;
        for (int y = Math.Max(0, y0); y < Math.Min(px.GetLength(0), y1); y++)
            for (int x = Math.Max(0, x0); x < Math.Min(px.GetLength(1), x1); x++)
                if (px[y, x] < 128)
                {
                    l = Math.Min(l, x); r = Math.Max(r, x); t = Math.Min(t, y); b = Math.Max(b, y);
                }
        return r < 0 ? null : (l, t, r, b);
    }
}
