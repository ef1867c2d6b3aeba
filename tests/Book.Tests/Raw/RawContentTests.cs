using System.IO.Compression;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Book.Model;

namespace Book.Tests.Raw;

/// <summary>
/// Raw content in a real build (Pandoc's raw_html and raw_attribute): an HTML block goes into the EPUB
/// as written when it is well-formed XHTML and prints its text in the PDF; a comment is dropped without a
/// word; <c>{=html}</c> is for the EPUB only; <c>{=latex}</c> goes nowhere; inline tags go into the EPUB
/// when they balance within their paragraph, never into the PDF, where a &lt;br&gt; breaks the line.
/// Each loss is named once, at its line.
/// </summary>
public sealed class RawContentTests
{
    const string Chapter = """
        # Raw {#sec:raw}

        Opening words.

        <div class="box">
        <p>The zqblock text &amp; its <em>emphasis</em>.</p>
        </div>

        <!-- zqcomment never shown -->

        <center>zqcentered old tag</center>

        ```{=html}
        <aside>zqepubonly aside</aside>
        ```

        ```{=latex}
        \zqlatexblock
        ```

        Inline <b>zqbold</b> then a<br>zqbroken line, a `<i>zqrawspan</i>`{=html} span, `\zqlatexspan`{=latex} gone.

        Unbalanced <b>zqunclosed words and *zqemph* after.

        Just a<br/>zqbreak alone.

        The end.
        """;

    static readonly XNamespace X = "http://www.w3.org/1999/xhtml";

    sealed record Built(string PdfText, List<PdfProbe.Word> Words, XDocument Chapter, string ChapterXml, byte[] Epub, string Output);

    static readonly Lazy<Built> Build = new(() =>
    {
        using var p = TempProject.Create(Chapter, prefix: "raw");
        var r = p.Build("pdf,epub");
        Assert.True(r.ExitCode == 0, r.Stderr);
        using var zip = ZipFile.OpenRead(p.Epub);
        var entry = zip.Entries.Single(e => e.FullName.EndsWith("-sec-raw.xhtml", StringComparison.Ordinal));
        string xml;
        using (var s = new StreamReader(entry.Open())) xml = s.ReadToEnd();
        return new Built(p.PdfText(), PdfProbe.Words(p.Pdf), XDocument.Parse(xml), xml, File.ReadAllBytes(p.Epub), r.Stdout + r.Stderr);
    });

    static List<string> Warnings => Build.Value.Output.Split('\n').Where(l => l.Contains("warning:", StringComparison.Ordinal)).ToList();

    static string Warning(int line) => Assert.Single(Warnings, w => w.Contains($"one.md:{line}:", StringComparison.Ordinal));

    [Fact]
    public void Each_loss_is_named_once_at_its_line_and_a_comment_is_not_one()
    {
        Assert.Contains("the PDF cannot set its tags and prints only its text", Warning(5));
        Assert.Contains("<center>", Warning(11));
        Assert.Contains("EPUB as well as the PDF keeps only its text", Warning(11));
        Assert.Contains("for the EPUB only and is left out of the PDF", Warning(13));
        Assert.Contains("raw latex ({=latex}) is left out", Warning(17));
        // The paragraph's inline HTML: one warning naming its first tag, and one for the latex span.
        var line21 = Warnings.Where(w => w.Contains("one.md:21:", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, line21.Count);
        Assert.Contains(line21, w => w.Contains("inline HTML (<b>)", StringComparison.Ordinal) && w.Contains("the EPUB keeps them", StringComparison.Ordinal));
        Assert.Contains(line21, w => w.Contains("raw latex `\\zqlatexspan` is left out", StringComparison.Ordinal));
        Assert.Contains("<b> is never closed", Warning(23));
        // A lone line break is honoured by both outputs: nothing to report. Nor is the comment.
        Assert.DoesNotContain(Warnings, w => w.Contains("one.md:25:", StringComparison.Ordinal) || w.Contains("one.md:9:", StringComparison.Ordinal));
        Assert.Equal(7, Warnings.Count);
    }

    [Fact]
    public void The_pdf_prints_an_html_blocks_text_and_leaves_out_what_was_written_for_other_outputs()
    {
        var text = Build.Value.PdfText;
        Assert.Contains("The zqblock text & its emphasis.", text);
        Assert.Contains("zqcentered old tag", text);
        Assert.Contains("zqbold then a", text);
        Assert.Contains("zqunclosed words and zqemph after", text);
        foreach (var absent in new[] { "zqcomment", "zqepubonly", "zqlatexblock", "zqlatexspan", "zqrawspan", "<div", "<b>", "&amp;" })
            Assert.DoesNotContain(absent, text);
    }

    [Fact]
    public void Text_after_a_printed_html_block_is_indented_and_left_out_blocks_change_nothing()
    {
        var words = Build.Value.Words;
        double left = words.First(w => w.Text == "Opening").XMin; // the first paragraph after a heading: not indented
        Assert.True(words.First(w => w.Text == "The").XMin > left + 5, "the HTML block's text is a body paragraph, indented");
        Assert.True(words.First(w => w.Text == "zqcentered").XMin > left + 5, "a paragraph after a printed HTML block is indented");
        Assert.True(words.First(w => w.Text == "Inline").XMin > left + 5, "blocks print leaves out do not stop the indent");
    }

    [Fact]
    public void A_br_tag_breaks_the_pdfs_line()
    {
        var words = Build.Value.Words;
        var a = words.Last(w => w.Text == "a" && words.IndexOf(w) < words.FindIndex(x => x.Text == "zqbreak"));
        var after = words.First(w => w.Text == "zqbreak");
        Assert.True(after.YMin > a.YMin + 5, "the word after <br/> starts a new line");
        Assert.True(after.XMin < a.XMin, "the new line starts at the left");
    }

    [Fact]
    public void The_epub_takes_well_formed_html_as_written()
    {
        var c = Build.Value.Chapter;
        var box = Assert.Single(c.Descendants(X + "div"), d => (string?)d.Attribute("class") == "box");
        Assert.Equal("emphasis", box.Descendants(X + "em").Single().Value);
        Assert.Contains("zqblock text & its", box.Value);
        Assert.Contains(c.Descendants(X + "aside"), a => a.Value == "zqepubonly aside");
        Assert.Contains(c.Descendants(X + "b"), b => b.Value == "zqbold");
        Assert.Contains(c.Descendants(X + "i"), i => i.Value == "zqrawspan");
        Assert.True(c.Descendants(X + "br").Count() >= 2);
    }

    [Fact]
    public void The_epub_keeps_only_the_text_of_html_it_cannot_hold()
    {
        var c = Build.Value.Chapter;
        var xml = Build.Value.ChapterXml;
        Assert.DoesNotContain("<center", xml);
        Assert.Contains(c.Descendants(X + "p"), p => p.Value == "zqcentered old tag");
        var unbalanced = Assert.Single(c.Descendants(X + "p"), p => p.Value.Contains("zqunclosed", StringComparison.Ordinal));
        Assert.Empty(unbalanced.Descendants(X + "b"));
        Assert.Equal("zqemph", unbalanced.Descendants(X + "em").Single().Value);
        foreach (var absent in new[] { "zqcomment", "zqlatexblock", "zqlatexspan" }) Assert.DoesNotContain(absent, xml);
        Assert.DoesNotMatch(new Regex("<b [^>]*xmlns"), xml); // tags written through carry no stray namespace declaration
    }

    [Fact]
    public void The_epub_with_raw_html_passes_epubcheck()
    {
        var (exit, output) = Epub.EpubFixture.EpubCheck(Build.Value.Epub);
        Assert.True(exit == 0, output);
    }

    [Fact]
    public void Raw_html_text_is_decoded_and_its_tags_taken_out()
    {
        Assert.Equal("A & B\u00A0C, bold word. Next", RawHtml.TextOf("<p>A &amp; B&nbsp;C, <b>bo</b>ld word.</p><!-- x --><p>Next</p><script>x()</script>"));
        Assert.True(RawHtml.IsComment("<!-- one -->\n<!-- two -->"));
        Assert.False(RawHtml.IsComment("<!-- one --> text"));
    }

    [Fact]
    public void Inline_tags_balance_only_when_they_close_in_order()
    {
        Assert.Null(RawHtml.InlineProblem(["<b>", "<i class=\"x\">", "</i>", "</b>", "<br>"]));
        Assert.NotNull(RawHtml.InlineProblem(["<b>", "<i>", "</b>", "</i>"]));
        Assert.NotNull(RawHtml.InlineProblem(["</b>"]));
        Assert.NotNull(RawHtml.InlineProblem(["<font color=red>", "</font>"]));
        Assert.NotNull(RawHtml.InlineProblem(["<span onclick=\"x()\">", "</span>"]));
    }

    [Fact]
    public void A_fenced_block_with_a_format_is_raw_and_an_ordinary_fence_is_not()
    {
        var diags = new DiagnosticBag();
        var parsed = new Core.Markdown.ChapterParser("t.md", "t", diags).Parse("# T\n\n```{=html}\n<p>x</p>\n```\n\n```{=latex}\n\\x\n```\n\n```\nplain\n```\n");
        var raws = parsed.Blocks.OfType<RawBlock>().ToList();
        Assert.Equal(["html", "latex"], raws.Select(r => r.Format));
        Assert.All(raws, r => Assert.False(r.FromHtmlBlock));
        Assert.Equal("<p>x</p>", raws[0].Text);
        Assert.DoesNotContain(parsed.Blocks, b => b is RawBlock { Text: "plain" });
    }
}
