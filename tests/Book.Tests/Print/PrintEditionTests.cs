using System.Globalization;
using System.Text.RegularExpressions;
using Book.Pdf.Export;
using Book.Pdf.Print;

namespace Book.Tests.Print;

/// <summary>The bundled booklet's print editions, checked with poppler and qpdf.</summary>
[Collection(PrintBuildCollection.Name)]
public sealed class PrintEditionTests(PrintBuildFixture build)
{
    [Fact]
    public void Build_writes_all_three_editions()
    {
        Assert.True(build.Build.ExitCode == 0, build.Build.Stderr);
        Assert.Contains("khojaly-1992-print.pdf", build.Build.Stdout);
        Assert.Contains("flipping on the short edge", build.Build.Stdout);
        Assert.True(File.Exists(build.Booklet) && File.Exists(build.Trimmed));
    }

    [Fact]
    public void Every_edition_passes_qpdf_check_and_embeds_every_font()
    {
        foreach (var pdf in new[] { build.Reading, build.Booklet, build.Trimmed })
        {
            var check = PdfProbe.QpdfCheck(pdf);
            Assert.True(check.ExitCode == 0, pdf + "\n" + check);
            var fonts = PdfProbe.PdfFonts(pdf);
            Assert.NotEmpty(fonts);
            Assert.All(fonts, f => Assert.True(f.Embedded && f.Subset && f.Unicode, pdf + ": " + f.Name));
            Assert.Equal("no", PdfProbe.PdfInfo(pdf)["Encrypted"]);
        }
    }

    [Fact]
    public void Booklet_has_two_A4_landscape_sides_per_four_pages()
    {
        int n = build.ReadingPages;
        Assert.True(n > 40);
        int sides = (n + 3) / 4 * 2;
        Assert.Equal(sides.ToString(CultureInfo.InvariantCulture), PdfProbe.PdfInfo(build.Booklet)["Pages"]);
        Assert.All(PrintTestKit.PageSizes(build.Booklet, sides), s => { Assert.Equal(841.89, s.W, 0.01); Assert.Equal(595.28, s.H, 0.01); });
    }

    [Fact]
    public void Sides_carry_the_pages_of_the_saddle_stitch_order()
    {
        int n = SaddleStitch.PaddedCount(build.ReadingPages);
        var sides = SaddleStitch.Sides(build.ReadingPages);
        // Side 1 carries pages n and 1, side 2 pages 2 and n−1, and every side what the reading edition has on those pages.
        Assert.Equal((n, 1), sides[0]);
        Assert.Equal((2, n - 1), sides[1]);
        for (int k = 0; k < sides.Count; k += 7)
        {
            var (left, right) = sides[k];
            var expected = Words(build.Reading, ReadingPage(left)).Concat(Words(build.Reading, ReadingPage(right))).Order(StringComparer.Ordinal);
            var actual = PrintTestKit.Words(build.Booklet, k + 1).Order(StringComparer.Ordinal);
            Assert.Equal(expected, actual);
        }
    }

    [Fact]
    public void Side_texts_show_the_folios_of_their_pages()
    {
        // Find a side whose two pages both print an arabic folio, and check pdftotext shows both
        // folios there: the last word of each page's text is its folio (at the foot).
        var labels = PageLabels(build.Reading);
        var sides = SaddleStitch.Sides(build.ReadingPages);
        int checkedSides = 0;
        for (int k = 0; k < sides.Count; k++)
        {
            var (l, r) = (ReadingPage(sides[k].Left), ReadingPage(sides[k].Right));
            if (l > labels.Count || r > labels.Count) continue;
            var lw = Words(build.Reading, l); var rw = Words(build.Reading, r);
            if (lw.Length == 0 || rw.Length == 0 || lw[^1] != labels[l - 1] || rw[^1] != labels[r - 1]) continue;
            var side = PrintTestKit.Words(build.Booklet, k + 1);
            Assert.Contains(labels[l - 1], side);
            Assert.Contains(labels[r - 1], side);
            checkedSides++;
        }
        Assert.True(checkedSides >= 10, $"only {checkedSides} sides had folios on both pages");
    }

    [Fact]
    public void An_imposed_sheet_has_upright_pages_with_mirrored_margins_across_the_spine()
    {
        // A side two sheets in, whose pages are both full text pages of the body.
        var sides = SaddleStitch.Sides(build.ReadingPages);
        // Pages whose ink spans the whole measure (justified text), so their margins can be measured from the ink.
        double measure = PrintTestKit.A5W - 32 * 72 / 25.4;
        bool Full(int page) => PrintTestKit.Ink(PrintTestKit.Render(build.Reading, page), 0, 0, 10000, 10000) is { } ink && ink.R - ink.L >= measure - 2;
        int k = Enumerable.Range(4, sides.Count - 4).First(i =>
            sides[i].Left <= build.ReadingPages && sides[i].Right <= build.ReadingPages
            && Words(build.Reading, sides[i].Left).Length > 250 && Words(build.Reading, sides[i].Right).Length > 250
            && Full(sides[i].Left) && Full(sides[i].Right));
        var (left, right) = sides[k];
        var sheet = PrintTestKit.Render(build.Booklet, k + 1);
        int h = sheet.GetLength(0), w = sheet.GetLength(1), spine = w / 2;
        int pageW = (int)Math.Round(PrintTestKit.A5W);
        var leftInk = PrintTestKit.Ink(sheet, 0, 0, spine, h)!.Value;
        var rightInk = PrintTestKit.Ink(sheet, spine, 0, w, h)!.Value;

        // Each half is exactly its reading-edition page, moved to its side of the fold — not rotated or flipped.
        var lp = PrintTestKit.Ink(PrintTestKit.Render(build.Reading, left), 0, 0, 10000, 10000)!.Value;
        var rp = PrintTestKit.Ink(PrintTestKit.Render(build.Reading, right), 0, 0, 10000, 10000)!.Value;
        Assert.InRange(leftInk.L - (spine - pageW + lp.L), -2, 2);
        Assert.InRange(leftInk.R - (spine - pageW + lp.R), -2, 2);
        Assert.InRange(leftInk.T - lp.T, -2, 2);
        Assert.InRange(leftInk.B - lp.B, -2, 2);
        Assert.InRange(rightInk.L - (spine + rp.L), -2, 2);
        Assert.InRange(rightInk.R - (spine + rp.R), -2, 2);
        Assert.InRange(rightInk.T - rp.T, -2, 2);

        // The wider inner margin (18 mm) lies at the fold on both pages, the narrower outer one (14 mm) at the sheet's edges.
        double mm = 72 / 25.4;
        int innerLeft = spine - leftInk.R, innerRight = rightInk.L - spine;
        int outerLeft = leftInk.L - (spine - pageW), outerRight = spine + pageW - rightInk.R;
        Assert.InRange(innerLeft, 18 * mm - 3, 18 * mm + 3);
        Assert.InRange(innerRight, 18 * mm - 3, 18 * mm + 3);
        Assert.InRange(outerLeft, 14 * mm - 3, 14 * mm + 3);
        Assert.InRange(outerRight, 14 * mm - 3, 14 * mm + 3);
    }

    [Fact]
    public void Trimmed_edition_has_bleed_and_trim_boxes_on_every_page()
    {
        var info = PdfProbe.PdfInfo(build.Trimmed);
        Assert.Equal(build.ReadingPages.ToString(CultureInfo.InvariantCulture), info["Pages"]);
        double bleed = 3 * 72 / 25.4;
        foreach (int page in new[] { 1, build.ReadingPages / 2, build.ReadingPages })
        {
            var boxes = PrintTestKit.Boxes(build.Trimmed, page);
            var trim = boxes["TrimBox"]; var bl = boxes["BleedBox"]; var media = boxes["MediaBox"];
            Assert.Equal(419.53, trim[2] - trim[0], 0.02);
            Assert.Equal(595.28, trim[3] - trim[1], 0.02);
            Assert.Equal(trim[0] - bleed, bl[0], 0.02);
            Assert.Equal(trim[3] + bleed, bl[3], 0.02);
            Assert.True(media[0] < bl[0] && media[2] > bl[2] && media[3] > bl[3]);
        }
        // Same text as the reading edition, page for page.
        Assert.Equal(Words(build.Reading, 9), PrintTestKit.Words(build.Trimmed, 9));
    }

    /// <summary>A page's words in the reading edition; the booklet's padding pages beyond it are blank.</summary>
    string[] Words(string pdf, int page) => page > build.ReadingPages ? [] : PrintTestKit.Words(pdf, page);

    /// <summary>
    /// The reading edition's page at a position of the booklet (1-based; past the book for a blank). The booklet
    /// has a self-cover: the blanks that make whole sheets go before its last two pages, the inside back cover
    /// and the back cover, so these stay the last two pages of the booklet.
    /// </summary>
    int ReadingPage(int position)
    {
        int n = build.ReadingPages, padded = SaddleStitch.PaddedCount(n);
        if (position <= n - 2) return position;
        if (position > padded - 2) return position - (padded - n);
        return int.MaxValue;   // a blank
    }

    /// <summary>The printed folio of each page, from the reading edition's /PageLabels (pdfinfo -l lists them).</summary>
    static List<string> PageLabels(string pdf)
    {
        // pdftotext cannot read labels; rebuild them the way the typesetter numbers: roman front matter, then arabic from 1.
        var r = PdfProbe.Run("qpdf", "--json", "--json-key=pagelabels", pdf);
        var labels = new List<string>();
        int pages = int.Parse(PdfProbe.PdfInfo(pdf)["Pages"], CultureInfo.InvariantCulture);
        var starts = Regex.Matches(r.StdOut, "\"index\": (\\d+),\\s*\"label\": \\{\\s*\"/S\": \"/(\\w)\",\\s*\"/St\": (\\d+)")
            .Select(m => (Index: int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), Style: m.Groups[2].Value,
                Start: int.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture))).ToList();
        // The covers are labelled by name alone (a /P prefix, no numbering style).
        starts.AddRange(Regex.Matches(r.StdOut, "\"index\": (\\d+),\\s*\"label\": \\{\\s*\"/P\": \"u:([^\"]*)\"")
            .Select(m => (Index: int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), Style: "P:" + m.Groups[2].Value, Start: 0)));
        starts.Sort((a, b) => a.Index.CompareTo(b.Index));
        Assert.NotEmpty(starts);
        for (int i = 0; i < pages; i++)
        {
            var range = starts.Last(s => s.Index <= i);
            int number = range.Start + i - range.Index;
            labels.Add(range.Style.StartsWith("P:", StringComparison.Ordinal) ? range.Style[2..]
                : range.Style == "D" ? number.ToString(CultureInfo.InvariantCulture) : Roman(number));
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
}
