using System.Text.RegularExpressions;

namespace Book.Tests.Typesetting;

/// <summary>book.yaml's list-of-tables / list-of-figures give front-matter lists with the real pages.</summary>
public sealed class ListOfTablesTests
{
    [Fact]
    public void The_list_of_tables_gives_each_tables_label_and_page()
    {
        var dir = TempProject.Empty("lot")
            .Write("book.yaml", "title: Lists\noutputs: [pdf]\nlist-of-tables: true\nlist-of-figures: true\nchapters: [one.md, two.md]\n")
            .Write("data/t.csv", "group,count\nA,1\nB,2\n")
            .Write("one.md", "# One\n\nText.\n\n::: {.table #tbl:first source=\"data/t.csv\" caption=\"First counts\"}\n:::\n")
            .Write("two.md", "# Two\n\n" + TestProjects.Prose(900, 7) + "\n\n::: {.chart type=\"bar\" #fig:bars source=\"data/t.csv\" caption=\"Some bars\" alt=\"Two bars, A 1 and B 2.\"}\n:::\n")
            .Dir;
        var pdf = TestProjects.Build(dir, "lists");
        var pages = PdfProbe.PdfToText(pdf, layout: true).Split('\f');
        var tables = pages.First(p => Regex.IsMatch(p, @"^\s*Tables\s*$", RegexOptions.Multiline));
        var figures = pages.First(p => Regex.IsMatch(p, @"^\s*Figures\s*$", RegexOptions.Multiline));
        var t = Regex.Match(tables, @"Table 1\.1\s+First counts[ .]*?(\d+)\s*$", RegexOptions.Multiline);
        var f = Regex.Match(figures, @"Figure 2\.1\s+Some bars[ .]*?(\d+)\s*$", RegexOptions.Multiline);
        Assert.True(t.Success, tables);
        Assert.True(f.Success, figures);
        // The arabic folio printed at the foot of the page that holds each caption.
        string FolioOf(string caption) => Regex.Match(pages.First(p => p.Contains(caption) && !p.Contains("Tables") && !p.Contains("Figures")), @"(\d+)\s*$").Groups[1].Value;
        Assert.Equal(FolioOf("Table 1.1"), t.Groups[1].Value);
        Assert.Equal(FolioOf("Figure 2.1"), f.Groups[1].Value);
    }
}
