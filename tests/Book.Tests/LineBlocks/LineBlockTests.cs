using System.IO.Compression;
using System.Text;
using System.Xml.Linq;
using Book.Core.Markdown;
using Book.Model;

namespace Book.Tests.LineBlocks;

using Text = Book.Model.Text;

/// <summary>
/// Pandoc's line blocks ("| " lines: poems, addresses) in a real build: each line its own line,
/// indentation kept, a long line turning over with a hanging indent, a page never leaving one line of
/// a block alone; pipe tables beside them still tables; the EPUB as Pandoc writes it (div, br).
/// </summary>
public sealed class LineBlockTests
{
    const string Verse = """
        # Verse {#sec:verse}

        The opening paragraph.

        | Firstline of the poem
        |     Indented line here
        | Thirdline *with emphasis*
        |
        | Stanzatwo opens with a line long enough to run over the measure of the page and turn over
          continued from the next source line.
        | Lastline closes

        | Name | Value |
        |------|-------|
        | one  | 1     |

        A closing paragraph.
        """;

    static readonly XNamespace X = "http://www.w3.org/1999/xhtml";

    sealed record Built(string Layout, string Output, List<PdfProbe.Word> Words, XDocument Verse, XDocument Stanzas, byte[] Epub);

    /// <summary>Forty six-line poems between paragraphs of changing length: some must meet a page break.</summary>
    static string Stanzas()
    {
        var sb = new StringBuilder("# Stanzas {#sec:stanzas}\n\n");
        for (int k = 0; k < 40; k++)
        {
            sb.Append(string.Join(" ", Enumerable.Repeat("Filler words make the paragraph between the poems longer or shorter.", k % 4 + 1))).Append("\n\n");
            for (int j = 0; j < 6; j++) sb.Append($"| P{k:00}L{j} of poem {k}\n");
            sb.Append('\n');
        }
        return sb.ToString();
    }

    static readonly Lazy<Built> Build = new(() =>
    {
        using var p = TempProject.Create(Verse, "title: Test Book\nslug: test-book\nchapters: [one.md, two.md]\n", prefix: "lineblocks");
        p.Write("two.md", Stanzas());
        var r = p.Build("pdf,epub");
        Assert.True(r.ExitCode == 0, r.Stderr);
        using var zip = ZipFile.OpenRead(p.Epub);
        XDocument Load(string suffix)
        {
            using var s = zip.Entries.Single(e => e.FullName.EndsWith(suffix, StringComparison.Ordinal)).Open();
            return XDocument.Load(s);
        }
        return new Built(PdfProbe.PdfToText(p.Pdf, layout: true), r.Stdout + r.Stderr, PdfProbe.Words(p.Pdf),
            Load("-sec-verse.xhtml"), Load("-sec-stanzas.xhtml"), File.ReadAllBytes(p.Epub));
    });

    static PdfProbe.Word Word(string text) => Build.Value.Words.First(w => w.Text == text);

    static string Line(string word) =>
        Build.Value.Layout.Split('\n').FirstOrDefault(l => l.Contains(word, StringComparison.Ordinal))?.Trim()
        ?? throw new Xunit.Sdk.XunitException($"'{word}' is not in the PDF text");

    [Fact]
    public void The_build_is_clean() => Assert.Contains("(0 errors, 0 warnings)", Build.Value.Output);

    [Fact]
    public void Each_line_of_the_poem_is_a_line_of_its_own()
    {
        Assert.Equal("Firstline of the poem", Line("Firstline"));
        Assert.Equal("Indented line here", Line("Indented"));
        Assert.Equal("Thirdline with emphasis", Line("Thirdline"));
        Assert.Equal("Lastline closes", Line("Lastline"));
        Assert.DoesNotContain("|", Build.Value.Layout.Split('\n').Where(l => l.Contains("line", StringComparison.Ordinal)));
    }

    [Fact]
    public void Leading_spaces_indent_the_line()
    {
        double left = Word("Firstline").XMin;
        Assert.True(Word("Indented").XMin > left + 10, $"the indented line starts at {Word("Indented").XMin}, the poem at {left}");
        Assert.True(Math.Abs(Word("Thirdline").XMin - left) < 0.5);
        // The poem starts at the text's left edge, where the paragraphs do.
        var opening = Word("opening");
        var the = Build.Value.Words.First(w => w.Text == "The" && w.Page == opening.Page && Math.Abs(w.YMin - opening.YMin) < 1);
        Assert.True(Math.Abs(the.XMin - left) < 0.5, $"the poem starts at {left}, the paragraph at {the.XMin}");
    }

    [Fact]
    public void A_long_line_turns_over_with_a_hanging_indent_and_is_not_justified()
    {
        var first = Word("Stanzatwo");
        var line = Build.Value.Words.Where(w => w.Page == first.Page && Math.Abs(w.YMin - first.YMin) < 1).ToList();
        // The next line of the page (boxes overlap a little: go by their tops, a line's leading apart).
        double next = Build.Value.Words.Where(w => w.Page == first.Page && w.YMin > first.YMin + 3).Min(w => w.YMin);
        var turned = Build.Value.Words.Where(w => w.Page == first.Page && Math.Abs(w.YMin - next) < 1).ToList();
        Assert.NotEmpty(turned);
        Assert.True(turned.Min(w => w.XMin) > first.XMin + 5, "the turnover is indented");
        // The continuation source line joined the verse line: no line of its own at the left edge.
        Assert.DoesNotContain(Build.Value.Words, w => w.Text == "continued" && Math.Abs(w.XMin - first.XMin) < 1);
        // Ragged: the gaps between words stay those of a normal space.
        var gaps = line.Zip(line.Skip(1), (a, b) => b.XMin - a.XMax).ToList();
        Assert.True(gaps.Max() - gaps.Min() < 0.5, "the line's spaces are all alike: " + string.Join(", ", gaps));
    }

    [Fact]
    public void A_page_break_leaves_at_least_two_lines_of_a_poem_on_each_page()
    {
        int split = 0;
        for (int k = 0; k < 40; k++)
        {
            var pages = Enumerable.Range(0, 6).Select(j => Word($"P{k:00}L{j}").Page).ToList();
            var parts = pages.GroupBy(p => p).Select(g => g.Count()).ToList();
            if (parts.Count > 1) split++;
            Assert.All(parts, n => Assert.True(n >= 2, $"poem {k} has a single line on a page: pages {string.Join(",", pages)}"));
        }
        Assert.True(split > 0, "no poem met a page break, so the rule was not tried");
    }

    [Fact]
    public void A_pipe_table_is_still_a_table()
    {
        var table = Build.Value.Verse.Descendants(X + "table").Single();
        Assert.Equal(["Name", "Value"], table.Descendants(X + "thead").Single().Descendants(X + "th").Select(t => t.Value));
        Assert.DoesNotContain("| Name", Build.Value.Layout);
    }

    [Fact]
    public void The_epub_writes_a_div_with_the_lines_between_br()
    {
        var div = Build.Value.Verse.Descendants(X + "div").Single(d => d.Attribute("class")?.Value == "line-block");
        Assert.Equal(5, div.Elements(X + "br").Count());
        var lines = new List<string> { "" };
        foreach (var node in div.Nodes())
        {
            if (node is XElement { Name.LocalName: "br" }) lines.Add("");
            else lines[^1] += node is XElement e ? e.Value : ((XText)node).Value;
        }
        Assert.Equal("Firstline of the poem", lines[0]);
        Assert.Equal("\u00A0\u00A0\u00A0\u00A0Indented line here", lines[1]);
        Assert.Equal("", lines[3]);
        Assert.EndsWith("turn over continued from the next source line.", lines[4]);
        Assert.Equal("with emphasis", div.Element(X + "em")!.Value);
        Assert.Equal(40, Build.Value.Stanzas.Descendants(X + "div").Count(d => d.Attribute("class")?.Value == "line-block"));
    }

    [Fact]
    public void The_epub_with_line_blocks_passes_epubcheck()
    {
        var (exit, output) = Epub.EpubFixture.EpubCheck(Build.Value.Epub);
        Assert.True(exit == 0, output);
    }

    static IReadOnlyList<Block> Parse(string body) => new ChapterParser("t.md", "t", new DiagnosticBag()).Parse("# T\n\n" + body).Blocks;

    [Fact]
    public void Only_bar_lines_make_a_line_block()
    {
        // "|x" (no space), an escaped bar, and a paragraph whose second line lacks the bar are text.
        Assert.IsType<Paragraph>(Assert.Single(Parse("|x and y\n")));
        Assert.IsType<Paragraph>(Assert.Single(Parse("\\| escaped\n")));
        Assert.IsType<Paragraph>(Assert.Single(Parse("| one\ntwo\n")));
        var l = Assert.IsType<LineBlock>(Assert.Single(Parse("| one\n|   two **b**\n")));
        Assert.Equal(["one", "\u00A0\u00A0two b"], l.Lines.Select(InlineText.Plain));
        Assert.IsType<Strong>(l.Lines[1][^1]);
    }

    [Fact]
    public void Emphasis_across_two_lines_is_warned_about()
    {
        var diags = new DiagnosticBag();
        new ChapterParser("t.md", "t", diags).Parse("# T\n\n| one *two\n| three* four\n");
        var w = Assert.Single(diags.Items);
        Assert.Contains("t.md:3:", w.ToString());
        Assert.Contains("line block", w.ToString());
    }

    [Fact]
    public void A_line_block_in_a_list_or_quote_is_one_too()
    {
        var quote = Assert.IsType<BlockQuote>(Assert.Single(Parse("> | a\n> | b\n")));
        Assert.Equal(2, Assert.IsType<LineBlock>(Assert.Single(quote.Blocks)).Lines.Count);
        var list = Assert.IsType<ListBlock>(Assert.Single(Parse("- | a\n  | b\n")));
        Assert.Equal(2, Assert.IsType<LineBlock>(Assert.Single(list.Items[0].Blocks)).Lines.Count);
    }

    /// <summary>The one traversal reaches every line's inlines.</summary>
    [Fact]
    public void The_model_rewriter_enters_each_line()
    {
        var block = new LineBlock([[new Text("one")], [new Text("two")]]);
        var book = new BookDocument(new BookMetadata("T", null, [], "en", null, null, "t", null, new PageSetup(420, 595, 45, 57, 51, 40), 10.5),
            [new Division(DivisionKind.Chapter, "c", [new Text("C")], "1", [block], [])]);
        var rewritten = (LineBlock)new Upper().Rewrite(book).Divisions[0].Blocks[0];
        Assert.Equal(["ONE", "TWO"], rewritten.Lines.Select(InlineText.Plain));
    }

    sealed class Upper : ModelRewriter
    {
        public override Inline VisitText(Text t) => new Text(t.Value.ToUpperInvariant());
    }
}
