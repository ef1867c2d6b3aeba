using Book.Model;
using Book.Core.Markdown;

namespace Book.Tests.PandocTables;

/// <summary>
/// Pandoc's simple, multiline and grid tables as the chapter parser reads them: the examples of
/// Pandoc's User's Guide give the alignments, headers, widths and cells Pandoc gives them; the
/// constructs made of dashes that are not tables (rules, setext headings, front matter) stay what they
/// were; a grid that does not line up is reported and kept as text.
/// </summary>
public sealed class PandocTableParserTests
{
    static (IReadOnlyList<Block> Blocks, DiagnosticBag Diags) Parse(string markdown)
    {
        var diags = new DiagnosticBag();
        var parsed = new ChapterParser("t.md", "t", diags).Parse(markdown);
        return (parsed.Blocks, diags);
    }

    static Table OnlyTable(string markdown)
    {
        var (blocks, diags) = Parse(markdown);
        Assert.Empty(diags.Items);
        return Assert.IsType<Table>(Assert.Single(blocks));
    }

    static string Text(TableCell c) => InlineText.Plain(c.Content);

    static List<List<string>> Texts(IEnumerable<IReadOnlyList<TableCell>> rows) => rows.Select(r => r.Select(Text).ToList()).ToList();

    const string SimpleManual = """
          Right     Left     Center     Default
        -------     ------ ----------   -------
             12     12        12            12
            123     123       123          123
              1     1          1             1

        Table:  Demonstration of simple table syntax.
        """;

    [Fact]
    public void A_simple_table_takes_its_alignments_from_the_header_against_the_dashes()
    {
        var t = OnlyTable(SimpleManual);
        Assert.Equal([ColumnAlign.Right, ColumnAlign.Left, ColumnAlign.Center, ColumnAlign.Default], t.Align);
        Assert.Equal([["Right", "Left", "Center", "Default"]], Texts(t.Header));
        Assert.Equal([["12", "12", "12", "12"], ["123", "123", "123", "123"], ["1", "1", "1", "1"]], Texts(t.Rows));
        Assert.Equal("Demonstration of simple table syntax.", InlineText.Plain(t.Caption));
        // Pandoc gives simple tables no relative widths.
        Assert.Null(t.Widths);
    }

    /// <summary>A right-aligned first header may start past four spaces: the dashes under it say it is a table, not code.</summary>
    [Fact]
    public void A_simple_tables_header_may_be_indented_like_code()
    {
        var t = OnlyTable("""
                   Number  Name
            -------------  ------
                        1  One
                       12  Twelve

            """);
        Assert.Equal([ColumnAlign.Right, ColumnAlign.Left], t.Align);
        Assert.Equal([["Number", "Name"]], Texts(t.Header));
        Assert.Equal([["1", "One"], ["12", "Twelve"]], Texts(t.Rows));
    }

    [Fact]
    public void A_headerless_simple_table_takes_its_alignments_from_the_first_row()
    {
        var t = OnlyTable("""
            -------     ------ ----------   -------
                 12     12        12             12
                123     123       123           123
                  1     1          1              1
            -------     ------ ----------   -------
            """);
        Assert.Empty(t.Header);
        Assert.Equal(3, t.Rows.Count);
        Assert.Equal([ColumnAlign.Right, ColumnAlign.Left, ColumnAlign.Center, ColumnAlign.Right], t.Align);
    }

    const string MultilineManual = """
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
        multiple lines.
        """;

    [Fact]
    public void A_multiline_table_joins_each_cells_lines_and_keeps_the_widths_of_its_dashes()
    {
        var t = OnlyTable(MultilineManual);
        Assert.Equal([ColumnAlign.Center, ColumnAlign.Default, ColumnAlign.Right, ColumnAlign.Left], t.Align);
        Assert.Equal([["Centered Header", "Default Aligned", "Right Aligned", "Left Aligned"]], Texts(t.Header));
        Assert.Equal("Example of a row that spans multiple lines.", Text(t.Rows[0][3]));
        Assert.Equal("12.0", Text(t.Rows[0][2]));
        Assert.True(t.Rows[0][2].Numeric);
        Assert.Equal("the blank line between rows.", Text(t.Rows[1][3])[^28..]);
        Assert.StartsWith("Here's the caption. It, too, may span multiple lines.", InlineText.Plain(t.Caption));
        // Each column from its dashes to the next one's, the last its dashes and one, over 72 characters.
        Assert.NotNull(t.Widths);
        Assert.Equal([12 / 72.0, 8 / 72.0, 16 / 72.0, 26 / 72.0], t.Widths!, new Tolerance(1e-9));
    }

    /// <summary>Pandoc's own test (command/3348.md): a headerless multiline table, its widths 6/72 and 49/72.</summary>
    [Fact]
    public void A_headerless_multiline_table_gives_pandocs_widths()
    {
        var t = OnlyTable("""
            ----- ------------------------------------------------
              foo bar

              foo this is a long
                  line of text
            ----- ------------------------------------------------
            """);
        Assert.Empty(t.Header);
        Assert.Equal([ColumnAlign.Right, ColumnAlign.Left], t.Align);
        Assert.Equal([["foo", "bar"], ["foo", "this is a long line of text"]], Texts(t.Rows));
        Assert.Equal([6 / 72.0, 49 / 72.0], t.Widths!, new Tolerance(1e-9));
    }

    const string GridManual = """
        : Sample grid table. {#tbl:fruit}

        +---------------+---------------+--------------------+
        | Fruit         | Price         | Advantages         |
        +===============+===============+====================+
        | Bananas       | $1.34         | - built-in wrapper |
        |               |               | - bright color     |
        +---------------+---------------+--------------------+
        | Oranges       | $2.10         | - cures scurvy     |
        |               |               | - tasty            |
        +---------------+---------------+--------------------+
        """;

    [Fact]
    public void A_grid_tables_cells_are_markdown_blocks_and_its_caption_may_come_first()
    {
        var t = OnlyTable(GridManual);
        Assert.Equal("tbl:fruit", t.Id);
        Assert.Equal("Sample grid table.", InlineText.Plain(t.Caption));
        Assert.Equal([["Fruit", "Price", "Advantages"]], Texts(t.Header));
        Assert.Equal(2, t.Rows.Count);
        Assert.Equal("Bananas", Text(t.Rows[0][0]));
        Assert.Null(t.Rows[0][0].Blocks);
        var list = Assert.IsType<ListBlock>(Assert.Single(t.Rows[0][2].Blocks!));
        Assert.Equal(["built-in wrapper", "bright color"], list.Items.Select(i => InlineText.Plain(((Paragraph)i.Blocks[0]).Content)));
        // Each column's dashes and one border, over 72 characters.
        Assert.Equal([16 / 72.0, 16 / 72.0, 21 / 72.0], t.Widths!, new Tolerance(1e-9));
        Assert.All(t.Align, a => Assert.Equal(ColumnAlign.Default, a));
    }

    [Fact]
    public void A_grid_table_takes_alignments_from_the_colons_of_its_header_border_or_of_its_top_when_headerless()
    {
        var t = OnlyTable("""
            +---------------+---------------+--------------------+
            | Right         | Left          | Centered           |
            +==============:+:==============+:==================:+
            | Bananas       | $1.34         | built-in wrapper   |
            +---------------+---------------+--------------------+
            """);
        Assert.Equal([ColumnAlign.Right, ColumnAlign.Left, ColumnAlign.Center], t.Align);
        Assert.Single(t.Header);

        var headless = OnlyTable("""
            +--------------:+:--------------+:------------------:+
            | Right         | Left          | Centered           |
            +---------------+---------------+--------------------+
            """);
        Assert.Empty(headless.Header);
        Assert.Equal([ColumnAlign.Right, ColumnAlign.Left, ColumnAlign.Center], headless.Align);
    }

    [Fact]
    public void A_grid_cell_of_two_paragraphs_holds_both_as_blocks()
    {
        var t = OnlyTable("""
            +----------+---------------------+
            | Name     | Notes               |
            +==========+=====================+
            | One      | First paragraph.    |
            |          |                     |
            |          | Second paragraph.   |
            +----------+---------------------+

            Table: Notes {#tbl:notes}
            """);
        Assert.Equal("tbl:notes", t.Id);
        var blocks = t.Rows[0][1].Blocks!;
        Assert.Equal(["First paragraph.", "Second paragraph."], blocks.Cast<Paragraph>().Select(p => InlineText.Plain(p.Content)));
        Assert.Equal("First paragraph. Second paragraph.", Text(t.Rows[0][1]));
    }

    [Fact]
    public void Rules_setext_headings_front_matter_and_pipe_tables_are_not_taken_for_these_tables()
    {
        var (blocks, diags) = Parse("""
            ---
            title: Front
            ---

            # Chapter

            Title
            -----

            A paragraph.

            ---

            Another paragraph.

            -----

            | A | B |
            |---|--:|
            | x | 1 |

            ---------------
            A line between rules
            ---------------

            The end.
            """);
        Assert.Empty(diags.Items);
        Assert.Collection(blocks,
            b => Assert.Equal(2, Assert.IsType<Heading>(b).Level),
            b => Assert.IsType<Paragraph>(b),
            b => Assert.IsType<ThematicBreak>(b),
            b => Assert.IsType<Paragraph>(b),
            b => Assert.IsType<ThematicBreak>(b),
            b => Assert.Null(Assert.IsType<Table>(b).Widths),
            b => Assert.IsType<ThematicBreak>(b),
            b => Assert.IsType<Heading>(b),
            b => Assert.IsType<Paragraph>(b));
    }

    [Fact]
    public void A_table_in_a_code_fence_stays_code()
    {
        var (blocks, _) = Parse("```\n  A    B\n---- ----\n  1    2\n```\n");
        Assert.DoesNotContain(blocks, b => b is Table);
    }

    [Fact]
    public void Cells_that_start_like_lists_or_headings_stay_text_in_simple_tables()
    {
        var t = OnlyTable("""
            Step  What
            ----  ---------
            1.    # first
            -     + second

            """);
        Assert.Equal([["1.", "# first"], ["-", "+ second"]], Texts(t.Rows));
    }

    [Fact]
    public void A_grid_table_that_does_not_line_up_is_reported_at_its_line_and_kept_as_text()
    {
        var (blocks, diags) = Parse("""
            # Chapter

            +-------+-------+
            | one   | two   |
            | three   | four |
            +-------+-------+
            """);
        Assert.DoesNotContain(blocks, b => b is Table);
        var w = Assert.Single(diags.Items);
        Assert.Equal(Severity.Warning, w.Severity);
        Assert.Equal(5, w.Span!.Line);
        Assert.Contains("left as text", w.Message);
        Assert.Contains("three", string.Concat(blocks.OfType<Paragraph>().Select(p => InlineText.Plain(p.Content))));
    }

    [Fact]
    public void A_pipe_table_with_a_line_longer_than_72_characters_takes_its_widths_from_the_dashes()
    {
        var t = OnlyTable("""
            | Term | A long explanation that makes this line of the table longer than the column width |
            |---|-|
            | x | y |
            """);
        Assert.Equal([0.75, 0.25], t.Widths!, new Tolerance(1e-9));
    }

    /// <summary>Equal dashes draw no proportions (everyone writes |---|---|): such a table is fitted to its content.</summary>
    [Fact]
    public void A_long_pipe_table_with_equal_dashes_is_fitted_to_its_content()
    {
        var t = OnlyTable("""
            | Term | A long explanation that makes this line of the table longer than the column width |
            |:---|---:|
            | x | y |
            """);
        Assert.Null(t.Widths);
    }

    [Fact]
    public void A_caption_after_a_pipe_table_stays_the_pipe_tables_when_a_simple_table_follows()
    {
        var (blocks, diags) = Parse("""
            | a | b |
            |---|---|
            | 1 | 2 |

            Table: Pipe caption

              X    Y
            ---- ----
              1    2

            """);
        Assert.Empty(diags.Items);
        var tables = blocks.OfType<Table>().ToList();
        Assert.Equal(2, tables.Count);
        Assert.Equal("Pipe caption", InlineText.Plain(tables[0].Caption));
        Assert.Empty(tables[1].Caption);
    }

    [Fact]
    public void A_pipe_table_may_have_its_caption_before_it()
    {
        var (blocks, diags) = Parse("""
            Table: Before the pipes {#tbl:before}

            | a | b |
            |---|---|
            | 1 | 2 |

            Table: After the pipes {#tbl:after}

            | c | d |
            |---|---|
            | 3 | 4 |

            A paragraph.
            """);
        Assert.Empty(diags.Items);
        Assert.Collection(blocks,
            b => Assert.Equal(("tbl:before", "Before the pipes"), (((Table)b).Id, InlineText.Plain(((Table)b).Caption))),
            b => Assert.Equal(("tbl:after", "After the pipes"), (((Table)b).Id, InlineText.Plain(((Table)b).Caption))),
            b => Assert.IsType<Paragraph>(b));
    }

    /// <summary>Tables cut, shifted and misspelled at random: the parser reports or reads them, never fails.</summary>
    [Fact]
    public void Damaged_tables_never_crash_the_parser()
    {
        var sources = new[] { SimpleManual, MultilineManual, GridManual };
        var random = new Random(1992);
        for (int n = 0; n < 400; n++)
        {
            var lines = sources[n % sources.Length].Split('\n').ToList();
            for (int k = random.Next(1, 4); k > 0; k--)
            {
                int at = random.Next(lines.Count);
                var l = lines[at];
                int pos = l.Length == 0 ? 0 : random.Next(l.Length);
                lines[at] = random.Next(5) switch
                {
                    0 => l[..pos],
                    1 => l.Insert(pos, " "),
                    2 => l.Insert(pos, "+"),
                    3 => l.Length == 0 ? "|" : l.Remove(pos, 1),
                    _ => "",
                };
                if (random.Next(6) == 0) lines.RemoveAt(random.Next(lines.Count));
            }
            var (blocks, diags) = Parse(string.Join('\n', lines));
            Assert.All(diags.Items, d => Assert.Equal(Severity.Warning, d.Severity));
            Assert.NotNull(blocks);
        }
    }

    sealed class Tolerance(double eps) : IEqualityComparer<double>
    {
        public bool Equals(double a, double b) => Math.Abs(a - b) <= eps;
        public int GetHashCode(double d) => 0;
    }
}
