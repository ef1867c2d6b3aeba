using System.Text.RegularExpressions;
using Book.Synthetic;

namespace Book.Tests.Performance;

/// <summary>The benchmark's synthetic books: deterministic, with the promised mix per page, and buildable.</summary>
public sealed class SyntheticBookTests
{
    [Fact]
    public void The_same_size_gives_the_same_files()
    {
        string a = RepoPaths.TempDir("synthetic-a"), b = RepoPaths.TempDir("synthetic-b");
        SyntheticBook.Write(a, 40);
        SyntheticBook.Write(b, 40);
        var names = Directory.GetFiles(a).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(names, Directory.GetFiles(b).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList());
        foreach (var n in names) Assert.Equal(File.ReadAllBytes(Path.Combine(a, n!)), File.ReadAllBytes(Path.Combine(b, n!)));
    }

    [Fact]
    public void Each_page_has_three_notes_and_two_citations_and_every_tenth_a_table()
    {
        const int pages = 50;
        var dir = RepoPaths.TempDir("synthetic-mix");
        SyntheticBook.Write(dir, pages);
        var text = string.Concat(Directory.GetFiles(dir, "ch*.md").Order(StringComparer.Ordinal).Select(File.ReadAllText));
        Assert.Equal(3 * pages, Regex.Matches(text, @"^\[\^n\d+\]: ", RegexOptions.Multiline).Count);
        Assert.Equal(2 * pages, Regex.Matches(text, @"\[@src\d+").Count);
        Assert.Equal(pages / 10, Regex.Matches(text, @"^Table: ", RegexOptions.Multiline).Count);
        Assert.True(Regex.Matches(text, @"^## ", RegexOptions.Multiline).Count >= pages / 4);
    }

    [Fact]
    public void Builds_to_about_the_asked_number_of_pages()
    {
        const int pages = 40;
        var dir = RepoPaths.TempDir("synthetic-build");
        SyntheticBook.Write(Path.Combine(dir, "book"), pages);
        var r = CliRunner.Run("build", Path.Combine(dir, "book"), "-o", Path.Combine(dir, "out"));
        Assert.True(r.ExitCode == 0, r.Stderr);
        var built = int.Parse(Regex.Match(r.Stdout, @"\((\d+) pages\)").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        // Front matter, chapter openings on rectos, the bibliography and the index add a few.
        Assert.InRange(built, pages, pages * 1.5);
        var pdf = Path.Combine(dir, "out", $"synthetic-{pages}.pdf");
        Assert.True(PdfProbe.QpdfCheck(pdf).ExitCode == 0);
        Assert.Contains("Bibliography", PdfProbe.PdfToText(pdf));
    }
}
