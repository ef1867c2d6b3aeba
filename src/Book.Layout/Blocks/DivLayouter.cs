using Book.Model;
using Book.Layout.Flow;

namespace Book.Layout.Blocks;

/// <summary>A fenced div is transparent in print: its blocks are laid out where it stands, with no element of its own.</summary>
public sealed class DivLayouter : BlockLayouter<Div>
{
    protected override void Layout(BlockLayout layout, List<VItem> items, Div d, BlockContext ctx) => layout.Blocks(items, d.Blocks, ctx.Inside());
}
