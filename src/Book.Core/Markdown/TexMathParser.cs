using Markdig;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Syntax.Inlines;

namespace Book.Core.Markdown;

/// <summary>TeX math as Pandoc reads it: <c>$…$</c> inline, <c>$$…$$</c> display. <see cref="Tex"/> is the source between the dollars.</summary>
public sealed class TexMathNode : LeafInline
{
    public required string Tex { get; init; }
    public bool Display { get; init; }
}

/// <summary>
/// Pandoc's tex_math_dollars rules, which keep prices prose: the opening <c>$</c> must have a
/// non-space character right after it, the closing one a non-space character right before it and
/// no digit right after it ("$5 and $10" is text); <c>\$</c> is a dollar, in text and in math.
/// Markdig's own math extension is looser (it takes <c>$ x $</c>), so this is ours.
/// </summary>
public sealed class TexMathParser : InlineParser
{
    public TexMathParser() => OpeningCharacters = ['$'];

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        string text = slice.Text; int start = slice.Start, end = slice.End;
        bool display = start + 1 <= end && text[start + 1] == '$';
        int open = start + (display ? 2 : 1);
        if (open > end) return false;
        int close = display ? FindDisplayClose(text, open, end) : FindInlineClose(text, open, end);
        if (close < 0) return false;
        var pos = processor.GetSourcePosition(start, out int line, out int column);
        int after = close + (display ? 2 : 1);
        processor.Inline = new TexMathNode
        {
            Tex = text[open..close], Display = display,
            Span = new Markdig.Syntax.SourceSpan(pos, pos + after - 1 - start), Line = line, Column = column,
        };
        slice.Start = after;
        return true;
    }

    /// <summary>The closing <c>$$</c> (any content but an empty one), or -1.</summary>
    static int FindDisplayClose(string text, int open, int end)
    {
        for (int i = open; i < end; i++)
        {
            if (text[i] == '\\') { i++; continue; }
            if (text[i] == '$' && text[i + 1] == '$') return text.AsSpan(open, i - open).IsWhiteSpace() ? -1 : i;
        }
        return -1;
    }

    /// <summary>The closing <c>$</c> of inline math, or -1.</summary>
    static int FindInlineClose(string text, int open, int end)
    {
        if (char.IsWhiteSpace(text[open]) || text[open] == '$') return -1;
        for (int i = open; i <= end; i++)
        {
            char c = text[i];
            if (c == '\\') { i++; continue; }
            if (c != '$') continue;
            if (char.IsWhiteSpace(text[i - 1])) continue;
            if (i + 1 <= end && char.IsAsciiDigit(text[i + 1])) continue;
            return i;
        }
        return -1;
    }
}

/// <summary>Registers <see cref="TexMathParser"/>.</summary>
public sealed class TexMathExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.InlineParsers.Contains<TexMathParser>()) pipeline.InlineParsers.Add(new TexMathParser());
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer) { }
}
