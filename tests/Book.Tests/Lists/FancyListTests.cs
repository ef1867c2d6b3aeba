using System.IO.Compression;
using System.Xml.Linq;
using Book.Core.Pipeline;
using Book.Layout;
using Book.Model;
using Book.Pages;

namespace Book.Tests.Lists;

/// <summary>
/// Pandoc's list extensions in a real build: fancy markers ("c." "iv." "(1)" "a)" "#."), example
/// items numbered across the chapter and referred to by "@label", and task lists, whose boxes the
/// PDF draws (the font has no ballot box) and the EPUB writes as disabled checkboxes.
/// </summary>
public sealed class FancyListTests
{
    const string Chapter = """
        # Lists {#sec:lists}

        Lettered from c:

        c. Gamma item
        d. Delta item

        Roman from four:

        iv. Quattuor item
        v. Quinque item

        In parentheses:

        (1) Unum item
        (2) Duo item

        One parenthesis:

        a) Alef item
        b) Bet item

        B. Russell wrote this sentence, which is no list.

        #. Autoone item
        #. Autotwo item

        (@) Firstexample sentence.
        (@good) Goodexample sentence.

        As (@good) shows, and as @good shows again, examples count across lists.

        (@) Thirdexample sentence.

        Tasks:

        - [ ] Todoitem text
        - [x] Doneitem text
        - Plainitem text
        """;

    static readonly XNamespace X = "http://www.w3.org/1999/xhtml";

    sealed record Built(string Layout, string Output, XDocument Chapter, byte[] Epub, PageTree Tree, string Structure);

    static readonly Lazy<Built> Build = new(() =>
    {
        using var p = TempProject.Create(Chapter, prefix: "fancylists");
        var r = p.Build("pdf,epub");
        Assert.True(r.ExitCode == 0, r.Stderr);
        using var zip = ZipFile.OpenRead(p.Epub);
        XDocument chapter;
        using (var s = zip.Entries.Single(e => e.FullName.EndsWith("-sec-lists.xhtml", StringComparison.Ordinal)).Open()) chapter = XDocument.Load(s);
        // The page tree too, in process, for what pdftotext cannot see: the drawn boxes.
        var diags = new DiagnosticBag();
        var book = BookLoader.Load(p.Dir, diags);
        Assert.True(book is not null && !diags.HasErrors, string.Join("\n", diags.Items));
        var tree = Typesetter.Typeset(book!, diags);
        return new Built(PdfProbe.PdfToText(p.Pdf, layout: true), r.Stdout + r.Stderr, chapter, File.ReadAllBytes(p.Epub), tree,
            PdfProbe.Run("pdfinfo", "-struct", p.Pdf).StdOut);
    });

    /// <summary>The line of the PDF's layout text holding <paramref name="word"/>, trimmed.</summary>
    static string Line(string word) =>
        Build.Value.Layout.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Contains(word, StringComparison.Ordinal))
        ?? throw new Xunit.Sdk.XunitException($"'{word}' is not in the PDF text");

    [Fact]
    public void The_build_is_clean()
    {
        // "(@good)" and "@good" are examples, not unknown citations.
        Assert.Contains("(0 errors, 0 warnings)", Build.Value.Output);
    }

    [Theory]
    [InlineData("Gamma", "c. Gamma item")]
    [InlineData("Delta", "d. Delta item")]
    [InlineData("Quattuor", "iv. Quattuor item")]
    [InlineData("Quinque", "v. Quinque item")]
    [InlineData("Unum", "(1) Unum item")]
    [InlineData("Duo", "(2) Duo item")]
    [InlineData("Alef", "a) Alef item")]
    [InlineData("Bet", "b) Bet item")]
    [InlineData("Autoone", "1. Autoone item")]
    [InlineData("Autotwo", "2. Autotwo item")]
    public void The_pdf_labels_each_item_in_its_lists_style(string word, string line) =>
        Assert.Equal(line, System.Text.RegularExpressions.Regex.Replace(Line(word), @"\s+", " "));

    [Fact]
    public void A_capital_and_a_period_with_one_space_is_an_initial_not_a_list()
    {
        Assert.Equal("B. Russell wrote this sentence, which is no list.", System.Text.RegularExpressions.Regex.Replace(Line("Russell"), @"\s+", " "));
        Assert.Contains(Build.Value.Chapter.Descendants(X + "p"), p => p.Value.StartsWith("B. Russell", StringComparison.Ordinal));
    }

    [Fact]
    public void Examples_are_numbered_across_the_chapter_and_referred_to_by_label()
    {
        Assert.StartsWith("(1) Firstexample", Line("Firstexample"));
        Assert.StartsWith("(2) Goodexample", Line("Goodexample"));
        Assert.StartsWith("(3) Thirdexample", Line("Thirdexample"));
        Assert.Contains("As (2) shows, and as 2 shows again", System.Text.RegularExpressions.Regex.Replace(Line("shows again"), @"\s+", " "));
        var text = Build.Value.Chapter.Descendants(X + "p").Single(p => p.Value.Contains("shows again", StringComparison.Ordinal)).Value;
        Assert.Equal("As (2) shows, and as 2 shows again, examples count across lists.", text);
    }

    [Fact]
    public void The_epub_writes_the_style_start_and_delimiter_of_each_ordered_list()
    {
        var lists = Build.Value.Chapter.Descendants(X + "ol").ToList();
        string? Attr(XElement e, string name) => e.Attribute(name)?.Value;
        XElement With(string word) => lists.Single(l => l.Value.Contains(word, StringComparison.Ordinal));
        Assert.Equal(("a", "3"), (Attr(With("Gamma"), "type"), Attr(With("Gamma"), "start")));
        Assert.Equal(("i", "4"), (Attr(With("Quattuor"), "type"), Attr(With("Quattuor"), "start")));
        Assert.Equal("two-parens", Attr(With("Unum"), "class"));
        Assert.Equal("one-paren lower-alpha", Attr(With("Alef"), "class"));
        Assert.Equal("example", Attr(With("Firstexample"), "class"));
        Assert.Null(Attr(With("Firstexample"), "start"));
        Assert.Equal("3", Attr(With("Thirdexample"), "start"));
        Assert.Null(Attr(With("Autoone"), "type"));
    }

    [Fact]
    public void Task_items_copy_as_their_text_and_plain_items_keep_their_bullet()
    {
        Assert.Equal("Todoitem text", Line("Todoitem"));
        Assert.Equal("Doneitem text", Line("Doneitem"));
        Assert.Equal("\u2022 Plainitem text", System.Text.RegularExpressions.Regex.Replace(Line("Plainitem"), @"\s+", " "));
        Assert.DoesNotContain("[ ]", Build.Value.Layout);
        Assert.DoesNotContain("[x]", Build.Value.Layout);
    }

    /// <summary>The box: four filled bars making a square left of the item's first word, on its baseline; the done one has its tick (two rules) too.</summary>
    [Fact]
    public void The_pdf_draws_a_box_before_each_task_and_ticks_the_done_one()
    {
        var page = Build.Value.Tree.Pages.Single(p => p.Items.OfType<GlyphRun>().Any(r => r.Text.Contains("Todoitem", StringComparison.Ordinal)));
        var todo = page.Items.OfType<GlyphRun>().Single(r => r.Text.Contains("Todoitem", StringComparison.Ordinal));
        var done = page.Items.OfType<GlyphRun>().Single(r => r.Text.Contains("Doneitem", StringComparison.Ordinal));
        List<PageItem> Near(GlyphRun run) => page.Items.Where(i => i is FilledRect or Rule && Box(i) is var (x0, y0, x1, y1)
            && x1 <= run.X && x0 > run.X - run.Size * 2 && y1 <= run.Y + 0.5 && y0 > run.Y - run.Size).ToList();
        var todoMarks = Near(todo);
        var doneMarks = Near(done);
        Assert.Equal(4, todoMarks.OfType<FilledRect>().Count());
        Assert.Empty(todoMarks.OfType<Rule>());
        Assert.Equal(4, doneMarks.OfType<FilledRect>().Count());
        Assert.Equal(2, doneMarks.OfType<Rule>().Count());
        // A square, about as tall as the lower-case letters beside it, standing on their baseline.
        var (bx0, by0, bx1, by1) = Bounds(todoMarks);
        Assert.True(Math.Abs((bx1 - bx0) - (by1 - by0)) < 0.01, $"the box is {bx1 - bx0} by {by1 - by0}");
        Assert.InRange(by1 - by0, todo.Size * 0.45, todo.Size * 0.8);
        Assert.True(Math.Abs(by1 - todo.Y) < 0.01, "the box stands on the baseline");
        // Tagged as the item's label, not left as an artifact.
        Assert.All(todoMarks.Concat(doneMarks), m => Assert.Equal("Lbl", m.Tag?.Role));
    }

    [Fact]
    public void The_pdf_tags_a_task_list_as_a_list_with_labels()
    {
        var roles = Build.Value.Structure.Split('\n').Select(l => l.Trim().Split(' ')[0]).Where(r => r.Length > 0).ToList();
        Assert.Contains("Lbl", roles);
    }

    [Fact]
    public void The_epub_writes_task_items_with_disabled_checkboxes()
    {
        var items = Build.Value.Chapter.Descendants(X + "li").Where(li => li.Value.Contains("item text", StringComparison.Ordinal)).ToList();
        var todo = items.Single(li => li.Value.Contains("Todoitem", StringComparison.Ordinal));
        var done = items.Single(li => li.Value.Contains("Doneitem", StringComparison.Ordinal));
        var plain = items.Single(li => li.Value.Contains("Plainitem", StringComparison.Ordinal));
        var box = todo.Element(X + "input")!;
        Assert.Equal(("checkbox", "disabled", null), (box.Attribute("type")?.Value, box.Attribute("disabled")?.Value, box.Attribute("checked")?.Value));
        Assert.Equal("checked", done.Element(X + "input")!.Attribute("checked")?.Value);
        Assert.Null(plain.Element(X + "input"));
        Assert.Equal("Todoitem text", todo.Value.Trim());
    }

    [Fact]
    public void The_epub_with_fancy_and_task_lists_passes_epubcheck()
    {
        var (exit, output) = Epub.EpubFixture.EpubCheck(Build.Value.Epub);
        Assert.True(exit == 0, output);
    }

    static (double X0, double Y0, double X1, double Y1) Box(PageItem i) => i switch
    {
        FilledRect f => (f.X, f.Y, f.X + f.Width, f.Y + f.Height),
        Rule r => (Math.Min(r.X1, r.X2), Math.Min(r.Y1, r.Y2), Math.Max(r.X1, r.X2), Math.Max(r.Y1, r.Y2)),
        _ => (0, 0, 0, 0),
    };

    static (double, double, double, double) Bounds(IEnumerable<PageItem> items)
    {
        var boxes = items.Select(Box).ToList();
        return (boxes.Min(b => b.X0), boxes.Min(b => b.Y0), boxes.Max(b => b.X1), boxes.Max(b => b.Y1));
    }
}
