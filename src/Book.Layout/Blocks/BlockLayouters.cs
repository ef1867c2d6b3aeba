
namespace Book.Layout.Blocks;

/// <summary>
/// Which layouter sets which block type. A new block type is a model record, a layouter class and
/// one line in <see cref="Default"/>. Read-only once built, so every thread shares one table.
/// </summary>
public sealed class BlockLayouters
{
    readonly Dictionary<Type, IBlockLayouter> _byType = new();

    public static BlockLayouters Default { get; } = new BlockLayouters()
        .Add(new ParagraphLayouter())
        .Add(new HeadingLayouter())
        .Add(new ListLayouter())
        .Add(new DefinitionListLayouter())
        .Add(new CodeBlockLayouter())
        .Add(new LineBlockLayouter())
        .Add(new QuoteLayouter())
        .Add(new ThematicBreakLayouter())
        .Add(new RawBlockLayouter())
        .Add(new DivLayouter())
        .Add(new TableLayouter())
        .Add(new ChartLayouter())
        .Add(new FigureLayouter())
        .Add(new ChronologyLayouter())
        .Add(new IndexEntryLayouter())
        .Add(new BibliographyLayouter())
        .Add(new ContentsLayouter())
        .Add(new ListOfLayouter());

    /// <summary>Registers a layouter for its block type, replacing any before it.</summary>
    public BlockLayouters Add(IBlockLayouter layouter)
    {
        _byType[layouter.BlockType] = layouter;
        return this;
    }

    /// <summary>The block types that have a layouter.</summary>
    public IReadOnlyCollection<Type> BlockTypes => _byType.Keys;

    public IBlockLayouter? For(Model.Block block) => _byType.TryGetValue(block.GetType(), out var l) ? l : null;
}
