using System.Globalization;
using System.IO.Compression;
using System.Text.Json;
using System.Xml.Linq;

namespace Book.Tests.Covers;

/// <summary>
/// book.yaml's <c>cover:</c> as a reader and a printer see it: the reading PDF opens with the front cover
/// and closes with the back, the booklet's outside sheet carries both, a separate cover is one spread
/// with its spine, bleed and marks, and the e-book has a cover image and a cover page.
/// </summary>
public sealed class CoverTests
{
    static TempProject Type => CoverProjects.Typographic.Value;
    static TempProject Pic => CoverProjects.Pictured.Value;

    static string Flat(string s) => string.Join(' ', s.Split((char[])[' ', '\n', '\r', '\f', '\t'], StringSplitOptions.RemoveEmptyEntries));

    [Fact]
    public void The_reading_pdf_opens_with_the_front_cover_and_closes_with_the_back()
    {
        int pages = PdfProbe.Pages(Type.Pdf);
        var first = Flat(PdfProbe.PdfToText(Type.Pdf, 1, 1));
        Assert.StartsWith(CoverProjects.Title, first);
        Assert.Contains("Notes from a valley", first);
        Assert.Contains("Edited by Ada Example", first);
        Assert.Contains("26 February 2026", first);
        Assert.Equal("", Flat(PdfProbe.PdfToText(Type.Pdf, 2, 2)));             // inside front cover
        Assert.Equal("", Flat(PdfProbe.PdfToText(Type.Pdf, pages - 1, pages - 1))); // inside back cover
        Assert.StartsWith(CoverProjects.BackText, Flat(PdfProbe.PdfToText(Type.Pdf, pages, pages)));
        Assert.Equal(0, pages % 2);
    }

    [Fact]
    public void Covers_are_labelled_by_name_and_the_half_title_is_still_page_i()
    {
        var labels = PageLabels(Type.Pdf);
        int pages = PdfProbe.Pages(Type.Pdf);
        Assert.Equal("Cover", labels[0]);
        Assert.Equal("Inside front cover", labels[1]);
        Assert.Equal("i", labels[2]);
        Assert.Equal("Inside back cover", labels[pages - 2]);
        Assert.Equal("Back cover", labels[pages - 1]);
        // Chapter 1 is still page 1.
        int chapter1 = Enumerable.Range(1, pages).First(i => PdfProbe.PdfToText(Type.Pdf, i, i).Contains("mill in chapter 1", StringComparison.Ordinal));
        Assert.Equal("1", labels[chapter1 - 1]);
    }

    [Fact]
    public void The_cover_text_is_real_tagged_text()
    {
        var r = PdfProbe.Run("pdfinfo", "-struct-text", "-f", "1", "-l", "1", Type.Pdf);
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("H1", r.StdOut);
        Assert.Contains(CoverProjects.Title, r.StdOut);
        Assert.Equal(0, PdfProbe.QpdfCheck(Type.Pdf).ExitCode);
    }

    [Fact]
    public void The_booklets_outside_sheet_carries_the_back_and_the_front_cover()
    {
        var print = Type.File("-print.pdf");
        int sides = PdfProbe.Pages(print);
        var outside = Flat(PdfProbe.PdfToText(print, 1, 1, layout: true));
        Assert.Contains(CoverProjects.BackText, outside);
        Assert.Contains(CoverProjects.Title, outside);
        // Left of the fold the back cover, right of it the front: the back text comes first in reading order.
        Assert.True(outside.IndexOf(CoverProjects.BackText, StringComparison.Ordinal) < outside.IndexOf(CoverProjects.Title, StringComparison.Ordinal), outside);
        Assert.Equal("", Flat(PdfProbe.PdfToText(print, 2, 2)));  // the insides of the covers are blank
        // The interior's padding lies inside the covers: the half-title is the first page after the inside cover.
        Assert.Contains(CoverProjects.Title, Flat(PdfProbe.PdfToText(print, 3, 3)));
        Assert.Equal(0, (2 * sides) % 4);
        Assert.Equal(0, PdfProbe.QpdfCheck(print).ExitCode);
    }

    [Fact]
    public void A_self_cover_stays_in_the_trimmed_edition()
    {
        var trim = Type.File("-print-trim.pdf");
        Assert.Equal(PdfProbe.Pages(Type.Pdf), PdfProbe.Pages(trim));
        Assert.StartsWith(CoverProjects.Title, Flat(PdfProbe.PdfToText(trim, 1, 1)));
        Assert.False(File.Exists(Type.File("-cover.pdf")));
    }

    [Fact]
    public void The_epub_has_a_cover_image_and_a_cover_page_first_in_the_spine()
    {
        using var zip = ZipFile.OpenRead(Type.Epub);
        var opf = XDocument.Load(zip.GetEntry("EPUB/package.opf")!.Open());
        XNamespace o = "http://www.idpf.org/2007/opf";
        var cover = opf.Descendants(o + "item").Single(i => (string?)i.Attribute("properties") == "cover-image");
        Assert.Equal("image/svg+xml", (string?)cover.Attribute("media-type"));
        var items = opf.Descendants(o + "item").ToDictionary(i => (string)i.Attribute("id")!, i => (string)i.Attribute("href")!);
        var firstRef = opf.Descendants(o + "itemref").First();
        Assert.Equal("cover.xhtml", items[(string)firstRef.Attribute("idref")!]);
        Assert.Null(firstRef.Attribute("linear"));
        var svg = new StreamReader(zip.GetEntry("EPUB/" + (string)cover.Attribute("href")!)!.Open()).ReadToEnd();
        Assert.Contains(">" + CoverProjects.Title + "<", svg);
        var page = XDocument.Load(zip.GetEntry("EPUB/cover.xhtml")!.Open());
        var img = page.Descendants().Single(e => e.Name.LocalName == "img");
        Assert.Equal("images/cover.svg", (string?)img.Attribute("src"));
        Assert.Contains(CoverProjects.Title, (string?)img.Attribute("alt"));
        var (exit, output) = Epub.EpubFixture.EpubCheck(File.ReadAllBytes(Type.Epub));
        Assert.True(exit == 0 && !output.Contains("WARNING", StringComparison.Ordinal), output);
    }

    [Fact]
    public void A_cover_picture_is_embedded_once_on_the_front_cover()
    {
        var r = PdfProbe.Run("pdfimages", "-list", Pic.Pdf);
        Assert.Equal(0, r.ExitCode);
        var rows = r.StdOut.Split('\n').Skip(2).Where(l => l.Trim().Length > 0).Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToList();
        var row = Assert.Single(rows);
        Assert.Equal("1", row[0]);                       // page
        Assert.Equal(["240", "330", "rgb"], row[3..6]);  // width, height, colour
        Assert.Equal("jpeg", row[8]);
        // The title is set over it as real text.
        Assert.StartsWith(CoverProjects.Title, Flat(PdfProbe.PdfToText(Pic.Pdf, 1, 1)));
    }

    [Fact]
    public void A_separate_cover_is_one_spread_of_back_spine_and_front_with_bleed()
    {
        var coverPdf = Pic.File("-cover.pdf");
        Assert.True(File.Exists(coverPdf));
        Assert.Equal(1, PdfProbe.Pages(coverPdf));
        var box = PdfProbe.PdfInfo(coverPdf, "-box");
        double[] Box(string name) => box[name].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray();
        var trim = Box("TrimBox");
        var bleed = Box("BleedBox");
        var media = Box("MediaBox");

        // The interior: every page but the four cover pages, an even count for a perfect-bound block.
        int interior = PdfProbe.Pages(Pic.File("-print-trim.pdf"));
        Assert.Equal(PdfProbe.Pages(Pic.Pdf) - 4, interior);
        double mm = 72 / 25.4, pageW = 419.53, pageH = 595.28;
        double spine = interior / 2.0 * 0.1 * mm;
        Assert.Equal(2 * pageW + spine, trim[2] - trim[0], 1);
        Assert.Equal(pageH, trim[3] - trim[1], 1);
        Assert.Equal(2 * pageW + spine + 2 * 3 * mm, bleed[2] - bleed[0], 1);
        Assert.Equal(pageH + 2 * 3 * mm, bleed[3] - bleed[1], 1);
        Assert.True(media[2] - media[0] > bleed[2] - bleed[0] + 10, "the media leaves room for crop marks outside the bleed");

        var text = Flat(PdfProbe.PdfToText(coverPdf, layout: true));
        Assert.True(text.IndexOf(CoverProjects.BackText, StringComparison.Ordinal) < text.IndexOf(CoverProjects.Title, StringComparison.Ordinal), text);
        Assert.Equal(0, PdfProbe.QpdfCheck(coverPdf).ExitCode);
        Assert.Single(PdfProbe.Run("pdfimages", "-list", coverPdf).StdOut.Split('\n').Skip(2).Where(l => l.Trim().Length > 0));
    }

    [Fact]
    public void The_separate_covers_crop_marks_are_drawn_outside_the_bleed()
    {
        var coverPdf = Pic.File("-cover.pdf");
        var box = PdfProbe.PdfInfo(coverPdf, "-box");
        var trim = box["TrimBox"].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray();
        var bleed = box["BleedBox"].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray();
        var media = box["MediaBox"].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray();
        // Rendered at 4 pixels a point: the top-left mark runs along the trim's top edge, left of the bleed.
        var (w, h, gray) = Render(coverPdf, 288);
        int Px(double pt) => (int)Math.Round(pt * 4);
        double topY = media[3] - trim[3];                // the trim's top edge, from the media's top
        int row = Px(topY);
        int darkest = 255;
        for (int x = Px(2); x < Px(bleed[0] - 1); x++)
            for (int y = row - 2; y <= row + 2; y++) darkest = Math.Min(darkest, gray[y * w + x]);
        Assert.True(darkest < 128, $"no crop mark left of the bleed at the trim's top edge (darkest {darkest})");
        // Inside the bleed, outside the trim, the cover's grey background runs on.
        Assert.True(gray[Px(topY - 4) * w + Px(trim[0] + 100)] < 128);
    }

    [Fact]
    public void With_a_separate_cover_the_booklet_and_trimmed_pages_leave_the_covers_out()
    {
        var trim = Pic.File("-print-trim.pdf");
        Assert.DoesNotContain(CoverProjects.BackText, Flat(PdfProbe.PdfToText(trim)));
        Assert.StartsWith(CoverProjects.Title, Flat(PdfProbe.PdfToText(trim, 1, 1)));  // the half-title
        var print = Pic.File("-print.pdf");
        Assert.DoesNotContain(CoverProjects.BackText, Flat(PdfProbe.PdfToText(print)));
        Assert.DoesNotContain("Notes from a valley Edited by", Flat(PdfProbe.PdfToText(print, 1, 1)));
    }

    [Fact]
    public void A_pictured_cover_epub_carries_the_picture_and_passes_epubcheck()
    {
        using (var zip = ZipFile.OpenRead(Pic.Epub))
        {
            Assert.NotNull(zip.GetEntry("EPUB/images/cover.svg"));
            Assert.NotNull(zip.GetEntry("EPUB/images/cover-picture.jpg"));
            var svg = new StreamReader(zip.GetEntry("EPUB/images/cover.svg")!.Open()).ReadToEnd();
            Assert.Contains("cover-picture.jpg", svg);
        }
        var (exit, output) = Epub.EpubFixture.EpubCheck(File.ReadAllBytes(Pic.Epub));
        Assert.True(exit == 0 && !output.Contains("WARNING", StringComparison.Ordinal), output);
    }

    [Fact]
    public void A_picture_alone_is_the_front_cover_and_the_epubs_cover_image()
    {
        using var p = TempProject.Create("# One\n\nText.\n", prefix: "covers-only");
        p.WriteBytes("front.jpg", CoverProjects.Jpeg(120, 170));
        p.Write("book.yaml", "title: Test Book\nslug: test-book\nchapters: [one.md]\ncover: { front: front.jpg }\n");
        var r = p.Build("pdf,epub");
        Assert.True(r.ExitCode == 0, r.Stdout + r.Stderr);
        Assert.Equal("", Flat(PdfProbe.PdfToText(p.Pdf, 1, 1)));   // no text over the picture
        Assert.Contains("jpeg", PdfProbe.Run("pdfimages", "-list", "-f", "1", "-l", "1", p.Pdf).StdOut);
        using var zip = ZipFile.OpenRead(p.Epub);
        var opf = zip.GetEntry("EPUB/package.opf")!.Open();
        var text = new StreamReader(opf).ReadToEnd();
        Assert.Contains("href=\"images/cover.jpg\" media-type=\"image/jpeg\" properties=\"cover-image\"", text);
        zip.Dispose();
        var (exit, output) = Epub.EpubFixture.EpubCheck(File.ReadAllBytes(p.Epub));
        Assert.True(exit == 0 && !output.Contains("WARNING", StringComparison.Ordinal), output);
    }

    /// <summary>Page labels as a viewer shows them, read from qpdf's JSON.</summary>
    static List<string> PageLabels(string pdf)
    {
        var r = PdfProbe.Run("qpdf", "--json", "--json-key=pagelabels", pdf);
        Assert.Equal(0, r.ExitCode);
        var ranges = JsonDocument.Parse(r.StdOut).RootElement.GetProperty("pagelabels").EnumerateArray()
            .Select(e => (Index: e.GetProperty("index").GetInt32(), Label: e.GetProperty("label"))).ToList();
        var labels = new List<string>();
        int pages = PdfProbe.Pages(pdf);
        for (int i = 0; i < pages; i++)
        {
            var (start, label) = ranges.Last(x => x.Index <= i);
            string prefix = label.TryGetProperty("/P", out var p) ? p.GetString()!.Replace("u:", "", StringComparison.Ordinal) : "";
            int st = label.TryGetProperty("/St", out var s) ? s.GetInt32() : 1;
            string style = label.TryGetProperty("/S", out var sv) ? sv.GetString()! : "";
            int n = st + i - start;
            labels.Add(prefix + style switch { "/r" => Roman(n), "/D" => n.ToString(CultureInfo.InvariantCulture), _ => "" });
        }
        return labels;
    }

    static string Roman(int n)
    {
        var sb = new System.Text.StringBuilder();
        foreach (var (v, s) in new[] { (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i") })
            while (n >= v) { sb.Append(s); n -= v; }
        return sb.ToString();
    }

    /// <summary>The page rendered in grey by pdftoppm: width, height and one byte a pixel (0 black).</summary>
    static (int W, int H, byte[] Gray) Render(string pdf, int dpi)
    {
        var bytes = PdfProbe.RunBytes("pdftoppm", "-gray", "-r", dpi.ToString(CultureInfo.InvariantCulture), "-f", "1", "-l", "1", pdf);
        // PGM: "P5\n<w> <h>\n255\n" then the samples.
        int pos = 0;
        string Token()
        {
            while (char.IsWhiteSpace((char)bytes[pos])) pos++;
            int start = pos;
            while (!char.IsWhiteSpace((char)bytes[pos])) pos++;
            return System.Text.Encoding.ASCII.GetString(bytes, start, pos - start);
        }
        Assert.Equal("P5", Token());
        int w = int.Parse(Token(), CultureInfo.InvariantCulture), h = int.Parse(Token(), CultureInfo.InvariantCulture);
        Token();
        pos++;
        return (w, h, bytes[pos..(pos + w * h)]);
    }
}
