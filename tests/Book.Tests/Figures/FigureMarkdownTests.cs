using Book.Model;

namespace Book.Tests.Figures;

/// <summary>Images in Markdown as Pandoc reads them (checked against `pandoc -t html5`): alone in a paragraph a figure, else inline.</summary>
public sealed class FigureMarkdownTests
{
    static (IReadOnlyList<Block> Blocks, DiagnosticBag Diags) Parse(string markdown)
    {
        var diags = new DiagnosticBag();
        var parsed = new Core.Markdown.ChapterParser("t.md", "t", diags).Parse("# T\n\n" + markdown + "\n");
        return (parsed.Blocks, diags);
    }

    [Fact]
    public void An_image_alone_in_its_paragraph_is_a_figure_whose_caption_keeps_its_markup()
    {
        var (blocks, diags) = Parse("![A *view* of the town](a.png){#fig:town width=60% height=5cm .wide fig-alt=\"Red roofs\"}");
        var f = Assert.IsType<Figure>(Assert.Single(blocks));
        Assert.Equal("fig:town", f.Id);
        Assert.Equal("Red roofs", f.AltText);
        Assert.Contains(f.Caption, i => i is Emphasis);
        Assert.Equal("a.png", f.Picture.Path);
        Assert.Equal(PictureSize.Share(60), f.Picture.Width);
        Assert.Equal(50 * 72 / 25.4, f.Picture.Height!.Value.Value, 3);
        Assert.Equal(["wide"], f.Classes);
        Assert.Empty(diags.Items);
    }

    [Fact]
    public void Without_fig_alt_the_alt_text_is_the_captions_words()
    {
        var (blocks, _) = Parse("![A *view* of the town](a.png)");
        Assert.Equal("A view of the town", Assert.IsType<Figure>(Assert.Single(blocks)).AltText);
    }

    [Fact]
    public void Fullpage_and_bleed_are_classes()
    {
        var (blocks, _) = Parse("![Map](map.png){.fullpage .bleed}");
        var f = Assert.IsType<Figure>(Assert.Single(blocks));
        Assert.True(f.FullPage);
        Assert.True(f.Bleed);
    }

    [Fact]
    public void An_image_with_text_around_it_is_an_inline_image()
    {
        var (blocks, diags) = Parse("A star ![star](s.png){height=1em} here.");
        var p = Assert.IsType<Paragraph>(Assert.Single(blocks));
        var img = Assert.Single(p.Content.OfType<Image>());
        Assert.Equal("star", img.AltText);
        Assert.True(img.Picture.Height!.Value.Em);
        Assert.Empty(diags.Items);
    }

    [Fact]
    public void A_size_that_is_not_one_is_a_warning_and_ignored()
    {
        var (blocks, diags) = Parse("![A view](a.png){width=wide}");
        Assert.Null(Assert.IsType<Figure>(Assert.Single(blocks)).Picture.Width);
        Assert.Contains(diags.Items, d => d.Severity == Severity.Warning && d.Message.Contains("width='wide' is not a size"));
    }

    [Fact]
    public void Figures_count_with_charts_and_join_the_list_of_figures()
    {
        using var p = TempProject.Create(
            "# One\n\nSee @fig:bars and @fig:view.\n\n::: {.chart type=\"bar\" source=\"data/c.csv\" #fig:bars caption=\"Bars\" alt=\"Three bars.\"}\n:::\n\n"
            + "![A view](view.png){#fig:view}\n",
            "title: T\nslug: test-book\nchapters: [one.md]\nlist-of-figures: true\n", prefix: "fig-count");
        p.Write("data/c.csv", "label,value\nAlpha,3\nBravo,2\nCharlie,1\n").WriteBytes("view.png", TestPictures.Png(300, 200));
        var r = p.Build("pdf");
        Assert.True(r.ExitCode == 0, r.Stderr);
        var text = System.Text.RegularExpressions.Regex.Replace(p.PdfText(), @"\s+", " ");
        Assert.Contains("See Figure 1.1 and Figure 1.2.", text);
        Assert.Matches(@"Figure 1\.1 Bars[ .]+Figure 1\.2 A view[ .]+", text);
    }
}
