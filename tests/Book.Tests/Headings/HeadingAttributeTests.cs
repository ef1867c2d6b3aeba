using Book.Core.Markdown;
using Book.Model;

namespace Book.Tests.Headings;

/// <summary>
/// A heading's attributes are the {…} that ends its line (Pandoc): a span's braces in the middle
/// of a heading are the span's, and every word after them stays in the heading.
/// </summary>
public sealed class HeadingAttributeTests
{
    static Heading Parse(string line)
    {
        var diags = new DiagnosticBag();
        var parsed = new ChapterParser("one.md", "d-one", diags).Parse("# T\n\n" + line + "\n\nText.\n");
        Assert.Empty(diags.Items);
        return Assert.IsType<Heading>(parsed.Blocks[0]);
    }

    [Fact]
    public void A_span_inside_a_heading_keeps_the_words_after_it()
    {
        var h = Parse("## The [Khojaly]{.smallcaps} Notes");
        Assert.Equal("The Khojaly Notes", InlineText.Plain(h.Content));
        Assert.Contains(h.Content, i => i is Styled { Style: InlineStyle.SmallCaps });
    }

    [Fact]
    public void The_attributes_ending_the_line_are_the_headings_and_a_span_before_them_stays_a_span()
    {
        var h = Parse("## A [Xocalı]{lang=az} word {#sec:word .unlisted}");
        Assert.Equal("A Xocalı word", InlineText.Plain(h.Content));
        Assert.Equal("sec:word", h.Id);
        Assert.False(h.Listed);
        Assert.Contains(h.Content, i => i is Span { Language: "az" });
    }

    [Fact]
    public void Pandocs_dash_after_a_span_unnumbers_the_heading()
    {
        var h = Parse("## The [Khojaly]{.smallcaps} Notes {-}");
        Assert.Equal("The Khojaly Notes", InlineText.Plain(h.Content));
        Assert.False(h.Numbered);
    }
}
