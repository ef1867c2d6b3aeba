using System.Text;

namespace Book.Tests.Typesetting;

/// <summary>
/// Tables and charts float: one that does not fit in the rest of a page opens the next page,
/// and the text after it fills the page instead of leaving it half empty.
/// </summary>
public sealed class FloatTests
{
    static string Table(int rows)
    {
        var sb = new StringBuilder("| Village | Families |\n|---|--:|\n");
        for (int i = 0; i < rows; i++) sb.Append("| Village number ").Append(i + 1).Append(" | ").Append(100 + i * 7).Append(" |\n");
        return sb.Append("\nTable: Families by village {#tbl:families}\n").ToString();
    }

    static int PageOf(string pdf, int pages, string text) =>
        Enumerable.Range(1, pages).First(p => PdfProbe.PdfToText(pdf, p, p).Contains(text, StringComparison.Ordinal));

    [Fact]
    public void A_table_that_does_not_fit_opens_the_next_page_and_the_text_after_it_fills_this_one()
    {
        var md = "# Floats\n\n" + TestProjects.Prose(260, 1) + "\n\n" + Table(10) + "\n" +
                 "Afterwards the story goes on. " + TestProjects.Prose(60, 2) + "\n\n" + TestProjects.Prose(500, 3) + "\n";
        var pdf = TestProjects.Build(TestProjects.Write("Floats", ("ch.md", md)), "floats");
        int pages = int.Parse(PdfProbe.PdfInfo(pdf)["Pages"], System.Globalization.CultureInfo.InvariantCulture);

        int tablePage = PageOf(pdf, pages, "Families by village");
        int textPage = PageOf(pdf, pages, "Afterwards the story goes on.");
        // The paragraph after the table is set before it, on the page the table did not fit.
        Assert.Equal(tablePage - 1, textPage);
        // The table heads its page: the caption is the first thing under the running head.
        var lines = PdfProbe.PdfToText(pdf, tablePage, tablePage).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.StartsWith("Table 1.1", lines[1]);
        // Every row is on that one page: a table that floats is never broken.
        var rows = lines.Count(l => l.StartsWith("Village number", StringComparison.Ordinal));
        Assert.Equal(10, rows);
    }

    [Fact]
    public void The_paragraph_after_a_floated_table_reads_as_a_new_paragraph()
    {
        var md = "# Floats\n\n" + TestProjects.Prose(260, 1) + "\n\n" + Table(10) + "\n" +
                 "Afterwards the story goes on. " + TestProjects.Prose(60, 2) + "\n";
        var pdf = TestProjects.Build(TestProjects.Write("Floats", ("ch.md", md)), "floats");
        var text = PdfProbe.PdfToText(pdf, layout: true);
        // Indented like any paragraph that follows another, since the table no longer stands between them.
        var line = Assert.Single(text.Split('\n'), l => l.Contains("Afterwards the story", StringComparison.Ordinal));
        var body = text.Split('\n').Where(l => l.Trim().Length > 0 && char.IsLetter(l.TrimStart()[0])).ToList();
        int usual = body.Min(l => l.Length - l.TrimStart().Length);
        Assert.True(line.Length - line.TrimStart().Length > usual, line);
    }
}
