using Book.Model;
using Book.Layout.Flow;
using Book.Layout.Paragraphs;

namespace Book.Layout.Blocks;

using Text = Book.Model.Text;

/// <summary>
/// Raw content, which print cannot set: an HTML block typed into the text prints its text as a
/// paragraph (it was written as content); a fenced <c>{=format}</c> block, written for another
/// output, is left out. The parser has already warned at the block's line.
/// </summary>
public sealed class RawBlockLayouter : BlockLayouter<RawBlock>
{
    protected override string? Role(RawBlock block) => Printed(block) is null ? null : "P";

    protected override void Layout(BlockLayout layout, List<VItem> items, RawBlock b, BlockContext ctx)
    {
        if (Printed(b) is not { } text) return;
        layout.Paragraph(items, [new Text(text)], ctx, Alignment.Justify, ctx.Indent && ctx.Place != BlockPlace.Note ? layout.Style.Indent : 0, b.Span);
    }

    /// <summary>Whether print sets anything of the block (an HTML block with text).</summary>
    public static bool Prints(RawBlock b) => Printed(b) is not null;

    static string? Printed(RawBlock b) =>
        b.Format == "html" && b.FromHtmlBlock && RawHtml.TextOf(b.Text) is { Length: > 0 } text ? text : null;
}
