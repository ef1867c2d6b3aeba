using Book.Model;
using Book.Layout.Flow;
using Book.Layout.Paragraphs;
using Book.Layout.Styles;

namespace Book.Layout.Blocks;

/// <summary>
/// A code block: flush left in the code face at <see cref="CodeScale"/> of the surrounding text, one
/// line per source line with its spaces kept, long lines wrapped with a continuation mark
/// (<see cref="CodeLines"/>). It may break across pages between lines, keeping two together at either
/// end of a longer block, as a paragraph does. Tagged as the PDF standard has it: a paragraph (P)
/// holding a Code element, since Code is an inline-level type and the block needs a block around it.
/// </summary>
public sealed class CodeBlockLayouter : BlockLayouter<CodeBlock>
{
    /// <summary>
    /// A code block's share of the surrounding text size: a step below inline code (0.9), as listings
    /// are set a size smaller than the text, so that a 60-odd character line fits the A5 measure.
    /// </summary>
    public const double CodeScale = 0.85;

    protected override string? Role(CodeBlock block) => "P";
    public override BlockTagging Tagging => BlockTagging.Container;

    protected override void Layout(BlockLayout layout, List<VItem> items, CodeBlock c, BlockContext ctx)
    {
        double size = Math.Round(ctx.Size * CodeScale, 2), leading = Math.Round(ctx.Leading * CodeScale, 2);
        var font = layout.Style.Fonts.Mono;
        var lines = CodeLines.Set(font, c.Text, size, ctx.Width, leading, out _);
        BlockLayout.Space(items, ctx.Leading * 0.5);
        Verbatim(layout, items, lines, ctx.Left, leading, c.Span, layout.Parent?.Add("Code"));
        BlockLayout.Space(items, ctx.Leading * 0.5);
    }

    /// <summary>
    /// Appends set verbatim lines (a code block's, displayed TeX's) at <paramref name="left"/>: breaks
    /// only between lines, two kept together at either end of a longer block; tagged with <paramref name="tag"/>.
    /// </summary>
    public static void Verbatim(BlockLayout layout, List<VItem> items, List<TextLine> lines, double left, double leading, SourceSpan? span, Pages.StructElement? tag)
    {
        int n = lines.Count;
        for (int i = 0; i < n; i++)
        {
            if (tag is not null) lines[i].Tag = tag;
            items.Add(new LineItem
            {
                Line = lines[i], X = left, Height = leading, Baseline = BookStyle.Baseline(leading),
                BreakAfter = n < 4 ? i == n - 1 : i == n - 1 || (i >= 1 && i <= n - 3),
            });
        }
        layout.WarnMissing(span, lines, layout.Style.Fonts.Mono.FamilyName);
    }
}
