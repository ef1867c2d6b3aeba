using System.Text;
using System.Text.Json;
using Book.Pages;
using Book.Pdf;

namespace Book.Tests.Pdf;

/// <summary>Writer tests that need no fonts: graphics, links, destinations, outline, labels, metadata.</summary>
public class PdfWriterStructureTests
{
    private const double W = 419.53, H = 595.28;

    private static PageTree GraphicsTree()
    {
        var tree = new PageTree
        {
            Info = new DocumentInfo("Xocalı, 1992", "Editors", "Memory", "az-Latn", new DateTimeOffset(2024, 2, 26, 0, 0, 0, TimeSpan.Zero), "Khojaly; 1992", "book"),
        };
        var p1 = new Page(W, H, FolioStyle.Roman, 1);
        p1.Items.Add(new Anchor("title", 50));
        p1.Items.Add(new FilledRect(40, 40, 100, 20, 0.85));
        p1.Items.Add(new Rule(40, 100, 379.53, 100, 0.5));
        p1.Items.Add(new Rule(40, 110, 379.53, 110, 0.5, 0.4));
        p1.Items.Add(new LinkArea(40, 200, 80, 12, null, "chapter-1"));
        p1.Items.Add(new LinkArea(40, 220, 80, 12, "https://example.org/Xocalı massacre", null));
        p1.Items.Add(new LinkArea(40, 240, 80, 12, null, "nowhere"));
        var p2 = new Page(W, H, FolioStyle.Roman, 2);
        var p3 = new Page(W, H, FolioStyle.Arabic, 1);
        p3.Items.Add(new Anchor("chapter-1", 72));
        p3.Items.Add(new Anchor("b-section", 300));
        var p4 = new Page(W, H, FolioStyle.Arabic, 2);
        var p5 = new Page(W, H, FolioStyle.Arabic, 5); // a jump restarts the range
        tree.Pages.AddRange([p1, p2, p3, p4, p5]);
        tree.Outline.Add(new OutlineEntry("Title page", "title", []));
        tree.Outline.Add(new OutlineEntry("Chapter 1: Şuşa", "chapter-1",
            [new OutlineEntry("A section", "b-section", []), new OutlineEntry("Gone", "missing", [])]));
        return tree;
    }

    private static (byte[] Bytes, List<string> Warnings) Write(PageTree tree, bool compress = true)
    {
        var warnings = new List<string>();
        using var buffer = new MemoryStream();
        PdfWriter.Write(tree, buffer, new PdfWriteOptions(Compress: compress, Warning: warnings.Add));
        return (buffer.ToArray(), warnings);
    }

    [Fact]
    public void GraphicsOnlyFilePassesQpdfAndCarriesMetadata()
    {
        var (bytes, warnings) = Write(GraphicsTree());
        string path = PdfProbe.TempPath();
        try
        {
            File.WriteAllBytes(path, bytes);
            var check = PdfProbe.QpdfCheck(path);
            Assert.True(check.ExitCode == 0, check.ToString());

            var info = PdfProbe.PdfInfo(path);
            Assert.Equal("Xocalı, 1992", info["Title"]);
            Assert.Equal("Editors", info["Author"]);
            Assert.Equal("5", info["Pages"]);
            Assert.StartsWith("419.53 x 595.28 pts", info["Page size"]);
            Assert.Equal("book (Book.Pdf)", info["Producer"]);
            Assert.Contains("2024", info["CreationDate"]);

            Assert.Contains(warnings, w => w.Contains("'nowhere'", StringComparison.Ordinal));
            Assert.Contains(warnings, w => w.Contains("'missing'", StringComparison.Ordinal));
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void PageLabelsOutlineAndDestinationsResolveInQpdf()
    {
        var (bytes, _) = Write(GraphicsTree());
        string path = PdfProbe.TempPath();
        try
        {
            File.WriteAllBytes(path, bytes);
            var result = PdfProbe.Run("qpdf", "--json", "--json-key=pagelabels", "--json-key=outlines", path);
            Assert.True(result.ExitCode == 0, result.ToString());
            using var json = JsonDocument.Parse(result.StdOut);

            var labels = json.RootElement.GetProperty("pagelabels").EnumerateArray()
                .Select(l => (l.GetProperty("index").GetInt32(),
                              l.GetProperty("label").GetProperty("/S").GetString(),
                              l.GetProperty("label").GetProperty("/St").GetInt32()))
                .ToList();
            Assert.Equal([(0, "/r", 1), (2, "/D", 1), (4, "/D", 5)], labels);

            var outline = json.RootElement.GetProperty("outlines").EnumerateArray().ToList();
            Assert.Equal(2, outline.Count);
            Assert.Equal("Title page", outline[0].GetProperty("title").GetString());
            Assert.Equal(1, outline[0].GetProperty("destpageposfrom1").GetInt32());
            Assert.Equal("Chapter 1: Şuşa", outline[1].GetProperty("title").GetString());
            Assert.Equal(3, outline[1].GetProperty("destpageposfrom1").GetInt32());
            Assert.False(outline[1].GetProperty("open").GetBoolean());
            var kids = outline[1].GetProperty("kids").EnumerateArray().ToList();
            Assert.Equal(["A section", "Gone"], kids.Select(k => k.GetProperty("title").GetString()));
            Assert.Equal(3, kids[0].GetProperty("destpageposfrom1").GetInt32());
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void UncompressedStructureIsAsSpecified()
    {
        var (bytes, _) = Write(GraphicsTree(), compress: false);
        string pdf = Encoding.Latin1.GetString(bytes);

        // Y converted from top-down: rule at y=100 → 495.28; rect top 40, height 20 → bottom 535.28.
        Assert.Contains("0.85 g\n40 535.28 100 20 re\nf\n0.5 w\n40 495.28 m\n379.53 495.28 l\nS\n0.4 G\n", pdf);
        Assert.Contains("/MediaBox [0 0 419.53 595.28]", pdf);
        // Names sorted by bytes; /XYZ left top null.
        Assert.Matches(@"/Names \[\(b-section\) \[\d+ 0 R /XYZ 0 295.28 null\] \(chapter-1\) \[\d+ 0 R /XYZ 0 523.28 null\] \(title\) \[\d+ 0 R /XYZ 0 545.28 null\]\]", pdf);
        Assert.Contains("/Subtype /Link /Rect [40 383.28 120 395.28] /Border [0 0 0] /F 4 /Dest (chapter-1)", pdf);
        Assert.Contains("/URI (https://example.org/Xocal%C4%B1%20massacre)", pdf);
        Assert.DoesNotContain("nowhere", pdf);
        Assert.Contains("/PageMode /UseOutlines", pdf);
        Assert.Contains("/Lang (az-Latn)", pdf);
        Assert.Contains("/CreationDate (D:20240226000000+00'00')", pdf);
        // A page without text has no font resources.
        Assert.Contains("/Resources << >>", pdf);
    }

    [Fact]
    public void NoDateMeansNoDateEntries()
    {
        var tree = new PageTree { Info = new DocumentInfo("T", null, null, "en", null, null, "book") };
        tree.Pages.Add(new Page(W, H, FolioStyle.Arabic, 1));
        var (bytes, _) = Write(tree, compress: false);
        string pdf = Encoding.Latin1.GetString(bytes);
        Assert.DoesNotContain("Date", pdf);
        Assert.DoesNotContain("/Outlines", pdf);
        Assert.DoesNotContain("/Author", pdf);
    }

    [Fact]
    public void SameTreeSameBytesUnderAnyCulture()
    {
        var first = Write(GraphicsTree()).Bytes;
        var saved = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("tr-TR");
            Assert.Equal(first, Write(GraphicsTree()).Bytes);
        }
        finally { System.Globalization.CultureInfo.CurrentCulture = saved; }
    }
}
