using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;
using Book.Tests.Images;

namespace Book.Tests.Figures;

/// <summary>
/// A <c>{.bleed}</c> figure runs the page's full width and 3 mm past both edges: the reading PDF shows it
/// edge to edge, and the print shop's edition keeps it in the bleed, outside the crop marks' trim line.
/// </summary>
public sealed class BleedFigureTests
{
    static bool Red(byte[,,] px, int row, int col) => px[row, col, 0] > 150 && px[row, col, 1] < 90 && px[row, col, 2] < 90;

    static byte[] RedPng()
    {
        using var image = new Image<Rgb24>(1200, 600, new Rgb24(200, 30, 30));
        using var ms = new MemoryStream();
        image.SaveAsPng(ms);
        return ms.ToArray();
    }

    [Fact]
    public void A_bleed_figure_runs_edge_to_edge_and_into_the_print_shops_bleed()
    {
        using var p = TempProject.Create("# One\n\nSome text before the picture.\n\n![A red field](red.png){#fig:red .bleed}\n\nSome text after.\n",
            "title: T\nslug: bleed\nchapters: [one.md]\n", prefix: "figures", slug: "bleed");
        p.WriteBytes("red.png", RedPng());
        var r = p.Build("pdf,print-trim");
        Assert.True(r.ExitCode == 0, r.Stderr);
        Assert.DoesNotContain("bleed", r.Stderr);
        int pages = PdfProbe.Pages(p.Pdf);
        int page = Enumerable.Range(1, pages).First(i => PdfProbe.PdfToText(p.Pdf, i, i).Contains("Figure 1.1", StringComparison.Ordinal));

        // Reading edition: some row is red from the first pixel column to the last.
        var reading = ImagePdfKit.Render(p.Pdf, page);
        int w = reading.GetLength(1), h = reading.GetLength(0);
        int row = Enumerable.Range(0, h).First(y => Red(reading, y, w / 2));
        Assert.True(Red(reading, row + 2, 0) && Red(reading, row + 2, w - 1), "the picture should reach both edges of the page");

        // Print shop's edition: red inside the bleed (1.5 mm beyond the trim), white beyond the bleed.
        var trimPdf = Path.Combine(p.Out, "bleed-print-trim.pdf");
        var trim = ImagePdfKit.Render(trimPdf, page);
        double margin = (trim.GetLength(1) - w) / 2.0; // trim edge to media edge, in pixels
        double mm = 50 / 25.4;
        int trow = Enumerable.Range(0, trim.GetLength(0)).First(y => Red(trim, y, trim.GetLength(1) / 2)) + 2;
        Assert.True(Red(trim, trow, (int)(margin - 1.5 * mm)), "the bleed left of the trim should carry the picture");
        Assert.True(Red(trim, trow, (int)(trim.GetLength(1) - margin + 1.5 * mm)), "the bleed right of the trim should carry the picture");
        Assert.False(Red(trim, trow, (int)(margin - 4.5 * mm)), "nothing is printed beyond the 3 mm bleed");
    }

    [Fact]
    public void A_bleed_figure_in_a_quotation_keeps_to_the_measure_and_says_so()
    {
        using var p = TempProject.Create("# One\n\n> ![A red field](red.png){#fig:red .bleed}\n",
            "title: T\nslug: bleed\nchapters: [one.md]\n", prefix: "figures", slug: "bleed");
        p.WriteBytes("red.png", RedPng());
        var r = p.Build("pdf");
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("only a figure in the text, not in a list, quotation or box, runs into the bleed", r.Stderr);
    }
}
