using System.Xml.Linq;
using Book.Model;

namespace Book.Epub;

/// <summary>Renders one type of block as XHTML; found by block type in <see cref="BlockRenderers"/>.</summary>
interface IBlockRenderer
{
    Type BlockType { get; }
    /// <summary>
    /// True when consecutive blocks of the type become one element (chronology entries one dl, index
    /// entries one ul); <see cref="Render"/> is then given the whole run, otherwise one block.
    /// </summary>
    bool RendersRuns { get; }
    /// <summary>The element for the blocks, or null when the block has nothing to show in the e-book.</summary>
    XElement? Render(IReadOnlyList<Block> run, RenderContext ctx);
}

/// <summary>The typed base of a renderer for one block at a time: one subclass per block type.</summary>
abstract class BlockRenderer<T> : IBlockRenderer where T : Block
{
    public Type BlockType => typeof(T);
    public bool RendersRuns => false;
    protected abstract XElement? Render(T block, RenderContext ctx);

    XElement? IBlockRenderer.Render(IReadOnlyList<Block> run, RenderContext ctx) => Render((T)run[0], ctx);
}

/// <summary>The typed base of a renderer that sets a run of consecutive blocks of its type as one list.</summary>
abstract class RunRenderer<T> : IBlockRenderer where T : Block
{
    public Type BlockType => typeof(T);
    public bool RendersRuns => true;
    protected abstract XElement? Render(IReadOnlyList<T> run, RenderContext ctx);

    XElement? IBlockRenderer.Render(IReadOnlyList<Block> run, RenderContext ctx) => Render(run.Cast<T>().ToList(), ctx);
}
