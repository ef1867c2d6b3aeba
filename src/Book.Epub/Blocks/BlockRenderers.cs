using Book.Model;

namespace Book.Epub;

/// <summary>
/// Which renderer writes which block type into the e-book. A new block type is a model record, a
/// renderer class and one line in <see cref="Default"/> (as <c>BlockLayouters</c> is for print).
/// Read-only once built, so every thread shares one table. The renderers live in the folder Blocks
/// but in the namespace Book.Epub: they use its helpers (Xhtml, XmlIds) and it uses them, and the
/// architecture tests allow no namespace cycle.
/// </summary>
sealed class BlockRenderers
{
    readonly Dictionary<Type, IBlockRenderer> _byType = new();

    public static BlockRenderers Default { get; } = new BlockRenderers()
        .Add(new HeadingRenderer())
        .Add(new ParagraphRenderer())
        .Add(new QuoteRenderer())
        .Add(new ListRenderer())
        .Add(new DefinitionListRenderer())
        .Add(new CodeBlockRenderer())
        .Add(new LineBlockRenderer())
        .Add(new ThematicBreakRenderer())
        .Add(new RawBlockRenderer())
        .Add(new DivRenderer())
        .Add(new TableRenderer())
        .Add(new ChartRenderer())
        .Add(new FigureRenderer())
        .Add(new ChronologyRenderer())
        .Add(new BibliographyRenderer())
        .Add(new IndexEntryRenderer())
        .Add(new ContentsRenderer())
        .Add(new ListOfRenderer());

    /// <summary>Registers a renderer for its block type, replacing any before it.</summary>
    public BlockRenderers Add(IBlockRenderer renderer)
    {
        _byType[renderer.BlockType] = renderer;
        return this;
    }

    /// <summary>The block types that have a renderer.</summary>
    public IReadOnlyCollection<Type> BlockTypes => _byType.Keys;

    public IBlockRenderer? For(Block block) => _byType.TryGetValue(block.GetType(), out var r) ? r : null;
}
