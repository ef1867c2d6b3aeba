using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

using Word = Book.Tests.PdfProbe.Word;

namespace Book.Tests.Tables;

using static ProjectKit;

/// <summary>Data tables and charts as a reader meets them: in the PDF, read back with poppler.</summary>
public sealed class TablePdfTests
{
    static Dictionary<string, string> Project(string chapter, params (string Path, string Text)[] more)
    {
        var files = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["book.yaml"] = BookYaml("one.md"),
            ["one.md"] = chapter,
        };
        foreach (var (p, t) in more) files[p] = t;
        return files;
    }

    [Fact]
    public void A_120_row_table_spans_pages_with_its_header_on_each_and_every_row_once()
    {
        var csv = new StringBuilder("item,count\n");
        for (int i = 1; i <= 120; i++) csv.Append(CultureInfo.InvariantCulture, $"R{i:000},{i * 37}\n");
        var b = BuildProject(Project("# Long {#sec:long}\n\nThe list is @tbl:long.\n\n" +
            "::: {.table source=\"data/long.csv\" #tbl:long caption=\"A long list\"}\n:::\n\nAfter the table.\n",
            ("data/long.csv", csv.ToString())));
        Assert.True(b.Ok, b.Stderr);

        var pages = b.PageTexts().ToList();
        var withRows = pages.Select((t, i) => (Text: t, Page: i + 1)).Where(p => Regex.IsMatch(p.Text, @"\bR\d{3}\b")).ToList();
        Assert.True(withRows.Count >= 3, $"the table should span at least three pages, it spans {withRows.Count}");
        for (int k = 0; k < withRows.Count; k++)
        {
            var (text, page) = withRows[k];
            Assert.Matches(@"\bItem\b", text);
            Assert.Matches(@"\bCount\b", text);
            Assert.Contains("Table 1.1", text);
            // The first page has the caption; the others say that the table continues.
            Assert.Equal(k > 0, text.Contains("(continued)", StringComparison.Ordinal));
        }
        var rows = Regex.Matches(string.Concat(pages), @"\bR(\d{3})\b").Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(Enumerable.Range(1, 120), rows);
        // Each row's figure is there, grouped in the English manner.
        var all = string.Concat(pages);
        Assert.Contains("4,440", all); // 120 × 37
        Assert.Contains("The list is Table 1.1.", all);
    }

    [Fact]
    public void Captions_and_cross_references_read_table_n_m_and_chart_labels_are_text()
    {
        var files = Project(
            "# First {#sec:first}\n\nA pipe table follows.\n\n| Place | People |\n|:--|--:|\n| Khojaly | 7000 |\n\nTable: Before {#tbl:before}\n",
            ("two.md", "# Second {#sec:second}\n\nSee @tbl:data and @fig:bars, and @tbl:before in the first chapter.\n\n" +
                "::: {.table source=\"data/data.csv\" #tbl:other caption=\"Other figures\"}\n:::\n\n" +
                "::: {.table source=\"data/data.csv\" #tbl:data caption=\"Second table\"}\n:::\n\n" +
                "::: {.chart type=\"bar\" source=\"data/data.csv\" #fig:bars caption=\"Bars\" alt=\"Three bars.\"}\n:::\n"),
            ("data/data.csv", "label,value\nAlphaBar,300\nBravoBar,150\nCharlieBar,75\n"));
        files["book.yaml"] = BookYaml("one.md, two.md");
        var b = BuildProject(files);
        Assert.True(b.Ok, b.Stderr);
        var text = Regex.Replace(b.Text, @"\s+", " ");
        Assert.Contains("Table 1.1 Before", text);
        Assert.Contains("Table 2.1 Other figures", text);
        Assert.Contains("Table 2.2 Second table", text);
        Assert.Contains("Figure 2.1 Bars", text);
        Assert.Contains("See Table 2.2 and Figure 2.1, and Table 1.1 in the first chapter.", text);
        // The chart's labels and values are real text, and it is drawn with vectors, not images.
        var chartPage = b.PageTexts().Select((t, i) => (t, i + 1)).First(p => p.t.Contains("Figure 2.1", StringComparison.Ordinal));
        foreach (var label in new[] { "AlphaBar", "BravoBar", "CharlieBar", "300", "150", "75" }) Assert.Contains(label, chartPage.t);
        var images = PdfProbe.Run("pdfimages", "-list", b.Pdf);
        Assert.Equal(2, images.StdOut.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length); // the two header lines only
    }

    [Fact]
    public void Chart_bars_follow_their_values_and_labels_sit_left_of_the_bars()
    {
        var b = BuildProject(Project("# C\n\n::: {.chart type=\"bar\" source=\"data/c.csv\" #fig:c caption=\"Bars\" alt=\"Bars.\"}\n:::\n",
            ("data/c.csv", "label,value\nLongerLabel,400\nShort,100\n")));
        Assert.True(b.Ok, b.Stderr);
        var words = Words(b.Pdf);
        Word W(string t) => words.Single(w => w.Text == t);
        // Labels end at the same x (set flush right against the bars); values stand after their bars.
        Assert.Equal(W("LongerLabel").XMax, W("Short").XMax, 0.5);
        Assert.True(W("400").XMin > W("100").XMin + 50, "the value of the longer bar should stand further right");
        Assert.True(W("100").XMin > W("Short").XMax, "a value stands right of its label");
    }

    [Fact]
    public void Number_columns_align_on_their_right_edge_with_tabular_figures()
    {
        var b = BuildProject(Project("# N\n\n::: {.table source=\"data/n.csv\" #tbl:n caption=\"Numbers\"}\n:::\n",
            ("data/n.csv", "place,people,share\nAlef,7,0.5\nBet,1111,12.25\nGimel,8888,3.75\nDalet,1275000,100\n")));
        Assert.True(b.Ok, b.Stderr);
        var words = Words(b.Pdf);
        var people = new[] { "7", "1,111", "8,888", "1,275,000" }.Select(t => words.Single(w => w.Text == t)).ToList();
        var share = new[] { "0.5", "12.25", "3.75", "100" }.Select(t => words.Single(w => w.Text == t)).ToList();
        foreach (var col in new[] { people, share })
            Assert.True(col.Max(w => w.XMax) - col.Min(w => w.XMax) <= 0.5,
                "right edges differ: " + string.Join(", ", col.Select(w => $"{w.Text}@{w.XMax:F2}")));
        // Tabular figures: a number of ones is as wide as a number of eights.
        Assert.Equal(people[1].XMax - people[1].XMin, people[2].XMax - people[2].XMin, 0.05);
        // The label column is flush left.
        var labels = new[] { "Alef", "Bet", "Gimel", "Dalet" }.Select(t => words.Single(w => w.Text == t)).ToList();
        Assert.True(labels.Max(w => w.XMin) - labels.Min(w => w.XMin) <= 0.5);
    }

    static readonly string[] LongWords = ["notwithstanding", "nevertheless", "understanding", "international", "responsibilities", "organisation", "representatives",
        "correspondence", "administration"];

    static Build WideTable(int columns)
    {
        var words = LongWords.Take(columns).ToArray();
        var header = string.Join(",", Enumerable.Range(1, columns).Select(i => "column" + i));
        return BuildProject(Project("# W {#sec:w}\n\nSome body text before the table.\n\n::: {.table source=\"data/w.csv\" #tbl:w caption=\"Wide\"}\n:::\n",
            ("data/w.csv", header + "\n" + string.Join(",", words) + "\n" + string.Join(",", words.Reverse()) + "\n")));
    }

    /// <summary>Every word of the table is there twice, whole or hyphenated down its column (cells are flush left).</summary>
    static void AssertEveryWordTwice(List<Word> words, int columns)
    {
        var cells = words.Where(w => w.Text.Length > 1 && LongWords.Any(l => l.Contains(w.Text.TrimEnd('\u2010'), StringComparison.Ordinal))).ToList();
        var text = new StringBuilder();
        foreach (var column in cells.GroupBy(w => (w.Page, Math.Round(w.XMin))))
        {
            foreach (var w in column.OrderBy(w => w.YMin))
                text.Append(w.Text.EndsWith('\u2010') ? w.Text[..^1] : w.Text + " ");
            text.Append('|');
        }
        foreach (var w in LongWords.Take(columns))
        {
            int found = Regex.Matches(text.ToString(), $@"(?<![a-z]){w}(?![a-z])").Count;
            Assert.True(found == 2, $"'{w}' should appear twice in the table, found {found} in {text}");
        }
    }

    static Word FirstCell(List<Word> words) =>
        words.First(w => w.Text.Length > 3 && LongWords.Any(l => l.StartsWith(w.Text.TrimEnd('\u2010'), StringComparison.Ordinal)));

    [Fact]
    public void Words_are_hyphenated_inside_cells_when_whole_words_do_not_fit_without_a_warning()
    {
        var b = WideTable(7);
        Assert.True(b.Ok, b.Stderr);
        Assert.DoesNotContain("warning", b.Stderr);
        var words = Words(b.Pdf);
        AssertEveryWordTwice(words, 7);
        // Hyphenated: each broken word copies whole from its first part (Typography.CopyTextTests).
        Assert.True(Typography.CopyTextTests.HyphenatedLineEnds(b.Pdf) > 0);
        // Cells keep the size of the caption: no reduction was needed.
        var caption = words.First(w => w.Text == "Wide");
        var cell = FirstCell(words);
        Assert.Equal(caption.YMax - caption.YMin, cell.YMax - cell.YMin, 0.1);
        AssertNoOverlap(words, cell, 7);
    }

    [Fact]
    public void A_table_too_wide_even_hyphenated_warns_and_is_set_in_smaller_type()
    {
        var b = WideTable(8);
        Assert.True(b.Ok, b.Stderr);
        Assert.Matches(@"one\.md:5:1: warning: Table 1\.1 is wider than the page at its narrowest in [\d.]+ pt type, even with words hyphenated in its cells; set in [\d.]+ pt \(its widest word, “[a-z]+”, is in row \d+, column \d+\)", b.Stderr);
        var words = Words(b.Pdf);
        AssertEveryWordTwice(words, 8);
        var caption = words.First(w => w.Text == "Wide");
        var cell = FirstCell(words);
        Assert.True(cell.YMax - cell.YMin < (caption.YMax - caption.YMin) * 0.92, "cells should be set in smaller type than the caption");
        AssertNoOverlap(words, cell, 8);
        // The table stays within the measure: no cell ends beyond the body text's right edge.
        var body = words.First(w => w.Text == "Some");
        var lineEnd = words.Where(w => w.Page == body.Page && w.YMin < body.YMax + 40).Max(w => w.XMax);
        Assert.True(words.Where(w => w.Page == cell.Page && Math.Abs(w.YMin - cell.YMin) < 0.5).Max(w => w.XMax) <= lineEnd + 0.5);
    }

    [Fact]
    public void A_table_too_wide_even_hyphenated_sticks_out_without_overprinting_and_says_so()
    {
        // All-capital words are acronyms: never hyphenated, so these cannot fit an A5 measure (short enough
        // that the table, sticking out into the margin, still ends on the paper).
        var header = string.Join(",", Enumerable.Range(1, 7).Select(i => "column" + i));
        var row = string.Join(",", Enumerable.Range(1, 7).Select(i => "NOTWITHSTAN" + (char)('A' + i)));
        var b = BuildProject(Project("# W\n\n::: {.table source=\"data/w.csv\" #tbl:w caption=\"Wide\"}\n:::\n",
            ("data/w.csv", header + "\n" + row + "\n")));
        Assert.True(b.Ok, b.Stderr);
        Assert.Matches(@"one\.md:3:1: warning: Table 1\.1 is wider than the page even in [\d.]+ pt type .*sticks out into the margin \(its widest word, “NOTWITHSTAN.”, is in row 1, column \d\)", b.Stderr);
        var words = Words(b.Pdf);
        for (int i = 1; i <= 7; i++) Assert.Single(words, w => w.Text == "NOTWITHSTAN" + (char)('A' + i));
        AssertNoOverlap(words, words.First(w => w.Text == "NOTWITHSTANB"), 7);
    }

    /// <summary>Within the row of <paramref name="cell"/>, words keep their order left to right, none over the next.</summary>
    static void AssertNoOverlap(List<Word> words, Word cell, int columns)
    {
        var row = words.Where(w => w.Page == cell.Page && Math.Abs(w.YMin - cell.YMin) < 0.5).OrderBy(w => w.XMin).ToList();
        Assert.True(row.Count >= columns, $"a row of {columns} cells, found {row.Count}");
        for (int k = 1; k < row.Count; k++)
            Assert.True(row[k].XMin >= row[k - 1].XMax, $"cells overlap: {row[k - 1].Text} and {row[k].Text}");
    }

    [Fact]
    public void A_short_table_is_never_broken_across_pages_wherever_it_falls()
    {
        var csv = "item,count\n" + string.Concat(Enumerable.Range(1, 6).Select(i => $"S{i}x,{i}\n"));
        var filler = string.Concat(Enumerable.Range(1, 24).Select(i => $"Filler line {i} before the table.\n\n"));
        bool sawTableOnLaterPage = false;
        // Slide the table down the page, a line at a time past the foot of the second page:
        // wherever it starts, it stays whole.
        for (int k = 22; k < 36; k++)
        {
            var lines = string.Concat(Enumerable.Range(1, k).Select(i => $"Extra line {i}.\n\n"));
            var b = BuildProject(Project("# S\n\n" + filler + lines + "::: {.table source=\"data/s.csv\" #tbl:s caption=\"Short\"}\n:::\n",
                ("data/s.csv", csv)));
            Assert.True(b.Ok, b.Stderr);
            var pages = b.PageTexts().Select((t, i) => (t, i)).Where(p => Regex.IsMatch(p.t, @"\bS\dx\b")).ToList();
            var page = Assert.Single(pages);
            for (int i = 1; i <= 6; i++) Assert.Contains($"S{i}x", page.t);
            Assert.Contains("Table 1.1", page.t);
            Assert.DoesNotContain("(continued)", page.t);
            if (!page.t.Contains("Extra line", StringComparison.Ordinal)) sawTableOnLaterPage = true;
        }
        Assert.True(sawTableOnLaterPage, "some positions should have pushed the table whole to the next page");
    }

    [Fact]
    public void A_missing_csv_is_an_error_at_the_div_naming_the_file()
    {
        var b = BuildProject(Project("# M\n\nText.\n\n::: {.table source=\"data/nope.csv\" #tbl:m}\n:::\n"));
        Assert.Equal(1, b.Result.ExitCode);
        Assert.Matches(@"one\.md:5:1: error: file '[^']*data/nope\.csv' not found", b.Stderr);
        Assert.False(File.Exists(b.Pdf));
    }

    [Fact]
    public void A_row_with_the_wrong_number_of_fields_is_an_error_at_its_line()
    {
        var b = BuildProject(Project("# M\n\n::: {.table source=\"data/bad.csv\" #tbl:m}\n:::\n",
            ("data/bad.csv", "a,b\n1,2\n3,4,5\n6,7\n")));
        Assert.Equal(1, b.Result.ExitCode);
        Assert.Contains("data/bad.csv:3:1: error: row has 3 fields, the header has 2", b.Stderr);
        Assert.False(File.Exists(b.Pdf));
    }

    [Fact]
    public void A_non_number_in_a_chart_value_column_is_an_error_at_its_row_and_column()
    {
        var b = BuildProject(Project("# M\n\n::: {.chart type=\"bar\" source=\"data/c.csv\" #fig:m alt=\"x\"}\n:::\n",
            ("data/c.csv", "label,value\nA,10\nB,12\nC,n/a\n")));
        Assert.Equal(1, b.Result.ExitCode);
        Assert.Contains("data/c.csv:4:2: error: 'n/a' in column 'value' is not a number", b.Stderr);
        Assert.False(File.Exists(b.Pdf));
    }

    [Fact]
    public void An_unknown_table_reference_is_an_error_with_its_location()
    {
        var b = BuildProject(Project("# M\n\nSee @tbl:nothing here.\n"));
        Assert.Equal(1, b.Result.ExitCode);
        Assert.Matches(@"one\.md:3:5: error: .*tbl:nothing", b.Stderr);
    }
}
