namespace Book.Tests.Booklet;

/// <summary>The bundled booklet, built as a user builds it, checked with poppler and qpdf.</summary>
public sealed class BookletPdfTests(BookletBuildFixture booklet) : IClassFixture<BookletBuildFixture>
{
    [Fact]
    public void Builds_without_errors()
    {
        Assert.True(booklet.Build.ExitCode == 0, booklet.Build.Stderr);
        Assert.True(File.Exists(booklet.Pdf));
    }

    [Fact]
    public void Passes_qpdf_check()
    {
        var r = PdfProbe.QpdfCheck(booklet.Pdf);
        Assert.True(r.ExitCode == 0, r.ToString());
    }

    [Fact]
    public void Every_font_is_embedded_subset_and_has_ToUnicode()
    {
        var fonts = PdfProbe.PdfFonts(booklet.Pdf);
        Assert.NotEmpty(fonts);
        Assert.All(fonts, f =>
        {
            Assert.True(f.Embedded, f.Name);
            Assert.True(f.Subset, f.Name);
            Assert.True(f.Unicode, f.Name);
        });
    }

    [Fact]
    public void Is_A5_with_the_books_title()
    {
        var info = PdfProbe.PdfInfo(booklet.Pdf);
        Assert.StartsWith("419.53 x 595.28 pts", info["Page size"]);
        Assert.Equal("Khojaly, 26 February 1992", info["Title"]);
    }

    [Fact]
    public void Prints_no_straight_quotes()
    {
        // The sources type ' and "; the reader sees apostrophes and quotes (82 straight ones before smart punctuation).
        var text = PdfProbe.PdfToText(booklet.Pdf);
        var straight = text.Split('\n').Where(l => l.Contains('\'') || l.Contains('"')).ToList();
        Assert.True(straight.Count == 0, "straight quotes on these lines:\n" + string.Join("\n", straight));
        Assert.Contains("Karabakh\u2019s", text);
    }

    [Theory]
    [InlineData("Bağırov")]
    [InlineData("Şücayet Hüseyinova")]
    [InlineData("Xocalı")]
    public void Azerbaijani_names_copy_back_as_typed(string name)
    {
        var text = PdfProbe.PdfToText(booklet.Pdf);
        Assert.Contains(name, Normalize(text));
    }

    [Fact]
    public void Every_chapter_title_is_in_the_text()
    {
        var text = Normalize(PdfProbe.PdfToText(booklet.Pdf));
        foreach (var title in new[] { "Khojaly before 1992", "The siege", "Remembrance", "Chronology", "Bibliography", "Index" })
            Assert.Contains(title, text);
    }

    /// <summary>Lines broken by the layout join back (a hyphen at a line end, or a plain line break).</summary>
    internal static string Normalize(string text) =>
        System.Text.RegularExpressions.Regex.Replace(text.Replace("\u2010\n", "").Replace("\u00AD\n", ""), @"\s+", " ");
}
