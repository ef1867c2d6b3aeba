using System.IO.Compression;
using System.Xml.Linq;
using Book.Model;

namespace Book.Tests.DefinitionLists;

using Text = Book.Model.Text;

/// <summary>
/// Pandoc's definition lists ("Term", then ":   definition") in a real build: the PDF sets the term,
/// then the definition stepped in beneath it, tagged as a list; the EPUB writes dl / dt / dd; a
/// definition list in a footnote prints in both.
/// </summary>
public sealed class DefinitionListTests
{
    const string Chapter = """
        # Terms {#sec:terms}

        The opening paragraph.

        Aphelion
        :   The point of an orbit farthest from the sun, where a planet moves most slowly.

        Perihelion
        :   The nearest point.
        :   Also a word for a high point.

        A sentence with a note.[^n]

        [^n]: The note begins.

            Notaterm
            :   Notadefinition text.
        """;

    static readonly XNamespace X = "http://www.w3.org/1999/xhtml";

    sealed record Built(string PdfText, List<PdfProbe.Word> Words, string Structure, XDocument Chapter, byte[] Epub);

    static readonly Lazy<Built> Build = new(() =>
    {
        using var p = TempProject.Create(Chapter, prefix: "deflist");
        var r = p.Build("pdf,epub");
        Assert.True(r.ExitCode == 0, r.Stderr);
        Assert.Contains("(0 errors, 0 warnings)", r.Stdout + r.Stderr);
        var chapter = p.EpubChapter("sec-terms");
        return new Built(p.PdfText(), PdfProbe.Words(p.Pdf), PdfProbe.Run("pdfinfo", "-struct", p.Pdf).StdOut, chapter, File.ReadAllBytes(p.Epub));
    });

    static PdfProbe.Word Word(string text) => Build.Value.Words.First(w => w.Text == text);

    [Fact]
    public void The_pdf_sets_each_term_then_its_definitions_in_order()
    {
        var text = Build.Value.PdfText;
        int At(string s)
        {
            int i = text.IndexOf(s, StringComparison.Ordinal);
            Assert.True(i >= 0, $"'{s}' is missing from the PDF text");
            return i;
        }
        Assert.True(At("Aphelion") < At("farthest from the sun"));
        Assert.True(At("farthest from the sun") < At("Perihelion"));
        Assert.True(At("Perihelion") < At("The nearest point"));
        Assert.True(At("The nearest point") < At("Also a word"));
    }

    [Fact]
    public void The_definition_is_indented_beneath_its_term()
    {
        var term = Word("Aphelion");
        var definition = Word("farthest");
        var opening = Word("opening");
        var first = Build.Value.Words.First(w => w.Page == definition.Page && w.YMin > term.YMax - 1 && w.Text == "The");
        Assert.True(first.YMin > term.YMin, "the definition is below its term");
        Assert.True(first.XMin > term.XMin + 5, $"the definition starts at x={first.XMin}, the term at x={term.XMin}");
        // The term starts at the text's left edge, where the body text does.
        var body = Build.Value.Words.First(w => w.Page == opening.Page && Math.Abs(w.YMin - opening.YMin) < 1);
        Assert.True(Math.Abs(term.XMin - body.XMin) < 1, $"the term at x={term.XMin}, the text's left edge at x={body.XMin}");
    }

    [Fact]
    public void The_pdf_tags_it_as_a_list_with_the_term_as_label()
    {
        var roles = Build.Value.Structure.Split('\n').Select(l => l.Trim().Split(' ')[0]).Where(r => r.Length > 0).ToList();
        int l = roles.IndexOf("L");
        Assert.True(l >= 0, "no L element:\n" + Build.Value.Structure);
        Assert.Equal(["L", "LI", "Lbl", "LBody", "P", "LI", "Lbl", "LBody", "P", "LBody", "P"], roles.Skip(l).Take(11));
    }

    [Fact]
    public void The_epub_writes_dl_dt_dd()
    {
        var dl = Build.Value.Chapter.Descendants(X + "dl").First();
        Assert.Equal(["dt", "dd", "dt", "dd", "dd"], dl.Elements().Select(e => e.Name.LocalName));
        Assert.Equal("Aphelion", dl.Elements().First().Value);
        Assert.Contains("farthest from the sun", dl.Elements().ElementAt(1).Value);
        Assert.Equal("Also a word for a high point.", dl.Elements().Last().Value);
    }

    [Fact]
    public void A_definition_list_in_a_footnote_prints_in_both_outputs()
    {
        var text = Build.Value.PdfText;
        Assert.Contains("Notaterm", text);
        Assert.Contains("Notadefinition", text);
        Assert.True(Word("Notadefinition").XMin > Word("Notaterm").XMin + 3, "the note's definition is stepped in");
        var aside = Build.Value.Chapter.Descendants(X + "aside").Single();
        var dl = aside.Descendants(X + "dl").Single();
        Assert.Equal("Notaterm", dl.Element(X + "dt")!.Value);
        Assert.Equal("Notadefinition text.", dl.Element(X + "dd")!.Value);
    }

    [Fact]
    public void The_epub_with_a_definition_list_passes_epubcheck()
    {
        var (exit, output) = Epub.EpubFixture.EpubCheck(Build.Value.Epub);
        Assert.True(exit == 0, output);
    }

    [Fact]
    public void Several_term_lines_make_one_term_and_a_second_colon_a_second_definition()
    {
        var diags = new DiagnosticBag();
        var parsed = new Core.Markdown.ChapterParser("t.md", "t", diags).Parse("# T\n\nOne\nUno\n:   first\n:   second\n");
        var list = Assert.IsType<DefinitionList>(Assert.Single(parsed.Blocks));
        var item = Assert.Single(list.Items);
        Assert.Equal("One Uno", InlineText.Plain(item.Term));
        Assert.Contains(item.Term, i => i is LineBreak);
        Assert.Equal(["first", "second"], item.Definitions.Select(d => InlineText.Plain(((Paragraph)Assert.Single(d)).Content)));
    }

    /// <summary>The one traversal reaches the terms and the definitions.</summary>
    [Fact]
    public void The_model_rewriter_enters_terms_and_definitions()
    {
        var list = new DefinitionList([new DefinitionItem([new Text("term")], [[new Paragraph([new Text("definition")])]])]);
        var book = new BookDocument(new BookMetadata("T", null, [], "en", null, null, "t", null, new PageSetup(420, 595, 45, 57, 51, 40), 10.5),
            [new Division(DivisionKind.Chapter, "c", [new Text("C")], "1", [list], [])]);
        var rewritten = new Upper().Rewrite(book);
        var item = ((DefinitionList)rewritten.Divisions[0].Blocks[0]).Items[0];
        Assert.Equal("TERM", InlineText.Plain(item.Term));
        Assert.Equal("DEFINITION", InlineText.Plain(((Paragraph)item.Definitions[0][0]).Content));
        Assert.Same(book, new Same().Rewrite(book));
    }

    sealed class Upper : ModelRewriter
    {
        public override Inline VisitText(Text t) => new Text(t.Value.ToUpperInvariant());
    }

    sealed class Same : ModelRewriter;
}
