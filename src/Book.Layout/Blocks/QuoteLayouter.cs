using Book.Model;
using Book.Layout.Flow;

namespace Book.Layout.Blocks;

/// <summary>A block quote: inset on both sides, in small type (in a note, in the note's type), with space around.</summary>
public sealed class QuoteLayouter : BlockLayouter<BlockQuote>
{
    protected override string? Role(BlockQuote block) => "BlockQuote";
    public override BlockTagging Tagging => BlockTagging.Container;

    protected override void Layout(BlockLayout layout, List<VItem> items, BlockQuote q, BlockContext ctx)
    {
        var style = layout.Style;
        bool note = ctx.Place == BlockPlace.Note;
        double inset = layout.Inset(ctx, (note ? ctx.Size : style.BodySize) * 1.5, sides: 2);
        BlockLayout.Space(items, ctx.Leading * 0.5);
        layout.Blocks(items, q.Blocks, ctx.Inside() with
        {
            Left = ctx.Left + inset, Width = ctx.Width - 2 * inset, Indent = false,
            Size = note ? ctx.Size : style.SmallSize, Leading = note ? ctx.Leading : style.SmallLeading,
        });
        BlockLayout.Space(items, ctx.Leading * 0.5);
    }
}
