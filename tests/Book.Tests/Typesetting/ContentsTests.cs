using System.Text.RegularExpressions;

namespace Book.Tests.Typesetting;

/// <summary>The contents' page numbers are the pages where the chapters begin.</summary>
public sealed class ContentsTests(Booklet.BookletBuildFixture booklet) : IClassFixture<Booklet.BookletBuildFixture>
{
    [Fact]
    public void Contents_page_numbers_are_the_pages_of_the_chapter_titles()
    {
        Assert.Equal(0, booklet.Build.ExitCode);
        var pages = PdfProbe.PdfToText(booklet.Pdf, layout: true).Split('\f');
        var contents = pages.First(p => p.Contains("Contents") && p.Contains(". . ."));
        var entries = Regex.Matches(contents, @"^\s*(?:\d+\s+|Appendix [A-Z]\s+)?(?<title>[A-Z][^.\n]*?)\s*(?:\. )+\s*(?<page>\d+)\s*$", RegexOptions.Multiline);
        Assert.True(entries.Count >= 10, contents);
        // Arabic folio N is the physical page where the arabic numbering reaches N: find it from the folios printed at the foot.
        foreach (Match e in entries)
        {
            var title = e.Groups["title"].Value.Trim();
            int folio = int.Parse(e.Groups["page"].Value);
            int physical = Array.FindIndex(pages, p => Regex.IsMatch(p, @"\n\s*" + folio + @"\s*\n?\s*$") && p.Contains(title[..Math.Min(title.Length, 18)]));
            Assert.True(physical >= 0, $"'{title}' is not on the page numbered {folio}");
        }
    }
}
