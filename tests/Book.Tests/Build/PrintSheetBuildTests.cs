using Book.Build;

namespace Book.Tests.Build;

/// <summary>The print edition's sheet as a user meets it: chosen from the page size, or from
/// book.yaml's <c>print: { sheet: … }</c>, measured in the written file with pdfinfo.</summary>
public sealed class PrintSheetBuildTests
{
    static (BuildResult Result, string Pdf) BuildPrint(string yaml)
    {
        var dir = BuildTestProject.Create("# One\n\nA line of text.\n", yaml);
        var result = Publication.Build(dir, new BuildOptions { Formats = "print", OutDir = Path.Combine(dir, "out") });
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Items));
        Publication.WriteAll(result);
        return (result, result.Outputs[0].Path);
    }

    static (double W, double H) SheetMm(string pdf)
    {
        var size = PdfProbe.PdfInfo(pdf)["Page size"]; // "1224 x 792 pts (tabloid)"
        var parts = size.Split(' ');
        double pt(string s) => double.Parse(s, System.Globalization.CultureInfo.InvariantCulture) * 25.4 / 72;
        return (Math.Round(pt(parts[0])), Math.Round(pt(parts[2])));
    }

    [Fact]
    public void A_letter_book_is_imposed_on_tabloid_at_full_size_and_the_summary_says_so()
    {
        var (result, pdf) = BuildPrint("page: { size: Letter }\n");
        Assert.Equal((432, 279), SheetMm(pdf)); // 17 × 11 in
        Assert.Contains("sides of Tabloid", result.Outputs[0].What);
        Assert.DoesNotContain(result.Diagnostics.Items, d => d.Message.Contains("scale", StringComparison.Ordinal) || d.Message.Contains('%'));
    }

    [Fact]
    public void An_a5_booklet_stays_on_a4()
    {
        var (result, pdf) = BuildPrint("");
        Assert.Equal((297, 210), SheetMm(pdf));
        Assert.Contains("sides of A4, print both sides flipping on the short edge", result.Outputs[0].What);
    }

    [Fact]
    public void A_configured_sheet_is_used_and_one_too_small_warns_with_the_scale()
    {
        var (big, bigPdf) = BuildPrint("print: { sheet: A3 }\n");
        Assert.Equal((420, 297), SheetMm(bigPdf));
        Assert.Contains("sides of A3", big.Outputs[0].What);

        var (small, smallPdf) = BuildPrint("page: { size: Letter }\nprint: { sheet: A4 }\n");
        Assert.Equal((297, 210), SheetMm(smallPdf));
        Assert.Contains(small.Diagnostics.Items, d => d.Severity == Book.Model.Severity.Warning && d.Message.Contains("69 %", StringComparison.Ordinal));
    }

    [Fact]
    public void An_unknown_sheet_is_an_error_at_its_place_and_nothing_is_written()
    {
        var dir = BuildTestProject.Create("# One\n\nText.\n", "print: { sheet: Foolscap }\n");
        var result = Publication.Build(dir, new BuildOptions { Formats = "print", OutDir = Path.Combine(dir, "out") });
        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics.Items, d => d.Severity == Book.Model.Severity.Error);
        Assert.Equal("unknown print sheet 'Foolscap'; use one of A5, A4, A3, B5, B4, Letter, Tabloid", error.Message);
        Assert.Equal((5, 17), (error.Span!.Line, error.Span.Column)); // line 5 of book.yaml, at the name
        Assert.Empty(result.Outputs);
    }
}
