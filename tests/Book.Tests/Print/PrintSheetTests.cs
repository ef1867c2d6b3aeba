using System.Globalization;
using Book.Fonts;
using Book.Pages;
using Book.Pdf.Print;

namespace Book.Tests.Print;

/// <summary>The booklet's sheet follows the page size, or is configured; pages are never scaled without a word.</summary>
public class PrintSheetTests
{
    const double Mm = 72.0 / 25.4;

    [Theory]
    [InlineData(419.53, 595.28, "A4")]     // A5 as the manifest reads it (sizes rounded to 0.01 pt)
    [InlineData(595.28, 841.89, "A3")]     // A4
    [InlineData(498.9, 708.66, "B4")]      // B5
    [InlineData(612, 792, "Tabloid")]      // Letter
    [InlineData(297.64, 419.53, "A5")]     // A6
    public void The_sheet_is_the_one_two_pages_fill(double w, double h, string sheet) =>
        Assert.Equal(sheet, PrintSheet.For(w, h).Name);

    [Fact]
    public void An_odd_page_size_gets_a_sheet_exactly_two_pages_wide()
    {
        var sheet = PrintSheet.For(400, 500);
        Assert.Equal(800, sheet.Width);
        Assert.Equal(500, sheet.Height);
        Assert.Equal(1, sheet.ScaleFor(400, 500));
    }

    [Fact]
    public void Sheets_are_found_by_name_ignoring_case()
    {
        Assert.Same(PrintSheet.A3, PrintSheet.Named("a3"));
        Assert.Same(PrintSheet.Tabloid, PrintSheet.Named("Ledger"));
        Assert.Equal(17 * 72, PrintSheet.Named("TABLOID")!.Width);
        Assert.Null(PrintSheet.Named("A17"));
    }

    [Fact]
    public void A5_pages_go_on_A4_sheets_and_Letter_pages_on_Tabloid_at_full_size()
    {
        foreach (var (w, h, sheetW, sheetH, name) in new[] { (419.53, 595.28, 841.89, 595.28, "A4"), (612.0, 792.0, 1224.0, 792.0, "Tabloid") })
        {
            var warnings = new List<string>();
            BookletImposition? imposed = null;
            string pdf = PrintTestKit.Save(PrintTestKit.Bytes(s => imposed = BookletWriter.Write(Tree(8, w, h), s, new PrintWriteOptions(Warning: warnings.Add))));
            try
            {
                Assert.Equal(name, imposed!.Sheet.Name);
                Assert.Equal(4, imposed.Sides);
                Assert.Equal(1, imposed.Scale, 3); // A5 is 0.01 pt taller than half of A4: as ever, a hair under 1
                Assert.Empty(warnings);
                Assert.All(PrintTestKit.PageSizes(pdf, 4), s => { Assert.Equal(sheetW, s.W, 0.01); Assert.Equal(sheetH, s.H, 0.01); });
                // A full-size page puts its folio as far from the fold as on the page itself.
                var px = PrintTestKit.Render(pdf, 1); // pages 8 (left) and 1 (right)
                var right = PrintTestKit.Ink(px, px.GetLength(1) / 2, 0, px.GetLength(1), px.GetLength(0));
                Assert.NotNull(right);
                Assert.InRange(right.Value.R, (int)(sheetW / 2 + w - 45), (int)(sheetW / 2 + w - 30));
                Assert.True(PdfProbe.QpdfCheck(pdf).ExitCode == 0);
            }
            finally { File.Delete(pdf); }
        }
    }

    [Fact]
    public void Pages_too_big_for_a_configured_sheet_are_scaled_with_a_warning()
    {
        var warnings = new List<string>();
        BookletImposition? imposed = null;
        string pdf = PrintTestKit.Save(PrintTestKit.Bytes(s =>
            imposed = BookletWriter.Write(Tree(4, 612, 792), s, new PrintWriteOptions(Sheet: PrintSheet.A4, Warning: warnings.Add))));
        try
        {
            Assert.Equal("A4", imposed!.Sheet.Name);
            Assert.Equal(148.5 * Mm / 612, imposed.Scale, 3); // the review's 69 %, now said out loud
            var warning = Assert.Single(warnings);
            Assert.Contains("69 %", warning);
            Assert.Contains("Tabloid", warning);
            Assert.All(PrintTestKit.PageSizes(pdf, 2), s => { Assert.Equal(841.89, s.W, 0.01); Assert.Equal(595.28, s.H, 0.01); });
        }
        finally { File.Delete(pdf); }
    }

    [Fact]
    public void A_larger_configured_sheet_takes_pages_at_full_size_without_a_warning()
    {
        var warnings = new List<string>();
        var imposed = BookletWriter.Write(Tree(4, 419.53, 595.28), Stream.Null, new PrintWriteOptions(Sheet: PrintSheet.A3, Warning: warnings.Add));
        Assert.Equal(1, imposed.Scale);
        Assert.Empty(warnings);
    }

    /// <summary>n pages of the given size, each with its folio near the outer foot.</summary>
    static PageTree Tree(int n, double w, double h)
    {
        var font = OpenTypeFont.LoadBundled(FontStyle.Regular);
        var tree = new PageTree { Info = new DocumentInfo("Sheets", null, null, "en", null, null, "book tests") };
        for (int i = 1; i <= n; i++)
        {
            var page = new Page(w, h, FolioStyle.Arabic, i);
            string folio = i.ToString(CultureInfo.InvariantCulture);
            page.Items.Add(SampleTrees.Run(font, 10, i % 2 == 1 ? w - 40 - 6 * folio.Length : 40, h - 30, folio));
            tree.Pages.Add(page);
        }
        return tree;
    }
}
