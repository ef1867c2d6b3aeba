using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Book.Pdf.Print;

namespace Book.Tests.Print;

/// <summary>The imposed booklet from small trees whose pages print only their folio.</summary>
public class BookletWriterTests
{
    static string Booklet(int pages, PrintWriteOptions? options = null) =>
        PrintTestKit.Save(PrintTestKit.Bytes(s => BookletWriter.Write(PrintTestKit.FolioTree(pages), s, options)));

    [Fact]
    public void Twelve_pages_make_six_A4_landscape_sides_in_saddle_stitch_order()
    {
        string pdf = Booklet(12);
        try
        {
            Assert.Equal("6", PdfProbe.PdfInfo(pdf)["Pages"]);
            Assert.All(PrintTestKit.PageSizes(pdf, 6), s => { Assert.Equal(841.89, s.W, 0.01); Assert.Equal(595.28, s.H, 0.01); });
            // Side 1: pages n and 1; side 2: pages 2 and n−1; … — read left to right.
            Assert.Equal(["12", "1"], PrintTestKit.Words(pdf, 1));
            Assert.Equal(["2", "11"], PrintTestKit.Words(pdf, 2));
            Assert.Equal(["10", "3"], PrintTestKit.Words(pdf, 3));
            Assert.Equal(["4", "9"], PrintTestKit.Words(pdf, 4));
            Assert.Equal(["8", "5"], PrintTestKit.Words(pdf, 5));
            Assert.Equal(["6", "7"], PrintTestKit.Words(pdf, 6));
            var check = PdfProbe.QpdfCheck(pdf);
            Assert.True(check.ExitCode == 0, check.ToString());
        }
        finally { File.Delete(pdf); }
    }

    [Fact]
    public void Ten_pages_are_padded_with_blanks_at_the_end()
    {
        string pdf = Booklet(10);
        try
        {
            Assert.Equal("6", PdfProbe.PdfInfo(pdf)["Pages"]); // ⌈10/4⌉ × 2
            Assert.Equal(["1"], PrintTestKit.Words(pdf, 1));   // page 12 is blank
            Assert.Equal(["2"], PrintTestKit.Words(pdf, 2));   // page 11 is blank
            Assert.Equal(["10", "3"], PrintTestKit.Words(pdf, 3));
        }
        finally { File.Delete(pdf); }
    }

    [Fact]
    public void Each_page_is_one_form_XObject_and_fonts_are_shared()
    {
        var bytes = PrintTestKit.Bytes(s => BookletWriter.Write(PrintTestKit.FolioTree(12), s, new PrintWriteOptions(Compress: false)));
        string text = Encoding.Latin1.GetString(bytes);
        Assert.Equal(12, Regex.Matches(text, "/Subtype /Form").Count);
        Assert.Single(Regex.Matches(text, "/Subtype /Type0"));
        string pdf = PrintTestKit.Save(bytes);
        try
        {
            var fonts = PdfProbe.PdfFonts(pdf);
            Assert.Single(fonts.Select(f => f.Name).Distinct());
            Assert.All(fonts, f => Assert.True(f.Embedded && f.Subset, f.Name));
        }
        finally { File.Delete(pdf); }
    }

    [Fact]
    public void Pages_meet_at_the_fold_upright()
    {
        string pdf = Booklet(4);
        try
        {
            var px = PrintTestKit.Render(pdf, 1); // pages 4 (left, verso) and 1 (right, recto)
            int spine = px.GetLength(1) / 2;
            var left = PrintTestKit.Ink(px, 0, 0, spine, px.GetLength(0));
            var right = PrintTestKit.Ink(px, spine, 0, px.GetLength(1), px.GetLength(0));
            Assert.NotNull(left); Assert.NotNull(right);
            // The verso's folio is at its outer (left) foot, the recto's at its outer (right) foot:
            // upright pages keep their feet at the bottom of the sheet and their outer edges away from the fold.
            Assert.True(left.Value.R < spine - 300, $"verso folio at {left}");
            Assert.True(right.Value.L > spine + 300, $"recto folio at {right}");
            Assert.True(left.Value.T > 540 && right.Value.T > 540, "folios at the foot");
        }
        finally { File.Delete(pdf); }
    }

    [Fact]
    public void Creep_moves_inner_sheets_toward_the_fold()
    {
        double creep = 2; // points per sheet: large enough to measure, unlike real paper
        var bytes = PrintTestKit.Bytes(s => BookletWriter.Write(PrintTestKit.FolioTree(12), s, new PrintWriteOptions(Compress: false, Creep: creep)));
        var xs = Regex.Matches(Encoding.Latin1.GetString(bytes), @"1 0 0 1 (-?[\d.]+) (-?[\d.]+) cm\n/P(\d+) Do")
            .ToDictionary(m => int.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture), m => double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture));
        double spine = PrintSheet.A4.Width / 2;
        // Sheet 0 (pages 12, 1, 2, 11) sits at the fold; sheet 2 (pages 8, 5, 6, 7) is two sheets in.
        Assert.Equal(spine, xs[1], 0.01);
        Assert.Equal(spine - PrintTestKit.A5W, xs[12], 0.01);
        Assert.Equal(spine - 2 * creep, xs[5], 0.01);
        Assert.Equal(spine - PrintTestKit.A5W + 2 * creep, xs[8], 0.01);
        Assert.Equal(spine - creep, xs[3], 0.01);
    }

    [Fact]
    public void Same_tree_same_bytes()
    {
        var a = PrintTestKit.Bytes(s => BookletWriter.Write(PrintTestKit.FolioTree(6), s));
        var b = PrintTestKit.Bytes(s => BookletWriter.Write(PrintTestKit.FolioTree(6), s));
        Assert.Equal(a, b);
    }
}
