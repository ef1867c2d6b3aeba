using System.Text.RegularExpressions;

namespace Book.Tests.NoteBlocks;

/// <summary>
/// A table or a bar chart inside a footnote, in a real build: the PDF sets it at the foot of the
/// page that carries the note's mark, under the note rule, at note size and inside the text block,
/// whole; the table is tagged inside the note; its caption is not numbered (a note's table is not
/// one of the chapter's tables, as a tabular in a LaTeX footnote is not).
/// </summary>
public sealed class NoteBlockTests
{
    static readonly string Filler = string.Concat(Enumerable.Repeat("The running text goes on for a while so that the page has some body above the note. ", 6));

    static readonly string Chapter =
        "# Notes with blocks {#sec:one}\n\n" + string.Concat(Enumerable.Repeat(Filler + "\n\n", 3))
        + "A Tablenotemark sentence.[^t] " + Filler + "\n\n" + string.Concat(Enumerable.Repeat(Filler + "\n\n", 3))
        + "A Chartnotemark sentence.[^c] And more.\n\n" + Filler + "\n\n"
        + "[^t]: The figures, as counted:\n\n"
        + "    | Town | Houses | People |\n    |---|---:|---:|\n    | Alderby | 12 | 48 |\n    | Brookham | 130 | 611 |\n    | Cresswell | 7 | 19 |\n\n"
        + "    Table: Houses and people {#tbl:tn}\n\n    After the table, a Closingline.\n\n"
        + "[^c]: A chart:\n\n"
        + "    ::: {.chart type=\"bar\" #fig:cn source=\"data/c.csv\" label-column=\"label\" value-column=\"value\" caption=\"Fruit counted\" alt=\"Two bars.\"}\n    :::\n";

    sealed record Built(string Pdf, List<PdfProbe.Word> Words, string Structure, string Output);

    static readonly Lazy<Built> Build = new(() =>
    {
        using var p = TempProject.Create(Chapter, prefix: "noteblocks");
        p.Write("data/c.csv", "label,value\nApplesbar,3\nPearsbar,5\n");
        var r = p.Build("pdf");
        Assert.True(r.ExitCode == 0, r.Stderr);
        var copy = PdfProbe.TempPath();
        File.Copy(p.Pdf, copy, true);
        return new Built(copy, PdfProbe.Words(copy), PdfProbe.Run("pdfinfo", "-struct", copy).StdOut, r.Stdout + r.Stderr);
    });

    static PdfProbe.Word Word(string text) => Build.Value.Words.First(w => w.Text == text);

    [Fact]
    public void The_build_warns_about_nothing()
    {
        Assert.Contains("(0 errors, 0 warnings)", Build.Value.Output);
    }

    [Fact]
    public void A_table_in_a_note_prints_at_the_foot_of_its_marks_page_in_rows_and_columns()
    {
        int page = Word("Tablenotemark").Page;
        var layout = PdfProbe.PdfToText(Build.Value.Pdf, page, page, layout: true);
        var lines = layout.Split('\n');
        int Line(string s) => Array.FindIndex(lines, l => l.Contains(s, StringComparison.Ordinal));
        int mark = Line("Tablenotemark"), note = Line("The figures, as counted"), caption = Line("Houses and people");
        int a = Line("Alderby"), b = Line("Brookham"), c = Line("Cresswell"), after = Line("Closingline");
        Assert.True(mark >= 0 && note > mark, layout);
        // The caption, then the rows in order, under the note's first line.
        Assert.True(note < caption && caption < a && a < b && b < c, layout);
        // The note's last paragraph follows the table, here or at the foot of the next page (a note may run on).
        Assert.True(after > c || (after < 0 && Build.Value.Words.First(w => w.Text.StartsWith("Closingline", StringComparison.Ordinal)).Page == page + 1), layout);
        // A row reads across: its cells on one line, in column order.
        Assert.Matches(new Regex(@"Brookham\s+130\s+611"), lines[b]);
        Assert.Matches(new Regex(@"Town\s+Houses\s+People"), layout);
        // Every line of the page's body text stands above the note.
        Assert.DoesNotContain("running text", string.Join("\n", lines.Skip(note)));
    }

    [Fact]
    public void The_tables_cells_sit_inside_the_text_block_below_the_note_rule_at_note_size()
    {
        var w = Build.Value.Words;
        int page = Word("Tablenotemark").Page;
        var first = w.First(x => x.Page == page && x.Text == "figures,");
        var body = w.Where(x => x.Page == page && x.YMax < first.YMin && x.Text is "running" or "text" or "goes" or "note." or "The").ToList();
        double left = body.Min(x => x.XMin), right = body.Max(x => x.XMax);
        foreach (var cell in new[] { "Alderby", "Brookham", "Cresswell", "12", "130", "611", "48", "19" })
        {
            var x = w.First(k => k.Page == page && k.Text == cell);
            Assert.True(x.YMin > first.YMax, $"{cell} is not below the note's first line");
            Assert.True(x.XMin >= left - 0.5 && x.XMax <= right + 0.5, $"{cell} ({x.XMin}-{x.XMax}) is outside the text block ({left}-{right})");
            // Set at note size: no taller than the note's own words, smaller than the body's.
            Assert.True(x.YMax - x.YMin <= first.YMax - first.YMin + 0.5, $"{cell} is taller than note text");
            Assert.True(x.YMax - x.YMin < body[0].YMax - body[0].YMin, $"{cell} is not smaller than body text");
        }
        // Nothing of the note runs below the page: the folio stays the lowest word.
        var lowest = w.Where(k => k.Page == page).MaxBy(k => k.YMax)!;
        Assert.Matches(new Regex(@"^\d+$"), lowest.Text);
    }

    [Fact]
    public void A_chart_in_a_note_prints_its_bars_at_the_foot_of_its_marks_page()
    {
        var w = Build.Value.Words;
        int page = Word("Chartnotemark").Page;
        var note = w.First(x => x.Page == page && x.Text == "chart:");
        foreach (var label in new[] { "Applesbar", "Pearsbar" })
        {
            var x = Word(label);
            Assert.Equal(page, x.Page);
            Assert.True(x.YMin > note.YMax, $"{label} is not below the note's first line");
        }
        Assert.True(Word("Applesbar").YMin < Word("Pearsbar").YMin);
        Assert.Contains("Fruit counted", PdfProbe.PdfToText(Build.Value.Pdf, page, page));
    }

    [Fact]
    public void A_notes_table_and_chart_are_unnumbered()
    {
        var text = PdfProbe.PdfToText(Build.Value.Pdf);
        Assert.Contains("Houses and people", text);
        Assert.DoesNotContain("Table 1", text);
        Assert.DoesNotContain("Figure 1", text);
    }

    [Fact]
    public void The_tables_structure_is_tagged_inside_the_note()
    {
        // pdfinfo -struct indents a child two spaces under its parent: the Table's nearest shallower element is the Note.
        var lines = Build.Value.Structure.Split('\n');
        int t = Array.FindIndex(lines, l => l.TrimStart().StartsWith("Table", StringComparison.Ordinal));
        Assert.True(t > 0, Build.Value.Structure);
        int depth = lines[t].Length - lines[t].TrimStart().Length;
        var parent = lines.Take(t).Last(l => l.Trim().Length > 0 && l.Length - l.TrimStart().Length < depth);
        Assert.StartsWith("Note", parent.TrimStart());
        Assert.Contains(lines.Skip(t + 1).TakeWhile(l => l.Length - l.TrimStart().Length > depth), l => l.TrimStart().StartsWith("TR", StringComparison.Ordinal));
        int f = Array.FindIndex(lines, l => l.TrimStart().StartsWith("Figure", StringComparison.Ordinal));
        int fd = lines[f].Length - lines[f].TrimStart().Length;
        Assert.StartsWith("Note", lines.Take(f).Last(l => l.Trim().Length > 0 && l.Length - l.TrimStart().Length < fd).TrimStart());
    }

    [Fact]
    public void A_table_too_tall_for_any_page_is_cut_with_a_warning_naming_its_place()
    {
        var rows = string.Concat(Enumerable.Range(1, 90).Select(i => $"    | Row{i} | {i} |\n"));
        using var p = TempProject.Create("# Long {#sec:long}\n\nA sentence.[^n]\n\n[^n]: A long table:\n\n    | Name | N |\n    |---|---:|\n" + rows, prefix: "noteblocks-long");
        var r = p.Build("pdf");
        Assert.True(r.ExitCode == 0, r.Stderr);
        Assert.Matches(new Regex(@"one\.md:\d+:\d+.*too tall for the foot of a page"), r.Stdout + r.Stderr);
        var text = p.PdfText();
        Assert.Matches(new Regex(@"\bRow1\b"), text);
        Assert.DoesNotContain("Row90", text);
    }
}
