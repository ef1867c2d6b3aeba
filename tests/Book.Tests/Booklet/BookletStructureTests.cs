using System.Text.RegularExpressions;
using Book.Model;
using Book.Core.Pipeline;
using Book.Core.Sources;

namespace Book.Tests.Booklet;

/// <summary>The bundled booklet is complete: every chapter, every source, every data file, and a clean build.</summary>
public sealed class BookletStructureTests(BookletBuildFixture booklet) : IClassFixture<BookletBuildFixture>
{
    static BookDocument Load(out DiagnosticBag diags)
    {
        diags = new DiagnosticBag();
        var book = BookLoader.Load(RepoPaths.Chapters, diags);
        Assert.NotNull(book);
        return book!;
    }

    [Fact]
    public void Builds_with_no_warnings()
    {
        Assert.Equal(0, booklet.Build.ExitCode);
        Assert.DoesNotContain("warning:", booklet.Build.Stderr);
        Assert.DoesNotContain("error:", booklet.Build.Stderr);
    }

    [Fact]
    public void Every_chapter_of_book_yaml_is_in_the_pdf()
    {
        var book = Load(out _);
        var chapters = book.Divisions.Where(d => d.Kind == DivisionKind.Chapter).ToList();
        Assert.Equal(10, chapters.Count);
        var text = BookletPdfTests.Normalize(PdfProbe.PdfToText(booklet.Pdf));
        foreach (var c in chapters) Assert.Contains(BookletPdfTests.Normalize(c.TitleText), text); // titles keep no-break spaces
    }

    [Fact]
    public void Every_source_is_cited_and_in_the_bibliography()
    {
        var book = Load(out var diags);
        Assert.DoesNotContain(diags.Items, d => d.Message.Contains("never cited"));
        var bibliography = Assert.Single(book.Divisions, d => d.Id == "bibliography");
        Assert.Equal(5, bibliography.Blocks.OfType<BibliographyEntry>().Count());
    }

    [Fact]
    public void Every_data_file_is_used_by_a_table_or_chart()
    {
        var markdown = string.Join("\n", Directory.GetFiles(RepoPaths.Chapters, "*.md").Select(File.ReadAllText));
        foreach (var csv in Directory.GetFiles(Path.Combine(RepoPaths.Chapters, "data"), "*.csv"))
            Assert.Matches(new Regex("source=\"data/" + Regex.Escape(Path.GetFileName(csv)) + "\""), markdown);
    }

    [Fact]
    public void Has_the_appendices_the_editorial_guide_asks_for()
    {
        var book = Load(out _);
        foreach (var id in new[] { "chronology", "bibliography", "index" })
            Assert.NotEmpty(Assert.Single(book.Divisions, d => d.Id == id).Blocks);
        Assert.True(book.Divisions.Single(d => d.Id == "chronology").Blocks.OfType<ChronologyEntry>().Count() >= 30);
    }
}
