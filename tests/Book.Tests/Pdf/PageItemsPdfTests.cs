using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Book.Fonts;
using Book.Pages;
using Book.Pdf;
using Book.Pdf.Export;
using Book.Pdf.Print;
using Book.Tests.Print;

namespace Book.Tests.Pdf;

/// <summary>
/// The page items beyond text and rules (images, groups, per-glyph offsets) written by hand-built
/// trees, judged by qpdf, pdfimages, pdftotext and rendered pixels.
/// </summary>
public class PageItemsPdfTests
{
    const double W = 419.53, H = 595.28;

    static PageTree Tree(params Page[] pages)
    {
        var tree = new PageTree { Info = new DocumentInfo("Page items", null, null, "en", null, null, "book tests") };
        tree.Pages.AddRange(pages);
        return tree;
    }

    static Page NewPage(int number, params PageItem[] items)
    {
        var page = new Page(W, H, FolioStyle.Arabic, number);
        page.Items.AddRange(items);
        return page;
    }

    static string Write(PageTree tree, PdfWriteOptions? options = null) =>
        PrintTestKit.Save(PrintTestKit.Bytes(s => PdfWriter.Write(tree, s, options)));

    static void AssertValid(string pdf)
    {
        var check = PdfProbe.QpdfCheck(pdf);
        Assert.True(check.ExitCode == 0, check.ToString());
    }

    /// <summary>Rows of `pdfimages -list`: page, type, width, height, color, enc, object number.</summary>
    static List<(int Page, string Type, int W, int H, string Color, string Enc, int Object)> Images(string pdf)
    {
        var r = PdfProbe.Run("pdfimages", "-list", pdf);
        Assert.True(r.ExitCode == 0, r.ToString());
        var rows = new List<(int, string, int, int, string, string, int)>();
        foreach (var line in r.StdOut.Split('\n').Skip(2))
        {
            var c = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (c.Length < 11) continue;
            int I(int k) => int.Parse(c[k], CultureInfo.InvariantCulture);
            rows.Add((I(0), c[2], I(3), I(4), c[5], c[8], I(10)));
        }
        return rows;
    }

    /// <summary>Renders one page at 50 dpi as RGB: [row, column, channel].</summary>
    static byte[,,] RenderRgb(string pdf, int page)
    {
        string prefix = Path.Combine(Path.GetTempPath(), "book-items-" + Guid.NewGuid().ToString("N"));
        string p = page.ToString(CultureInfo.InvariantCulture);
        var r = PdfProbe.Run("pdftoppm", "-r", "50", "-singlefile", "-f", p, "-l", p, pdf, prefix);
        Assert.True(r.ExitCode == 0, r.ToString());
        var data = File.ReadAllBytes(prefix + ".ppm");
        File.Delete(prefix + ".ppm");
        // "P6\n<w> <h>\n255\n" then the samples.
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

    /// <summary>The colour at a point given in page-tree points (Y down), at 50 dpi.</summary>
    static (int R, int G, int B) At(byte[,,] px, double x, double y)
    {
        int col = (int)(x * 50 / 72), row = (int)(y * 50 / 72);
        return (px[row, col, 0], px[row, col, 1], px[row, col, 2]);
    }

    static bool IsRed((int R, int G, int B) c) => c.R > 200 && c.G < 80 && c.B < 80;
    static bool IsWhite((int R, int G, int B) c) => c.R > 240 && c.G > 240 && c.B > 240;

    [Fact]
    public void Each_image_is_written_once_however_often_it_is_placed()
    {
        var red = TestImages.RedJpeg();
        var tree = Tree(
            NewPage(1,
                new ImageItem(50, 50, 72, 72, red),
                new ImageItem(150, 50, 72, 72, TestImages.RedJpeg()), // same key, another instance: still one image
                new ImageItem(250, 50, 72, 72, TestImages.Samples("blue", 0, 0, 255, leftHalfClear: true))),
            NewPage(2,
                new ImageItem(50, 50, 36, 36, red),
                new ImageItem(150, 50, 72, 72, TestImages.GrayJpeg()),
                new ImageItem(250, 50, 72, 72, TestImages.RedCmykJpeg())));
        string pdf = Write(tree);
        try
        {
            AssertValid(pdf);
            var rows = Images(pdf);
            var placed = rows.Where(r => r.Type == "image").ToList();
            Assert.Equal(6, placed.Count);                                      // every placement is drawn…
            Assert.Equal(4, placed.Select(r => r.Object).Distinct().Count());   // …from four image objects
            Assert.Equal(3, placed.Count(r => r.Object == placed[0].Object));
            Assert.All(placed.Where(r => r.Object == placed[0].Object), r => Assert.Equal(("rgb", "jpeg", 8, 8), (r.Color, r.Enc, r.W, r.H)));
            var blue = placed.Single(r => r.W == 16);
            Assert.Equal(("rgb", "image"), (blue.Color, blue.Enc)); // samples, Flate-compressed
            var mask = Assert.Single(rows, r => r.Type == "smask");
            Assert.Equal((16, 16, "gray"), (mask.W, mask.H, mask.Color));
            Assert.Contains(placed, r => r.Page == 2 && r.Color == "gray" && r.Enc == "jpeg");
            Assert.Contains(placed, r => r.Page == 2 && r.Color == "cmyk" && r.Enc == "jpeg");

            var page1 = RenderRgb(pdf, 1);
            Assert.True(IsRed(At(page1, 86, 86)), $"red JPEG: {At(page1, 86, 86)}");
            Assert.True(IsRed(At(page1, 186, 86)), $"red JPEG again: {At(page1, 186, 86)}");
            Assert.True(IsWhite(At(page1, 260, 86)), $"transparent half: {At(page1, 260, 86)}");
            var opaque = At(page1, 310, 86);
            Assert.True(opaque.B > 200 && opaque.R < 60 && opaque.G < 60, $"opaque half: {opaque}");
            Assert.True(IsWhite(At(page1, 86, 140)), "nothing below the image");

            var page2 = RenderRgb(pdf, 2);
            Assert.True(IsRed(At(page2, 68, 68)), $"small red JPEG: {At(page2, 68, 68)}");
            Assert.True(IsWhite(At(page2, 100, 100)), "the small one is small");
            var gray = At(page2, 186, 86);
            Assert.InRange(gray.R, 100, 160);
            Assert.True(IsRed(At(page2, 286, 86)), $"inverted Adobe CMYK read back as red: {At(page2, 286, 86)}");
        }
        finally { File.Delete(pdf); }
    }

    [Fact]
    public void A_tagged_image_is_figure_content_and_an_untagged_one_an_artifact()
    {
        var root = new StructElement("Document");
        var figure = root.Add("Figure");
        figure.Alt = "A red square";
        var tree = Tree(NewPage(1,
            new ImageItem(50, 50, 72, 72, TestImages.RedJpeg()) { Tag = figure },
            new ImageItem(150, 50, 72, 72, TestImages.GrayJpeg())));
        tree.Structure = root;
        var bytes = PrintTestKit.Bytes(s => PdfWriter.Write(tree, s, new PdfWriteOptions(Compress: false)));
        string text = Encoding.Latin1.GetString(bytes);
        Assert.Matches(new Regex(@"/Figure <</MCID 0>> BDC\nq\n72 0 0 72 50 [\d.]+ cm\n/Im1 Do\nQ\nEMC\n/Artifact BMC\nq\n72 0 0 72 150 [\d.]+ cm\n/Im2 Do\nQ\nEMC"), text);
        Assert.Contains("/Alt (A red square)", text);
        string pdf = PrintTestKit.Save(bytes);
        try
        {
            AssertValid(pdf);
            Assert.Equal("yes", PdfProbe.PdfInfo(pdf)["Tagged"]);
        }
        finally { File.Delete(pdf); }
    }

    [Fact]
    public void A_group_moves_rotates_and_clips_its_items_and_leaves_the_state_as_it_found_it()
    {
        var font = OpenTypeFont.LoadBundled(FontStyle.Regular);
        var tree = Tree(NewPage(1,
            // A 100 pt square moved to (100, 100), clipped to its top-left quarter.
            new GroupItem(Transform.Translate(100, 100), [new FilledRect(0, 0, 100, 100, 0.5)], new ClipRect(0, 0, 50, 50)),
            // A bar 100 × 10 turned a quarter clockwise about its corner, then moved: it stands upright.
            new GroupItem(Transform.Rotate(90).Then(Transform.Translate(300, 100)), [new FilledRect(0, 0, 100, 10, 0)]),
            // After the groups' Q the fill is black again: a gray rect must set its gray anew.
            new FilledRect(100, 300, 50, 50, 0.5),
            // Text inside nested groups: its font is embedded and its text extracted.
            new GroupItem(Transform.Translate(50, 400), [new GroupItem(Transform.Scale(2, 2), [SampleTrees.Run(font, 10, 0, 0, "Grouped")])])));
        string pdf = Write(tree);
        try
        {
            AssertValid(pdf);
            var px = PrintTestKit.Render(pdf, 1); // 72 dpi gray: one pixel a point
            Assert.InRange(px[125, 125], 100, 160);   // inside the clip
            Assert.True(px[175, 175] > 240, "clipped away");
            Assert.True(px[125, 175] > 240, "clipped away");
            Assert.True(px[150, 295] < 40, "the rotated bar stands at x 290-300, y 100-200");
            Assert.True(px[105, 350] > 240, "not where the bar would lie unrotated");
            Assert.InRange(px[325, 125], 100, 160);    // gray, not the black left behind inside a group
            Assert.Contains("Grouped", PdfProbe.PdfToText(pdf));
            Assert.Single(PdfProbe.PdfFonts(pdf));
            var ink = PrintTestKit.Ink(px, 40, 350, 400, 420);
            Assert.NotNull(ink);
            Assert.InRange(ink.Value.B, 401, 408);     // baseline at 400 on the page, the p descending below it
            Assert.InRange(ink.Value.T, 370, 385);     // 20 pt tall text: scaled twice
        }
        finally { File.Delete(pdf); }
    }

    [Fact]
    public void Glyph_offsets_move_glyphs_and_the_text_still_copies()
    {
        var font = OpenTypeFont.LoadBundled(FontStyle.Regular);
        var plain = SampleTrees.Run(font, 20, 100, 100, "ll");
        var shifted = SampleTrees.Run(font, 20, 100, 200, "ll") with { Offsets = [new(0, 0), new(20, 0)] };
        var raised = SampleTrees.Run(font, 20, 100, 300, "ll") with { Offsets = [new(0, 0), new(0, 10)] };
        // A subscript moves down only (poppler reads a sideways nudge next to a baseline change as a space).
        var formula = SampleTrees.Run(font, 12, 100, 400, "H2O") with { Offsets = [new(0, 0), new(0, -3), new(0, 0)] };
        var tree = Tree(NewPage(1, plain, shifted, raised, formula, SampleTrees.Run(font, 12, 100, 450, "after")));
        var bytes = PrintTestKit.Bytes(s => PdfWriter.Write(tree, s, new PdfWriteOptions(Compress: false)));
        string content = Encoding.Latin1.GetString(bytes);
        Assert.Contains("\n10 Ts\n", content);
        Assert.Contains("\n-3 Ts\n", content);
        Assert.Equal(2, Regex.Matches(content, "\n0 Ts\n").Count); // back on the baseline after each raised run
        string pdf = PrintTestKit.Save(bytes);
        try
        {
            AssertValid(pdf);
            string text = PdfProbe.PdfToText(pdf);
            Assert.Contains("H2O", text);
            Assert.Contains("after", text);
            var px = PrintTestKit.Render(pdf, 1);
            var a = PrintTestKit.Ink(px, 90, 70, 300, 110)!.Value;
            var b = PrintTestKit.Ink(px, 90, 170, 300, 210)!.Value;
            var c = PrintTestKit.Ink(px, 90, 270, 300, 310)!.Value;
            Assert.Equal(a.L, b.L);
            Assert.InRange(b.R - a.R, 19, 21);   // the second glyph 20 pt further right
            Assert.InRange(c.T - (a.T + 200), -11, -9); // the second glyph 10 pt higher
            Assert.Equal(a.B + 200, c.B);              // the first still on the baseline
        }
        finally { File.Delete(pdf); }
    }

    [Fact]
    public void Links_and_anchors_inside_groups_land_where_the_group_puts_them()
    {
        var tree = Tree(NewPage(1,
            new GroupItem(Transform.Translate(100, 200), [new LinkArea(0, 0, 50, 10, null, "inside"), new Anchor("inside", 30)]),
            // Turned upright: the clickable area covers the whole turned rectangle.
            new GroupItem(Transform.Rotate(90).Then(Transform.Translate(300, 100)), [new LinkArea(0, 0, 100, 10, "https://example.org/", null)])));
        var warnings = new List<string>();
        var bytes = PrintTestKit.Bytes(s => PdfWriter.Write(tree, s, new PdfWriteOptions(Compress: false, Warning: warnings.Add)));
        string text = Encoding.Latin1.GetString(bytes);
        Assert.Empty(warnings); // the link found its anchor inside the group
        Assert.Contains("/Rect [100 385.28 150 395.28]", text);
        Assert.Contains("/Rect [290 395.28 300 495.28]", text);
        Assert.Contains("/XYZ 0 365.28 null]", text); // the anchor 30 pt into a group 200 pt down
        string pdf = PrintTestKit.Save(bytes);
        try { AssertValid(pdf); }
        finally { File.Delete(pdf); }
    }

    [Fact]
    public void Adjustments_follow_sideways_offsets()
    {
        var glyphs = new[] { new PlacedGlyph(1, 5, 0, 1), new PlacedGlyph(1, 5, 1, 1), new PlacedGlyph(1, 5, 2, 1) };
        var adjust = new double[3];
        // Widths as placed (500/1000 of 10 pt): only the offsets call for adjustments.
        TextAdjustments.Compute(glyphs, [new(1, 0), new(3, 0), new(1, 0)], _ => 500, 10, adjust);
        Assert.Equal([-200, 200, 0], adjust); // 2 pt right of the first glyph's offset, then back
    }

    [Fact]
    public void Print_editions_carry_images_in_their_page_forms()
    {
        var red = TestImages.RedJpeg();
        var tree = Tree(NewPage(1, new ImageItem(50, 50, 72, 72, red)), NewPage(2, new ImageItem(50, 50, 72, 72, red)),
            NewPage(3), NewPage(4, new GroupItem(Transform.Translate(10, 10), [new ImageItem(40, 40, 72, 72, red)])));
        string booklet = PrintTestKit.Save(PrintTestKit.Bytes(s => BookletWriter.Write(tree, s)));
        string trim = PrintTestKit.Save(PrintTestKit.Bytes(s => TrimWriter.Write(tree, s)));
        try
        {
            foreach (var pdf in new[] { booklet, trim })
            {
                AssertValid(pdf);
                var placed = Images(pdf).Where(r => r.Type == "image").ToList();
                Assert.Equal(3, placed.Count);
                Assert.Single(placed.Select(r => r.Object).Distinct());
            }
            // Side 1 holds pages 4 (left) and 1 (right): the red square sits 50 pt into page 1, right of the fold.
            var side = RenderRgb(booklet, 1);
            double fold = PrintSheet.A4.Width / 2;
            Assert.True(IsRed(At(side, fold + 86, 86 + (PrintSheet.A4.Height - H) / 2)), "page 1's image on the sheet");
            Assert.True(IsRed(At(side, fold - W + 86, 86)), "page 4's image, placed through a group");
        }
        finally { File.Delete(booklet); File.Delete(trim); }
    }

    [Fact]
    public void Images_and_groups_give_the_same_bytes_every_time()
    {
        PageTree Make() => Tree(
            NewPage(1, new ImageItem(50, 50, 72, 72, TestImages.Samples("s", 10, 200, 30, leftHalfClear: true)),
                new GroupItem(Transform.Rotate(30), [new ImageItem(0, 0, 20, 20, TestImages.RedJpeg())], new ClipRect(0, 0, 10, 10))),
            NewPage(2, new ImageItem(50, 50, 72, 72, TestImages.RedJpeg())));
        var a = PrintTestKit.Bytes(s => PdfWriter.Write(Make(), s));
        var b = PrintTestKit.Bytes(s => PdfWriter.Write(Make(), s));
        Assert.Equal(a, b);
    }

    [Fact]
    public void Malformed_samples_are_refused_with_the_image_named()
    {
        var bad = new ImageData { Key = "short", Encoding = ImageEncoding.Samples, PixelWidth = 4, PixelHeight = 4, Components = 3, Data = new byte[10] };
        var e = Assert.Throws<ArgumentException>(() => PdfWriter.Write(Tree(NewPage(1, new ImageItem(0, 0, 10, 10, bad))), Stream.Null));
        Assert.Contains("short", e.Message);
    }
}
