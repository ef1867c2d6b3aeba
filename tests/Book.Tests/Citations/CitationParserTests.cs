using Book.Core.Citations;
using Book.Model;
using Markdig;
using Markdig.Extensions.Footnotes;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Markdig.Renderers.Html;
using SourceSpan = Book.Model.SourceSpan;

namespace Book.Tests.Citations;

public class CitationParserTests
{
    // The pipeline the Markdown converter uses, with generic attributes before and after us.
    static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseYamlFrontMatter().UseFootnotes().UseGenericAttributes().UseCustomContainers()
        .UsePipeTables().UseSmartyPants().Use<CitationExtension>().Build();

    static List<Markdig.Syntax.Inlines.Inline> Inlines(string md, MarkdownPipeline? pipeline = null) =>
        Markdown.Parse(md, pipeline ?? Pipeline).Descendants<Markdig.Syntax.Inlines.Inline>().ToList();

    static List<Citation> Citations(string md) =>
        Inlines(md).OfType<CitationNode>().Select(n => n.Value).ToList();

    static Citation Single(string md) => Assert.Single(Citations(md));

    [Fact]
    public void A_citation_followed_by_a_footnote_mark_is_still_a_citation()
    {
        var md = "The victims of Khojaly\n[@anniv33-2025][^feb25]. Flowers.\n\n[^feb25]: A note.\n";
        Assert.Equal("anniv33-2025", Assert.Single(Assert.Single(Citations(md)).Items).Key);
        Assert.Single(Inlines(md).OfType<FootnoteLink>(), l => !l.IsBackLink);
    }

    [Fact]
    public void SimpleBracketedCitation()
    {
        var c = Single("Text [@trtworld-2024].");
        Assert.False(c.Narrative);
        Assert.Equal(new CitationItem("trtworld-2024", null, null, null, false), Assert.Single(c.Items));
    }

    [Fact]
    public void LocatorWithLabel()
    {
        var i = Assert.Single(Single("Text [@key, p. 4].").Items);
        Assert.Equal("key", i.Key);
        Assert.Equal("p. 4", i.Locator);
        Assert.Null(i.Suffix);
    }

    [Fact]
    public void PrefixAndPageRange()
    {
        var i = Assert.Single(Single("Text [see @key, pp. 3–5].").Items);
        Assert.Equal(new CitationItem("key", "see", "pp. 3–5", null, false), i);
    }

    [Fact]
    public void LocatorThenSuffixAndSmartDashes()
    {
        var i = Assert.Single(Single("Text [@key, pp. 33--35, 38, emphasis added].").Items);
        Assert.Equal("pp. 33–35, 38", i.Locator);
        Assert.Equal(", emphasis added", i.Suffix);
    }

    [Fact]
    public void BareNumberIsAPageAndBracedLocatorIsVerbatim()
    {
        Assert.Equal("33", Single("[@key 33]").Items[0].Locator);
        Assert.Equal("chap. 2, para. 4", Single("[@key, {chap. 2, para. 4}]").Items[0].Locator);
    }

    [Fact]
    public void TwoItems()
    {
        var c = Single("Text [@a; see also @b, p. 2].");
        Assert.Equal(["a", "b"], c.Items.Select(i => i.Key));
        Assert.Equal("see also", c.Items[1].Prefix);
        Assert.Equal("p. 2", c.Items[1].Locator);
    }

    [Fact]
    public void SuppressAuthor()
    {
        var i = Assert.Single(Single("Erdogan writes [-@erdogan-2024].").Items);
        Assert.True(i.SuppressAuthor);
        Assert.Null(i.Prefix);
    }

    [Fact]
    public void NarrativeCitationStopsBeforeTrailingPunctuation()
    {
        var cites = Citations("As @trtworld-2024 reports, and @doe:99.");
        Assert.All(cites, c => Assert.True(c.Narrative));
        Assert.Equal(["trtworld-2024", "doe:99"], cites.Select(c => c.Items[0].Key));
    }

    [Fact]
    public void NarrativeWithLocatorInBrackets()
    {
        var c = Single("@smith04 [p. 33] says so.");
        Assert.True(c.Narrative);
        Assert.Equal("p. 33", c.Items[0].Locator);
    }

    [Fact]
    public void NarrativeKeyKeepsInternalPunctuation()
    {
        Assert.Equal("a.b/c", Single("see @a.b/c, then").Items[0].Key);
        Assert.Equal("weird key", Single("see @{weird key}.").Items[0].Key);
    }

    [Theory]
    [InlineData("Write to editor@example.com today.")]
    [InlineData("See @tbl:casualties and @fig:map, @sec:night, @eq:one.")]
    [InlineData("See [@tbl:casualties].")]
    [InlineData("Code `[@key]` and `@key` stay code.")]
    [InlineData("```\n[@key] @key\n```")]
    [InlineData("Just [brackets; no keys] here.")]
    [InlineData("Follow https://twitter.com/@TRTWorld for news.")]
    [InlineData("Escaped \\@key is literal.")]
    public void NotCitations(string md)
    {
        Assert.Empty(Citations(md));
    }

    [Fact]
    public void CrossReferencesStayLiteralText()
    {
        var text = string.Concat(Inlines("See @tbl:casualties.").OfType<LiteralInline>().Select(l => l.Content.ToString()));
        Assert.Equal("See @tbl:casualties.", text);
    }

    [Fact]
    public void FootnotesAndLinksStillWork()
    {
        var md = "Text[^1] with [a link](https://example.org) and [@a].\n\n[^1]: Note citing [@b, p. 3].\n";
        var doc = Markdown.Parse(md, Pipeline);
        var inlines = doc.Descendants<Markdig.Syntax.Inlines.Inline>().ToList();
        Assert.Single(inlines.OfType<FootnoteLink>(), l => !l.IsBackLink);
        var link = Assert.Single(inlines.OfType<LinkInline>());
        Assert.Equal("https://example.org", link.Url);
        var footnote = Assert.Single(doc.Descendants<Footnote>());
        var inNote = Assert.Single(footnote.Descendants<CitationNode>());
        Assert.Equal("b", inNote.Value.Items[0].Key);
        Assert.Equal(["a", "b"], inlines.OfType<CitationNode>().Select(n => n.Value.Items[0].Key).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void LinkWhoseTextLooksLikeACitationIsALink()
    {
        var inlines = Inlines("[@a](https://example.org)");
        Assert.Equal("https://example.org", Assert.Single(inlines.OfType<LinkInline>()).Url);
    }

    [Fact]
    public void GenericAttributesStillApplyWhenAddedLast()
    {
        var pipeline = new MarkdownPipelineBuilder().UseFootnotes().Use<CitationExtension>().UseGenericAttributes().Build();
        var doc = Markdown.Parse("# Title {#intro}\n\nText [@a] and [Xocalı]{lang=az}.\n", pipeline);
        Assert.Equal("intro", doc.Descendants<HeadingBlock>().Single().GetAttributes().Id);
        Assert.Single(doc.Descendants<CitationNode>());
    }

    [Fact]
    public void SpanHasOneBasedLineAndColumnAfterFrontMatter()
    {
        var md = "---\ntitle: x\n---\n\nFirst line.\nSecond [@key] here.\n";
        var c = Single(md);
        Assert.Equal(new SourceSpan("", 6, 8), c.Span);
        var withFile = Markdown.Parse(md, Pipeline, CitationExtension.ContextFor("chapters/01.md"))
            .Descendants<CitationNode>().Single();
        Assert.Equal("chapters/01.md:6:8", withFile.Value.Span!.ToString());
    }

    [Fact]
    public void SpansAreExactWithoutPipeTablesToo()
    {
        var pipeline = new MarkdownPipelineBuilder().Use<CitationExtension>().Build();
        var spans = Markdown.Parse("Intro.\n\nSee [@a] and\n  @b here.\n", pipeline).Descendants<CitationNode>()
            .Select(n => n.Value.Span!.ToString()).ToList();
        Assert.Equal([":3:5", ":4:3"], spans);
    }

    [Fact]
    public void CitationInsideTableCell()
    {
        var md = "| a | b |\n|---|---|\n| 613 [@qalampir-2025] | x |\n";
        Assert.Equal("qalampir-2025", Single(md).Items[0].Key);
    }

    [Fact]
    public void CitationSpanningTwoLines()
    {
        var i = Assert.Single(Single("Text [see\n@key, p. 4].").Items);
        Assert.Equal("see", i.Prefix);
        Assert.Equal("p. 4", i.Locator);
    }
}
