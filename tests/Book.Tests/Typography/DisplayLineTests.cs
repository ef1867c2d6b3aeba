using System.Globalization;
using System.Xml.Linq;
using Book.Tests.Typesetting;

namespace Book.Tests.Typography;

/// <summary>Display lines (a chapter title, the dedication) are balanced: no lone last word, lines of like length.</summary>
public sealed class DisplayLineTests
{
    static readonly XNamespace X = "http://www.w3.org/1999/xhtml";

    /// <summary>The lines of the page that opens chapter 1, with their widths, from pdftotext -bbox-layout.</summary>
    static List<(string Text, double Width)> OpeningLines(string pdf)
    {
        var r = PdfProbe.Run("pdftotext", "-bbox-layout", pdf, "-");
        Assert.Equal(0, r.ExitCode);
        var page = XDocument.Parse(r.StdOut).Descendants(X + "page")
            .First(p => p.Descendants(X + "line").Any(l => string.Join(" ", l.Elements(X + "word").Select(w => w.Value)) == "Chapter 1"));
        return page.Descendants(X + "line").Select(l => (
            string.Join(" ", l.Elements(X + "word").Select(w => w.Value)),
            double.Parse(l.Attribute("xMax")!.Value, CultureInfo.InvariantCulture) - double.Parse(l.Attribute("xMin")!.Value, CultureInfo.InvariantCulture))).ToList();
    }

    [Fact]
    public void A_long_chapter_title_breaks_into_balanced_lines_with_no_lone_year()
    {
        var md = "# The siege of the town, October 1991 – February 1992 {#sec:siege}\n\nText of the chapter.\n";
        var pdf = TestProjects.Build(TestProjects.Write("Title Test", ("one.md", md)), "title-test");
        var lines = OpeningLines(pdf);
        var title = lines.Where(l => l.Text.Contains("siege") || l.Text.Contains("1992") || l.Text.Contains("October")).ToList();
        Assert.True(title.Count == 2, "title lines: " + string.Join(" | ", title.Select(t => t.Text)));
        Assert.All(title, t => Assert.Contains(' ', t.Text)); // no line of one word
        Assert.DoesNotContain(title, t => t.Text.EndsWith("October", StringComparison.Ordinal)); // a month keeps its year
        double ratio = title.Min(t => t.Width) / title.Max(t => t.Width);
        Assert.True(ratio > 0.6, $"unbalanced title lines ({ratio:0.00}): " + string.Join(" | ", title.Select(t => $"{t.Text} ({t.Width:0})")));
    }
}
