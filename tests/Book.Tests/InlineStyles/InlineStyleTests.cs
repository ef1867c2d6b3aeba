using System.IO.Compression;
using System.Xml.Linq;
using Book.Core.Pipeline;
using Book.Layout;
using Book.Model;
using Book.Pages;

namespace Book.Tests.InlineStyles;

/// <summary>
/// Pandoc's strikeout, superscript, subscript and small caps in a real build: the PDF sets the scripts
/// smaller and off the baseline, draws a rule through struck text on every line it takes (where the
/// font's OS/2 table puts its strikeout), sets small caps with the font's own 'smcp' glyphs, and all of
/// it copies as typed; the EPUB writes del, sup, sub and span.smallcaps, and passes epubcheck.
/// </summary>
public sealed class InlineStyleTests
{
    const string Chapter = """
        # Styles {#sec:styles}

        The mark a^supword^ rises, b~subword~ sinks; the price: ~~fortyfold~~ less, said
        [Lovelace]{.smallcaps} once, and <span class="smallcaps">Babbage</span> twice. Struck ~~zqbase^zqraised^ too~~ here. Not scripts: 2^10 and x^a b^ stay as typed. A note^[Still a note.] follows.

        A long struck phrase ~~that runs on and on across the end of one line and well into the next one
        so that its rule must break along with the zqlastword~~ ends here, with more words after it to fill the measure.
        """;

    static readonly XNamespace X = "http://www.w3.org/1999/xhtml";

    sealed record Built(string PdfText, PageTree Tree, XDocument Chapter, byte[] Epub, string Output);

    static readonly Lazy<Built> Build = new(() =>
    {
        using var p = TempProject.Create(Chapter, prefix: "inlinestyles");
        var r = p.Build("pdf,epub");
        Assert.True(r.ExitCode == 0, r.Stderr);
        using var zip = ZipFile.OpenRead(p.Epub);
        var chapter = p.EpubChapter("sec-styles");
        // The same book typeset again in-process, for the page tree the PDF was written from.
        var diags = new DiagnosticBag();
        var book = BookLoader.Load(p.Dir, diags)!;
        var tree = Typesetter.Typeset(book, diags, out _);
        return new Built(p.PdfText(), tree, chapter, File.ReadAllBytes(p.Epub), r.Stdout + r.Stderr);
    });

    static IEnumerable<GlyphRun> Runs => Build.Value.Tree.Pages.SelectMany(p => p.Items.OfType<GlyphRun>());

    static GlyphRun RunOf(string text) => Runs.First(r => r.Text.Contains(text, StringComparison.Ordinal));

    static double Width(GlyphRun r) => r.Glyphs.Sum(g => (double)g.Advance);

    [Fact]
    public void The_build_is_clean()
    {
        Assert.Contains("(0 errors, 0 warnings)", Build.Value.Output);
    }

    [Fact]
    public void Every_styled_word_copies_out_of_the_pdf_as_typed()
    {
        var text = string.Join(" ", Build.Value.PdfText.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("asupword rises", text);
        Assert.Contains("bsubword sinks", text);
        Assert.Contains("fortyfold less", text);
        Assert.Contains("said Lovelace once", text); // small caps glyphs, lowercase text
        Assert.Contains("and Babbage twice", text);
        Assert.Contains("2^10 and x^a b^ stay as typed", text);
        Assert.Contains("Still a note.", text);
    }

    [Fact]
    public void A_superscript_is_smaller_and_raised_a_subscript_smaller_and_lowered()
    {
        var body = RunOf("rises");
        var sup = RunOf("supword");
        var sub = RunOf("subword");
        Assert.Equal(body.Size * 0.7, sup.Size, 2);
        Assert.Equal(body.Size * 0.7, sub.Size, 2);
        // Y is measured down the page: a raised baseline has the smaller Y.
        Assert.True(sup.Y < body.Y - body.Size * 0.25, $"superscript baseline {sup.Y}, text baseline {body.Y}");
        Assert.True(sub.Y > body.Y + body.Size * 0.1, $"subscript baseline {sub.Y}, text baseline {body.Y}");
        Assert.True(sub.Y < body.Y + body.Size * 0.3, "a subscript stays close to its line");
    }

    [Fact]
    public void A_struck_word_has_a_rule_through_it_at_the_fonts_strikeout_height()
    {
        var struck = RunOf("fortyfold");
        Assert.Equal("fortyfold", struck.Text); // the struck text is its own run: the rule spans exactly it
        var page = Build.Value.Tree.Pages.Single(p => p.Items.Contains(struck));
        var font = struck.Font;
        double scale = struck.Size / font.UnitsPerEm;
        Assert.Equal(50, font.StrikeoutSize);      // Literata's OS/2 yStrikeoutSize
        Assert.Equal(304, font.StrikeoutPosition); // and yStrikeoutPosition (the stroke's top)
        var rule = Assert.Single(page.Items.OfType<Rule>(), r => r.Y1 < struck.Y && r.Y1 > struck.Y - struck.Size);
        Assert.Equal(rule.Y1, rule.Y2);
        Assert.Equal(font.StrikeoutSize * scale, rule.Thickness, 3);
        Assert.Equal(struck.Y - (font.StrikeoutPosition - font.StrikeoutSize / 2.0) * scale, rule.Y1, 2);
        Assert.Equal(struck.X, rule.X1, 2);
        Assert.Equal(struck.X + Width(struck), rule.X2, 2);
        Assert.Null(rule.Tag); // decoration, not content
        // The word after it is not struck.
    }

    [Fact]
    public void A_struck_phrase_that_breaks_across_lines_is_struck_on_each_line()
    {
        var first = RunOf("that runs on");
        var second = RunOf("zqlastword");
        Assert.NotEqual(first.Y, second.Y);
        var rules = Build.Value.Tree.Pages.SelectMany(p => p.Items.OfType<Rule>()).ToList();
        foreach (var run in new[] { first, second })
        {
            var rule = Assert.Single(rules, r => r.Y1 < run.Y && r.Y1 > run.Y - run.Size && r.X1 <= run.X + 0.01 && r.X2 >= run.X + Width(run) - 0.01);
            Assert.True(rule.X2 - rule.X1 > 50, "the rule runs along the struck words");
        }
        // "ends here" follows on the second line, unstruck: no rule on that line reaches past the struck words.
        Assert.All(rules.Where(r => r.Y1 < second.Y && r.Y1 > second.Y - second.Size),
            r => Assert.True(r.X2 <= second.X + Width(second) + 0.01, $"a rule runs on to x={r.X2}"));
    }

    [Fact]
    public void A_superscript_inside_a_struck_phrase_is_struck_by_the_phrases_own_rule()
    {
        var baseRun = RunOf("zqbase");
        var raised = RunOf("zqraised");
        Assert.True(raised.Y < baseRun.Y, "the superscript is raised");
        var rules = Build.Value.Tree.Pages.SelectMany(p => p.Items.OfType<Rule>()).ToList();
        Rule Under(GlyphRun r) => Assert.Single(rules, x => x.X1 <= r.X + 0.01 && x.X2 >= r.X + Width(r) - 0.01 && x.Y1 < baseRun.Y && x.Y1 > baseRun.Y - baseRun.Size);
        var a = Under(baseRun);
        var b = Under(raised);
        Assert.Equal(a.Y1, b.Y1, 3);
        Assert.Equal(a.Thickness, b.Thickness, 3);
    }

    [Fact]
    public void Small_caps_are_the_fonts_own_smcp_glyphs()
    {
        var run = RunOf("ovelace");
        var font = run.Font;
        var smcp = font.SingleSubstitutions("smcp");
        Assert.NotEmpty(smcp); // Literata has them
        int o = run.Text.IndexOf("ovelace", StringComparison.Ordinal);
        var glyphOfO = run.Glyphs.Single(g => g.Cluster == o).Glyph;
        Assert.Equal(smcp[font.GetGlyph('o')], glyphOfO);
        var glyphOfL = run.Glyphs.Single(g => g.Cluster == o - 1).Glyph;
        Assert.Equal(font.GetGlyph('L'), glyphOfL); // a capital stays a capital
    }

    [Fact]
    public void The_epub_writes_del_sup_sub_and_a_smallcaps_span()
    {
        var c = Build.Value.Chapter;
        Assert.Contains(c.Descendants(X + "sup"), e => e.Value == "supword");
        Assert.Contains(c.Descendants(X + "sub"), e => e.Value == "subword");
        Assert.Contains(c.Descendants(X + "del"), e => e.Value == "fortyfold");
        Assert.Contains(c.Descendants(X + "span"), e => (string?)e.Attribute("class") == "smallcaps" && e.Value == "Lovelace");
        Assert.Contains(c.Descendants(X + "span"), e => (string?)e.Attribute("class") == "smallcaps" && e.Value == "Babbage");
        Assert.Contains("2^10 and x^a b^ stay as typed", c.Root!.Value);
    }

    [Fact]
    public void The_epubs_stylesheet_sets_small_caps()
    {
        using var zip = new ZipArchive(new MemoryStream(Build.Value.Epub));
        var css = zip.Entries.Single(e => e.FullName.EndsWith(".css", StringComparison.Ordinal));
        using var reader = new StreamReader(css.Open());
        var text = reader.ReadToEnd();
        Assert.Matches(@"\.smallcaps\s*\{[^}]*font-variant:\s*small-caps", text);
    }

    [Fact]
    public void The_epub_with_these_styles_passes_epubcheck()
    {
        var (exit, output) = Epub.EpubFixture.EpubCheck(Build.Value.Epub);
        Assert.True(exit == 0, output);
    }

    static IReadOnlyList<Inline> Parse(string markdown, bool clean = true)
    {
        var diags = new DiagnosticBag();
        var parsed = new Core.Markdown.ChapterParser("t.md", "t", diags).Parse("# T\n\n" + markdown + "\n");
        if (clean) Assert.Empty(diags.Items);
        return ((Paragraph)Assert.Single(parsed.Blocks)).Content;
    }

    [Fact]
    public void The_parser_maps_each_delimiter_to_its_style()
    {
        var content = Parse("~~gone~~ H~2~O x^2^ [Name]{.smallcaps}");
        var styles = content.OfType<Styled>().Select(s => (s.Style, InlineText.Plain(s.Content))).ToList();
        Assert.Equal([(InlineStyle.Strikeout, "gone"), (InlineStyle.Subscript, "2"), (InlineStyle.Superscript, "2"), (InlineStyle.SmallCaps, "Name")], styles);
    }

    [Fact]
    public void Nested_html_smallcaps_spans_keep_their_text_and_the_model_no_deeper_than_the_nesting_limit()
    {
        const int levels = 200;
        var content = Parse("A " + string.Concat(Enumerable.Repeat("<span class=\"smallcaps\">", levels)) + "core"
            + string.Concat(Enumerable.Repeat("</span>", levels)) + " end.", clean: false);
        Assert.Equal("A core end.", InlineText.Plain(content));
        int depth = 0;
        for (var level = content; level.OfType<Styled>().FirstOrDefault() is { } s; level = s.Content) depth++;
        Assert.Equal(Core.Markdown.ChapterParser.MaxNesting, depth);
    }

    [Fact]
    public void An_html_smallcaps_span_is_small_caps_too()
    {
        var content = Parse("A <span class=\"smallcaps place\">Name <span>inner</span></span> and <span class=\"smallcaps\">open", clean: false);
        var styled = Assert.Single(content.OfType<Styled>());
        Assert.Equal(InlineStyle.SmallCaps, styled.Style);
        var span = Assert.IsType<Span>(Assert.Single(styled.Content));
        Assert.Equal(["place"], span.Classes);
        Assert.Equal("Name inner", InlineText.Plain(span.Content));
        // An unclosed one stays raw HTML (and is reported as such).
        Assert.Contains(content, i => i is RawInline { Text: "<span class=\"smallcaps\">" });
    }

    [Fact]
    public void A_superscript_may_not_hold_a_space_unless_it_is_escaped()
    {
        Assert.Equal("x^a b^ y", InlineText.Plain(Parse("x^a b^ y")));
        var escaped = Assert.Single(Parse("P~a\\ cat~").OfType<Styled>());
        Assert.Equal("a\u00A0cat", InlineText.Plain(escaped.Content));
    }

    [Fact]
    public void An_inline_note_still_starts_with_a_caret()
    {
        var content = Parse("Text^[the note] and 2^nd^.");
        Assert.Single(content.OfType<NoteRef>());
        Assert.Equal("nd", InlineText.Plain(Assert.Single(content.OfType<Styled>()).Content));
    }

    [Fact]
    public void Small_caps_keep_a_language_and_other_classes_on_a_span_inside()
    {
        var styled = Assert.Single(Parse("[Xocalı]{.smallcaps .place lang=az}").OfType<Styled>());
        Assert.Equal(InlineStyle.SmallCaps, styled.Style);
        var span = Assert.IsType<Span>(Assert.Single(styled.Content));
        Assert.Equal("az", span.Language);
        Assert.Equal(["place"], span.Classes);
    }
}
