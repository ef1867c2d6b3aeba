using Book.Model;
using Book.Layout.Flow;

namespace Book.Layout.Blocks;

/// <summary>A table: booktabs rules, columns fitted to the measure, header repeated over a page break; may float.</summary>
public sealed class TableLayouter : BlockLayouter<Table>
{
    protected override string? Role(Table block) => "Table";
    public override BlockTagging Tagging => BlockTagging.Container;
    public override bool Floats => true;

    protected override void Layout(BlockLayout layout, List<VItem> items, Table t, BlockContext ctx) => new TableSetter(layout).Table(items, t, ctx);
}
