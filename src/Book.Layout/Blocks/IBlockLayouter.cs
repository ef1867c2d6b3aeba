using Book.Model;
using Book.Layout.Flow;

namespace Book.Layout.Blocks;

/// <summary>How a block's structure element takes the lines it produced.</summary>
public enum BlockTagging
{
    /// <summary>Every untagged line it produced belongs to the block's element (a paragraph, a heading).</summary>
    Lines,
    /// <summary>The element is the parent of the blocks inside, which tag their own lines (a quote, a list, a table).</summary>
    Container,
    /// <summary>Lines and drawn marks alike are the element (a figure's bars and labels).</summary>
    Drawing,
}

/// <summary>Lays out one type of block into vertical items; found by block type in <see cref="BlockLayouters"/>.</summary>
public interface IBlockLayouter
{
    Type BlockType { get; }
    /// <summary>The standard structure role the block becomes (P, H2, L, Table, Figure…); null for none.</summary>
    string? Role(Block block);
    /// <summary>Alternative text for the block's element (a figure's).</summary>
    string? Alt(Block block);
    BlockTagging Tagging { get; }
    /// <summary>True for tables and figures: kept together and free to move to the next page's top.</summary>
    bool Floats { get; }
    void Layout(BlockLayout layout, List<VItem> items, Block block, BlockContext ctx);
}

/// <summary>The typed base of a layouter: one subclass per block type.</summary>
public abstract class BlockLayouter<T> : IBlockLayouter where T : Block
{
    public Type BlockType => typeof(T);
    public virtual BlockTagging Tagging => BlockTagging.Lines;
    public virtual bool Floats => false;
    protected virtual string? Role(T block) => null;
    protected virtual string? Alt(T block) => null;
    protected abstract void Layout(BlockLayout layout, List<VItem> items, T block, BlockContext ctx);

    string? IBlockLayouter.Role(Block block) => Role((T)block);
    string? IBlockLayouter.Alt(Block block) => Alt((T)block);
    void IBlockLayouter.Layout(BlockLayout layout, List<VItem> items, Block block, BlockContext ctx) => Layout(layout, items, (T)block, ctx);
}
