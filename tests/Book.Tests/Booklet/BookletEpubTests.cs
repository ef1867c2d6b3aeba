using System.Xml.Linq;
using Book.Tests.Epub;

namespace Book.Tests.Booklet;
/// <summary>The booklet's e-book, built by the same run as its PDF, validated by epubcheck.</summary>
public sealed class BookletEpubTests(BookletBuildFixture booklet) : IClassFixture<BookletBuildFixture>
{
    [Fact]
    [Trait("Category", "Slow")] // runs epubcheck
    public void Epubcheck_reports_no_errors_and_no_warnings()
    {
        Assert.True(File.Exists(booklet.Epub), booklet.Build.Stderr);
        var (exit, output) = EpubFixture.EpubCheck(File.ReadAllBytes(booklet.Epub));
        Assert.True(exit == 0, output);
        Assert.Contains("0 errors / 0 warnings", output);
    }

    [Fact]
    public void The_page_list_cites_the_printed_pages_of_the_chapters()
    {
        var docs = EpubFixture.Documents(File.ReadAllBytes(booklet.Epub));
        var nav = docs.Single(kv => kv.Key.EndsWith("nav.xhtml", StringComparison.Ordinal)).Value;
        var pageList = nav.Descendants(EpubFixture.X + "nav").Single(n => (string?)n.Attribute(EpubFixture.Ops + "type") == "page-list");
        var labels = pageList.Descendants(EpubFixture.X + "a").Select(a => a.Value).ToList();
        Assert.Contains("1", labels);   // chapter 1 opens on page 1
        Assert.True(labels.Count >= 10);
    }
}
