using Book.Epub;
using Book.Model;

namespace Book.Tests.Epub;

/// <summary>Every block type of the model has an e-book renderer; one without is reported, never dropped in silence.</summary>
public sealed class BlockRendererTests
{
    /// <summary>A block type the renderers do not know, as a new one is before its renderer is registered.</summary>
    sealed record UnknownBlock : Block;

    [Fact]
    public void Every_model_block_type_is_registered()
    {
        var blockTypes = typeof(Block).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(Block)) && !t.IsAbstract).ToList();
        Assert.NotEmpty(blockTypes);
        var missing = blockTypes.Except(BlockRenderers.Default.BlockTypes).Select(t => t.Name).ToList();
        Assert.True(missing.Count == 0, "no e-book renderer for: " + string.Join(", ", missing));
    }

    static BookDocument With(Block block)
    {
        var book = TestBook.Build();
        var chapter = book.Divisions.First(d => d.Kind == DivisionKind.Chapter);
        var changed = chapter with { Blocks = [.. chapter.Blocks, block] };
        return book with { Divisions = book.Divisions.Select(d => d == chapter ? changed : d).ToList() };
    }

    [Fact]
    public void A_block_without_a_renderer_is_a_warning_when_the_caller_takes_warnings()
    {
        var warnings = new List<string>();
        EpubFixture.Write(With(new UnknownBlock { Span = new SourceSpan("one.md", 7, 1) }), new EpubOptions { Warning = warnings.Add });
        var w = Assert.Single(warnings);
        Assert.Contains("UnknownBlock", w);
        Assert.Contains("one.md:7:1", w);
    }

    [Fact]
    public void A_block_without_a_renderer_throws_when_nobody_takes_warnings()
    {
        var e = Assert.Throws<NotSupportedException>(() => EpubFixture.Write(With(new UnknownBlock()), new EpubOptions()));
        Assert.Contains("UnknownBlock", e.Message);
    }
}
