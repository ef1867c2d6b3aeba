using Book.Model;
using Book.Layout.Flow;
using Book.Layout.Paragraphs;

namespace Book.Layout.Blocks;

using Text = Book.Model.Text;

/// <summary>A section break: three spaced asterisks, centred; an ornament, so it has no structure element.</summary>
public sealed class ThematicBreakLayouter : BlockLayouter<ThematicBreak>
{
    protected override void Layout(BlockLayout layout, List<VItem> items, ThematicBreak b, BlockContext ctx)
    {
        BlockLayout.Space(items, ctx.Leading * 0.5);
        layout.Paragraph(items, [new Text("*\u2002*\u2002*")], ctx, Alignment.Center, 0, b.Span);
        BlockLayout.Space(items, ctx.Leading * 0.5);
    }
}
