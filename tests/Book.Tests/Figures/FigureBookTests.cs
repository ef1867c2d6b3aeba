using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Book.Tests.Figures;

/// <summary>
/// One real book with pictures, built with the `book` command as a user would: a PNG figure referred to
/// by @fig:, an image in a line of text, a tall JPEG figure that cannot fit where it stands and floats to
/// the next page's top while the text after it fills the page, a full-page figure, and a list of figures.
/// Each check reads the output with the tools a reader's software uses (pdfimages, pdftotext, qpdf, epubcheck).
/// </summary>
public sealed class FigureBookTests
{
    // Digit-free text, so a folio is the only number on a body page.
    const string Para = "The town stood on the hill above the river, and its roofs could be seen from the plain for miles around. "
        + "The road wound up from the valley between walled gardens and the old mill, past the school and the square. ";

    static readonly string Chapter = $$"""
        # The Town {#sec:town}

        As @fig:town shows, the roofs were red. {{Para}}{{Para}}

        ![The town from the *south*](town.png){#fig:town width=80%}

        {{Para}}{{Para}}

        A small icon ![star](icon.png) sits in this line of text. {{Para}}

        {{Para}}{{Para}}

        Zqbefore the tower. {{Para}}

        ![A tall tower](tower.jpg){#fig:tower}

        Zqafter the tower. {{Para}}{{Para}}

        {{Para}}{{Para}}

        {{Para}}

        ![A whole-page view](town.png){#fig:full .fullpage}

        Zqclosing words. {{Para}}
        """;

    sealed record Built(string Pdf, string Epub, string Stderr, byte[] Tower, List<TestPictures.Row> Images, string[] PageText);

    static readonly Lazy<Built> Build = new(() =>
    {
        var p = TempProject.Create(Chapter, "title: Pictures\nslug: pictures\nchapters: [one.md]\nlist-of-figures: true\n# The pictures are checked as the files are: the reading edition keeps them.\nimages: { screen-ppi: original }\n", prefix: "figures", slug: "pictures");
        var tower = TestPictures.Jpeg(600, 1600);
        p.WriteBytes("town.png", TestPictures.Png(1200, 800)).WriteBytes("icon.png", TestPictures.Png(32, 32, 96)).WriteBytes("tower.jpg", tower);
        var r = p.Build("pdf,epub");
        Assert.True(r.ExitCode == 0, r.Stderr);
        int pages = PdfProbe.Pages(p.Pdf);
        var text = Enumerable.Range(1, pages).Select(i => PdfProbe.PdfToText(p.Pdf, i, i, layout: true)).ToArray();
        return new Built(p.Pdf, p.Epub, r.Stderr, tower, TestPictures.List(p.Pdf), text);
    });

    static string Page(int n) => Build.Value.PageText[n - 1];

    static int PageOf(string pattern) =>
        Array.FindIndex(Build.Value.PageText, t => Regex.IsMatch(t, pattern)) + 1;

    [Fact]
    public void The_figure_stands_on_the_page_its_caption_and_the_list_of_figures_name()
    {
        var town = Build.Value.Images.First(i => i.Width == 1200 && i.Height == 800);
        Assert.Matches(@"Figure 1\.1\s+The town from the south", Page(town.Page));
        // The list of figures gives the folio printed on that page.
        var entry = Regex.Match(string.Concat(Build.Value.PageText), @"Figure 1\.1\s+The town from the south[ .]*?(\d+)\s*\n");
        Assert.True(entry.Success, "no list entry for Figure 1.1");
        Assert.Matches(@"(?m)^\s*" + entry.Groups[1].Value + @"\s*$", Page(town.Page));
    }

    [Fact]
    public void Captions_are_numbered_with_the_chapter_and_a_reference_prints_the_number()
    {
        var all = string.Join("\n", Build.Value.PageText);
        Assert.Contains("As Figure 1.1 shows", all);
        Assert.Matches(@"Figure 1\.2\s+A tall tower", all);
        Assert.Matches(@"Figure 1\.3\s+A whole-page view", all);
        Assert.DoesNotContain("@fig", all);
    }

    [Fact]
    public void A_figure_that_does_not_fit_moves_to_the_next_page_and_the_text_after_it_fills_the_hole()
    {
        var tower = Build.Value.Images.Single(i => i.Width == 600 && i.Height == 1600);
        int before = PageOf("Zqbefore"), after = PageOf("Zqafter");
        Assert.True(tower.Page > before, $"the tower is on page {tower.Page}, the text before it on {before}");
        // The paragraph after the figure starts on the page the figure left: no hole before the figure.
        Assert.True(after < tower.Page, $"the text after the tower starts on page {after}, the tower is on {tower.Page}");
        // And that page is full: its last body line is as low as on any full page of text.
        var words = PdfProbe.Words(Build.Value.Pdf).Where(w => !Regex.IsMatch(w.Text, @"^[\divxlc]+$")).ToList();
        double fullBottom = words.Max(w => w.YMax);
        double bottom = words.Where(w => w.Page == tower.Page - 1).Max(w => w.YMax);
        Assert.True(bottom > fullBottom - 3 * 14, $"page {tower.Page - 1} ends at y={bottom:0}, a full page at {fullBottom:0}");
    }

    [Fact]
    public void A_full_page_figure_has_its_page_to_itself()
    {
        var town = Build.Value.Images.Where(i => i.Width == 1200).Select(i => i.Page).ToList();
        Assert.Equal(2, town.Count);
        var page = Page(town[1]);
        Assert.Matches(@"Figure 1\.3\s+A whole-page view", page);
        Assert.DoesNotContain("hill", page);
        // Drawn as large as the text block allows: wider than the 80% figure of the same file.
        Assert.True(town.Count == 2 && Build.Value.Images.Where(i => i.Width == 1200).Last().XPpi < Build.Value.Images.First(i => i.Width == 1200).XPpi);
    }

    [Fact]
    public void An_image_in_text_is_set_in_its_line_at_the_height_of_capitals()
    {
        var icon = Build.Value.Images.Single(i => i.Width == 32);
        Assert.Contains("A small icon", Page(icon.Page));
        Assert.Contains("sits in this line of text", Page(icon.Page));
        // 32 pixels over about 7 points (0.7 em of 10 pt type): over 300 pixels per inch.
        Assert.InRange(icon.XPpi, 250, 450);
    }

    [Fact]
    public void A_jpeg_is_written_through_unchanged()
    {
        var row = Build.Value.Images.Single(i => i.Width == 600);
        Assert.Equal("jpeg", row.Encoding);
        var prefix = Path.Combine(TestTemp.Root, "fig-jpeg-" + Guid.NewGuid().ToString("N"));
        var r = PdfProbe.Run("pdfimages", "-j", "-f", row.Page.ToString(), "-l", row.Page.ToString(), Build.Value.Pdf, prefix);
        Assert.True(r.ExitCode == 0, r.ToString());
        var extracted = File.ReadAllBytes(prefix + "-000.jpg");
        Assert.Equal(Build.Value.Tower, extracted);
    }

    [Fact]
    public void The_tagged_pdf_has_a_figure_element_with_alt_text_and_a_bounding_box_for_each_figure()
    {
        var qdf = PdfProbe.Run("qpdf", "--qdf", "--object-streams=disable", Build.Value.Pdf, "-").StdOut;
        Assert.Contains("/Alt (The town from the south)", qdf);
        Assert.Contains("/Alt (A tall tower)", qdf);
        Assert.Equal(3, Regex.Matches(qdf, @"/A <<\s*/BBox \[\s*[\d.]+\s+[\d.]+\s+[\d.]+\s+[\d.]+\s*\]\s*/O /Layout\s*>>").Count);
        Assert.Equal(3, Regex.Matches(qdf, @"/S /Figure").Count);
    }

    [Fact]
    public void The_pdf_passes_qpdf_check()
    {
        var r = PdfProbe.QpdfCheck(Build.Value.Pdf);
        Assert.True(r.ExitCode == 0, r.ToString());
    }

    [Fact]
    public void The_epub_has_figures_with_alt_text_and_captions_and_the_pictures_in_its_manifest()
    {
        var entries = Epub.EpubFixture.Entries(File.ReadAllBytes(Build.Value.Epub));
        var chapter = XDocument.Parse(System.Text.Encoding.UTF8.GetString(entries.Single(e => e.Key.EndsWith("-sec-town.xhtml")).Value));
        XNamespace x = "http://www.w3.org/1999/xhtml";
        var figure = chapter.Descendants(x + "figure").Single(f => (string?)f.Attribute("id") == "fig-town");
        var img = figure.Element(x + "img")!;
        Assert.Equal("The town from the south", (string?)img.Attribute("alt"));
        Assert.Equal("width:80%", (string?)img.Attribute("style"));
        Assert.Contains("Figure 1.1", figure.Element(x + "figcaption")!.Value);
        Assert.Single(chapter.Descendants(x + "img"), i => (string?)i.Attribute("class") == "inline" && (string?)i.Attribute("alt") == "star");
        var src = (string)img.Attribute("src")!;
        Assert.True(entries.ContainsKey("EPUB/" + src), src);
        var opf = System.Text.Encoding.UTF8.GetString(entries["EPUB/package.opf"]);
        Assert.Contains($"href=\"{src}\" media-type=\"image/png\"", opf);
        Assert.Matches("href=\"images/[0-9a-f]{16}\\.jpg\" media-type=\"image/jpeg\"", opf);
        // The same file placed twice is carried once.
        Assert.Equal(3, entries.Keys.Count(k => k.StartsWith("EPUB/images/", StringComparison.Ordinal)));
    }

    [Fact]
    public void The_epub_with_pictures_passes_epubcheck()
    {
        var (exit, output) = Epub.EpubFixture.EpubCheck(File.ReadAllBytes(Build.Value.Epub));
        Assert.True(exit == 0, output);
        Assert.DoesNotMatch(@"WARNING|ERROR", output);
    }

    [Fact]
    public void A_good_book_with_pictures_builds_without_warnings()
    {
        Assert.DoesNotContain("warning", Build.Value.Stderr);
    }
}
