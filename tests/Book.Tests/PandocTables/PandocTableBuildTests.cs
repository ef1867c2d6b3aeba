using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Book.Tests.PandocTables;

/// <summary>
/// Pandoc's simple, multiline and grid tables in a real build, as a reader meets them: in the PDF the
/// cells stand in their columns and rows (pdftotext -layout), inside the text block, columns as wide as
/// the source draws them, a cell's two paragraphs and a cell's list both there; in the EPUB real table
/// markup with col widths and blocks in cells, passing epubcheck; a long grid table continues over pages.
/// </summary>
public sealed class PandocTableBuildTests
{
    static readonly XNamespace X = "http://www.w3.org/1999/xhtml";

    /// <summary>Enough justified text for two pages, so both a recto and a verso show where the text block is.</summary>
    static string Gauge()
    {
        var words = "the survivors walked through the snow towards Aghdam and many of them did not arrive before morning".Split(' ');
        var sb = new StringBuilder("Gaugestart ");
        for (int i = 0; i < 900; i++) sb.Append(words[i % words.Length]).Append(i % 17 == 16 ? ". " : " ");
        return sb.ToString().TrimEnd() + ".";
    }

    static string Chapter() => $$"""
        # Tables {#sec:tables}

        {{Gauge()}}

        The simple table is @tbl:simple.

          Right     Left     Center     Default
        -------     ------ ----------   -------
             12     12        12            12
            123     123       123          123
              1     1          1             1

        Table:  Demonstration of simple table syntax. {#tbl:simple}

        The multiline table follows.

        -------------------------------------------------------------
         Centered   Default           Right Left
          Header    Aligned         Aligned Aligned
        ----------- ------- --------------- -------------------------
           First    row                12.0 Example of a row that
                                            spans multiple lines.

          Second    row                 5.0 Here's another one. Note
                                            the blank line between
                                            rows.
        -------------------------------------------------------------

        Table: Here's the caption. It, too, may span
        multiple lines. {#tbl:multi}

        The grid table is @tbl:grid.

        : Sample grid table. {#tbl:grid}

        +---------------+---------------+--------------------+
        | Fruit         | Price         | Advantages         |
        +===============+===============+====================+
        | Bananas       | $1.34         | - built-in wrapper |
        |               |               | - bright color     |
        +---------------+---------------+--------------------+
        | Oranges       | $2.10         | - cures scurvy     |
        |               |               | - tasty            |
        +---------------+---------------+--------------------+

        A table of paragraphs.

        +------------+--------------------------------------+
        | Item       | Account                              |
        +============+======================================+
        | Khojaly    | Firstpara of the account, set as     |
        |            | the cell's first paragraph.          |
        |            |                                      |
        |            | Secondpara follows it in the cell.   |
        +------------+--------------------------------------+

        Table: Paragraphs in a cell {#tbl:paras}

        The widths of @tbl:widths follow its dashes.

        +----------+--------------------+----------------------------------------+
        | Alpha    | Bravo              | Charlie                                |
        +==========+====================+========================================+
        | Delta    | Echo               | Foxtrot                                |
        +----------+--------------------+----------------------------------------+

        Table: Widths {#tbl:widths}

        A wide grid table, wider than 72 characters, still keeps within the margins.

        +-------------------------+-------------------------+------------------------------------------+
        | Wideleft                | Widemiddle              | Wideright                                |
        +=========================+=========================+==========================================+
        | interdepartmental words | counterrevolutionary    | Characteristically long words in a cell  |
        |                         | reconsiderations        | that runs to the table's right edge      |
        +-------------------------+-------------------------+------------------------------------------+

        Table: Wide {#tbl:wide}

        +---------+---------+
        | Tiny    | Narrow  |
        +=========+=========+
        | one     | two     |
        +---------+---------+

        Table: A narrow table keeps its narrow columns under a caption of ordinary width {#tbl:narrow}

        After the tables.
        """;

    sealed record Built(string Pdf, string LayoutText, List<PdfProbe.Word> Words, XDocument Chapter, byte[] Epub, string Output);

    static readonly Lazy<Built> Build = new(() =>
    {
        using var p = TempProject.Create(Chapter(), prefix: "pandoctables");
        var r = p.Build("pdf,epub");
        Assert.True(r.ExitCode == 0, r.Stderr);
        var chapter = p.EpubChapter("sec-tables");
        var copy = Path.Combine(RepoPaths.TempDir("pandoctables-pdf"), "t.pdf");
        File.Copy(p.Pdf, copy);
        return new Built(copy, PdfProbe.PdfToText(p.Pdf, layout: true), PdfProbe.Words(p.Pdf), chapter, File.ReadAllBytes(p.Epub), r.Stdout + r.Stderr);
    });

    static PdfProbe.Word Word(string text) => Build.Value.Words.First(w => w.Text == text);

    [Fact]
    public void The_build_reports_nothing_about_these_tables()
    {
        Assert.Contains("(0 errors, 0 warnings)", Build.Value.Output);
    }

    [Fact]
    public void Pdftotext_shows_each_tables_cells_in_their_rows_and_columns()
    {
        var text = Build.Value.LayoutText;
        Assert.Matches(@"Right\s+Left\s+Center\s+Default", text);
        Assert.Matches(@"123\s+123\s+123\s+123", text);
        Assert.Matches(@"Centered\s+Default\s+Right Aligned\s+Left Aligned", text);
        Assert.Matches(@"First\s+row\s+12\.0\s+Example of a row that", text);
        Assert.Matches(@"Second\s+row\s+5\.0\s+Here.s another one\. Note", text);
        Assert.Matches(@"Fruit\s+Price\s+Advantages", text);
        Assert.Matches(@"Bananas\s+\$1\.34\s+•\s+built-in wrapper", text);
        Assert.Matches(@"Oranges\s+\$2\.10\s+•\s+cures scurvy", text);
        Assert.Matches(@"Alpha\s+Bravo\s+Charlie", text);
        Assert.Matches(@"Delta\s+Echo\s+Foxtrot", text);
        Assert.Contains("Table 1.1 Demonstration of simple table", Regex.Replace(text, @"\s+", " "));
        Assert.Contains("The grid table is Table 1.3.", Regex.Replace(text, @"\s+", " "));
    }

    /// <summary>Every word of a page holding a table lies inside the text block that full lines of text show on a page of the same side.</summary>
    [Fact]
    public void Every_table_stays_inside_the_text_block()
    {
        var words = Build.Value.Words;
        var start = Word("Gaugestart");
        // The gauge's pages: its first (recto) and the next (verso), both filled with justified lines.
        var gauge = new Dictionary<int, (double Left, double Right)>();
        foreach (var page in new[] { start.Page, start.Page + 1 })
        {
            var onPage = words.Where(w => w.Page == page && w.YMin > start.YMin - 1).ToList();
            gauge[page % 2] = (onPage.Min(w => w.XMin), onPage.Max(w => w.XMax));
        }
        var tableWords = new[] { "Wideright", "Characteristically", "Foxtrot", "Charlie", "Advantages", "Example", "Default", "Secondpara" };
        foreach (var name in tableWords)
        {
            var w = Word(name);
            var (left, right) = gauge[w.Page % 2];
            foreach (var other in words.Where(o => o.Page == w.Page))
                Assert.True(other.XMin >= left - 0.5 && other.XMax <= right + 0.5,
                    $"'{other.Text}' on page {other.Page} spans x={other.XMin:0.#}..{other.XMax:0.#}, outside the text block {left:0.#}..{right:0.#}");
        }
    }

    /// <summary>Two columns of nine dashes are 28% of the measure; the caption still gets a fitted table's room, centred over it.</summary>
    [Fact]
    public void A_narrow_table_keeps_its_columns_and_its_caption_keeps_its_room()
    {
        var tiny = Word("Tiny"); var narrow = Word("Narrow");
        var start = Word("Gaugestart");
        var gaugeWords = Build.Value.Words.Where(w => w.Page == start.Page && w.YMin > start.YMin - 1).ToList();
        double measure = gaugeWords.Max(w => w.XMax) - gaugeWords.Min(w => w.XMin);
        Assert.True(narrow.XMin - tiny.XMin < measure * 0.25, "the columns stay as narrow as the source draws them");
        Assert.Matches(@"Table 1\.7 +A narrow table keeps its narrow", Build.Value.LayoutText);
    }

    [Fact]
    public void A_cell_of_two_paragraphs_shows_both_one_above_the_other()
    {
        var first = Word("Firstpara");
        var second = Word("Secondpara");
        Assert.Equal(first.Page, second.Page);
        Assert.True(second.YMin > first.YMax + 3, "the second paragraph is below the first, past a line of its own");
        Assert.True(Math.Abs(second.XMin - first.XMin) < 1, $"both start at the column's left edge ({first.XMin:0.#}, {second.XMin:0.#})");
        Assert.True(first.XMin > Word("Khojaly").XMax, "the paragraphs are in the second column");
    }

    [Fact]
    public void A_list_in_a_cell_shows_its_items_with_their_bullets()
    {
        var wrapper = Word("wrapper");
        var bright = Word("bright");
        Assert.True(bright.YMin > wrapper.YMin + 5, "the second item is below the first");
        var bullets = Build.Value.Words.Where(w => w.Text == "•" && w.Page == wrapper.Page).ToList();
        Assert.True(bullets.Count >= 4, $"four bullets, found {bullets.Count}");
        var built = Word("built-in");
        Assert.Contains(bullets, b => Math.Abs(b.YMin - built.YMin) < 2 && b.XMax < built.XMin && b.XMin > Word("$1.34").XMax);
    }

    /// <summary>Columns of 10, 20 and 40 dashes: each column's start follows from its share of the measure (gaps between).</summary>
    [Fact]
    public void Column_widths_follow_the_source_dashes()
    {
        var a = Word("Alpha"); var b = Word("Bravo"); var c = Word("Charlie");
        Assert.Equal(a.YMin, b.YMin, 0.5);
        double first = b.XMin - a.XMin, second = c.XMin - b.XMin;
        // Width fractions 11/74 and 21/74 of (measure - 2 gaps), plus one gap each; the gap is an em of the cells' 9.24 pt type.
        var start = Word("Gaugestart");
        var gaugeWords = Build.Value.Words.Where(w => w.Page == start.Page && w.YMin > start.YMin - 1).ToList();
        double measure = gaugeWords.Max(w => w.XMax) - gaugeWords.Min(w => w.XMin);
        double gap = 9.24, avail = measure - 2 * gap;
        Assert.Equal(11 / 74.0 * avail + gap, first, 1.5);
        Assert.Equal(21 / 74.0 * avail + gap, second, 1.5);
        // And the wide table (wider than 72 characters) takes the measure: its last column ends near the right edge.
        Assert.True(second / first > 1.6, $"the second column is wider than the first as 21 is to 11 ({second:0.#} vs {first:0.#})");
    }

    [Fact]
    public void The_epub_writes_table_markup_with_column_widths_and_blocks_in_cells()
    {
        var tables = Build.Value.Chapter.Descendants(X + "table").ToList();
        Assert.Equal(7, tables.Count);
        var grid = tables.Single(t => t.Attribute("id")?.Value == "tbl-grid");
        Assert.NotNull(grid.Element(X + "thead"));
        Assert.Equal(["Fruit", "Price", "Advantages"], grid.Element(X + "thead")!.Descendants(X + "th").Select(e => e.Value));
        var rows = grid.Element(X + "tbody")!.Elements(X + "tr").ToList();
        Assert.Equal(2, rows.Count);
        Assert.Equal(["built-in wrapper", "bright color"], rows[0].Elements(X + "td").Last().Element(X + "ul")!.Elements(X + "li").Select(e => e.Value));
        var cols = grid.Element(X + "colgroup")!.Elements(X + "col").Select(c => c.Attribute("style")!.Value).ToList();
        Assert.Equal(["width: 30.2%", "width: 30.2%", "width: 39.6%"], cols);
        Assert.Equal("width: 73.6%", grid.Attribute("style")!.Value);

        var paras = tables.Single(t => t.Attribute("id")?.Value == "tbl-paras");
        var cell = paras.Element(X + "tbody")!.Descendants(X + "td").Single();
        Assert.Equal(2, cell.Elements(X + "p").Count());
        Assert.StartsWith("Firstpara", cell.Elements(X + "p").First().Value);
        Assert.StartsWith("Secondpara", cell.Elements(X + "p").Last().Value);

        // A simple table has no widths: no colgroup.
        Assert.Null(tables.Single(t => t.Attribute("id")?.Value == "tbl-simple").Element(X + "colgroup"));
        Assert.NotNull(tables.Single(t => t.Attribute("id")?.Value == "tbl-multi").Element(X + "colgroup"));
    }

    [Fact]
    public void The_epub_passes_epubcheck()
    {
        var (exit, output) = Epub.EpubFixture.EpubCheck(Build.Value.Epub);
        Assert.True(exit == 0, output);
    }

    [Fact]
    public void The_pdf_tags_a_cells_list_and_paragraphs_inside_the_cell()
    {
        var structure = PdfProbe.Run("pdfinfo", "-struct", Build.Value.Pdf).StdOut;
        var roles = structure.Split('\n').Select(l => (Indent: l.Length - l.TrimStart().Length, Role: l.Trim().Split(' ')[0])).Where(r => r.Role.Length > 0).ToList();
        bool Under(string child, string parent) => roles.Select((r, i) => (r, i)).Any(x => x.r.Role == child
            && roles.Take(x.i).Reverse().FirstOrDefault(p => p.Indent < x.r.Indent).Role == parent);
        Assert.True(Under("L", "TD"), "a list inside a TD:\n" + structure);
        Assert.True(Under("P", "TD"), "a paragraph inside a TD:\n" + structure);
    }

    [Fact]
    public void A_long_grid_table_of_paragraph_cells_continues_over_pages_with_its_header()
    {
        var sb = new StringBuilder("# Long {#sec:long}\n\n+------------+--------------------------------------+\n| Rowname    | Account                              |\n+============+======================================+\n");
        for (int i = 1; i <= 40; i++)
        {
            sb.Append($"| Row{i:00}      | Opening paragraph of row {i:00}, set as  |\n");
            sb.Append("|            | the first paragraph of the cell.     |\n");
            sb.Append("|            |                                      |\n");
            sb.Append($"|            | Closing{i:00} paragraph of the cell.     |\n");
            sb.Append("+------------+--------------------------------------+\n");
        }
        sb.Append("\nTable: A long table {#tbl:long}\n\nAfter.\n");
        using var p = TempProject.Create(sb.ToString(), prefix: "pandoctables-long");
        var r = p.Build("pdf");
        Assert.True(r.ExitCode == 0, r.Stderr);
        var pages = Enumerable.Range(1, PdfProbe.Pages(p.Pdf)).Select(n => PdfProbe.PdfToText(p.Pdf, n, n)).ToList();
        var withRows = pages.Where(t => Regex.IsMatch(t, @"\bRow\d\d\b")).ToList();
        Assert.True(withRows.Count >= 3, $"the table spans {withRows.Count} pages");
        for (int k = 0; k < withRows.Count; k++)
        {
            Assert.Contains("Rowname", withRows[k]);
            Assert.Equal(k > 0, withRows[k].Contains("(continued)", StringComparison.Ordinal));
        }
        var all = string.Concat(pages);
        Assert.Equal(Enumerable.Range(1, 40), Regex.Matches(all, @"\bRow(\d\d)\b").Select(m => int.Parse(m.Groups[1].Value)));
        Assert.Equal(Enumerable.Range(1, 40), Regex.Matches(all, @"\bClosing(\d\d)\b").Select(m => int.Parse(m.Groups[1].Value)));
    }
}
