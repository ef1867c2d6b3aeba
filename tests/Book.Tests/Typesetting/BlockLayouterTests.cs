using Book.Model;
using Book.Layout.Blocks;

namespace Book.Tests.Typesetting;

/// <summary>Every block type of the model has a print layouter: a block without one would vanish from the PDF.</summary>
public sealed class BlockLayouterTests
{
    [Fact]
    public void Every_model_block_type_is_registered()
    {
        var blockTypes = typeof(Block).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(Block)) && !t.IsAbstract).ToList();
        Assert.NotEmpty(blockTypes);
        var missing = blockTypes.Except(BlockLayouters.Default.BlockTypes).Select(t => t.Name).ToList();
        Assert.True(missing.Count == 0, "no layouter for: " + string.Join(", ", missing));
    }
}
