using Markdig;
using Markdig.Extensions.GenericAttributes;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Book.Core.Markdown;

/// <summary>
/// A heading's attributes are the <c>{…}</c> that ends its line, as in Pandoc. Markdig's generic
/// attributes take the first <c>{</c> of the line instead, so "## The [Khojaly]{.smallcaps} notes"
/// lost everything after the span. Blocks Markdig cannot read (<c>{-}</c>) stay text for
/// <see cref="ChapterParser"/> to take off.
/// </summary>
public sealed class HeadingAttributesExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (pipeline.BlockParsers.Find<HeadingBlockParser>() is { } headings) headings.TryParseAttributes = TrailingAttributes;
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer) { }

    static bool TrailingAttributes(BlockProcessor processor, ref StringSlice line, IBlock block)
    {
        int end = line.End;
        while (end >= line.Start && line.Text[end] is ' ' or '\t') end--;
        if (end < line.Start || line.Text[end] != '}') return false;
        int open = line.Text.LastIndexOf('{', end, end - line.Start + 1);
        if (open < line.Start) return false;
        var attributes = new StringSlice(line.Text, open, end);
        if (!GenericAttributesParser.TryParse(ref attributes, out var parsed) || parsed is null) return false;
        block.SetAttributes(parsed);
        line.End = open - 1;
        line.TrimEnd();
        return true;
    }
}
