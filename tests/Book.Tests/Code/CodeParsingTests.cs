using Book.Core.Markdown;
using Book.Model;

namespace Book.Tests.CodeAndMath;

using Text = Book.Model.Text;

/// <summary>
/// What the chapter parser makes of code and dollars: Pandoc's tex_math_dollars rules (prices stay
/// prose), code blocks kept verbatim, and odd input that must never crash.
/// </summary>
public sealed class CodeParsingTests
{
    static (IReadOnlyList<Block> Blocks, DiagnosticBag Diags) Parse(string markdown)
    {
        var diags = new DiagnosticBag();
        return (new ChapterParser("one.md", "d-one", diags).Parse(markdown).Blocks, diags);
    }

    static IReadOnlyList<Inline> Inlines(string markdown) => Assert.IsType<Paragraph>(Assert.Single(Parse(markdown).Blocks)).Content;

    [Theory]
    [InlineData("Prices like $5 and $10 stay prose.")]
    [InlineData("From $20,000 to $30,000.")]
    [InlineData("A $ sign with spaces $ around.")]
    [InlineData("Not closed: $x")]
    [InlineData("$")]
    [InlineData("$$")]
    [InlineData("$$$")]
    [InlineData("$ $")]
    [InlineData("$$ $$")]
    [InlineData("\\$x\\$ is escaped.")]
    [InlineData("Closing before a digit $x$5 is no close.")]
    public void Dollars_that_pandoc_reads_as_text_stay_text(string markdown)
    {
        var (blocks, diags) = Parse(markdown);
        Assert.Empty(diags.Items);
        foreach (var b in blocks)
            Assert.DoesNotContain(Assert.IsType<Paragraph>(b).Content, i => i is TexMath);
    }

    [Theory]
    [InlineData("The energy $E = mc^2$ here.", "E = mc^2", false)]
    [InlineData("Escaped $a \\$ b$ inside.", "a \\$ b", false)]
    [InlineData("A display $$\\sum_i x_i$$ in a line.", "\\sum_i x_i", true)]
    [InlineData("$$\nx + y\n$$", "\nx + y\n", true)]
    public void Math_is_read_with_its_source_and_a_warning(string markdown, string tex, bool display)
    {
        var (blocks, diags) = Parse(markdown);
        var math = Assert.Single(Assert.IsType<Paragraph>(Assert.Single(blocks)).Content.OfType<TexMath>());
        Assert.Equal(tex, math.Tex);
        Assert.Equal(display, math.Display);
        var warning = Assert.Single(diags.Items);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal("math is not typeset; its TeX source is printed in the code font", warning.Message);
        Assert.Equal(1, warning.Span!.Line);
    }

    [Fact]
    public void Code_spans_keep_dollars_and_spaces()
    {
        var code = Assert.IsType<Code>(Assert.Single(Inlines("`a  $x$  b`")));
        Assert.Equal("a  $x$  b", code.Value);
    }

    [Theory]
    [InlineData("```\n```\n", "", null)]
    [InlineData("```\n```\n```\n", "", null)]
    [InlineData("```python\nif x:\n\n    y()\n```\n", "if x:\n\n    y()", "python")]
    [InlineData("``` {.haskell .numberLines}\nmain\n```\n", "main", "haskell")]
    [InlineData("~~~ ruby extra\nputs 1\n~~~\n", "puts 1", "ruby")]
    [InlineData("```\n\tone\n  \ttwo\n```\n", "    one\n    two", null)]
    [InlineData("    indented\n        more\n\n\n", "indented\n    more", null)]
    public void Code_blocks_are_kept_verbatim(string markdown, string text, string? language)
    {
        var (blocks, diags) = Parse(markdown);
        var code = Assert.IsType<CodeBlock>(blocks[0]);
        Assert.Equal(text, code.Text);
        Assert.Equal(language, code.Language);
        Assert.Empty(diags.Items);
    }
}
