using Book.Model;
using Book.Layout.Paragraphs;
using Book.Layout.Styles;

namespace Book.Layout.Blocks;

/// <summary>Where a block is set: in a division's text, in a note at the foot of the page, or in a table's cell.</summary>
public enum BlockPlace { Body, Note, Cell }

/// <summary>
/// Context of a block: how wide, how far in, what size, and where it stands — in the text or in a
/// note, how deeply nested, between which blocks. Layouters read their neighbours from here rather
/// than from state left behind by the block before.
/// </summary>
public readonly record struct BlockContext(double Left, double Width, double Size, double Leading, FontFlags Flags, bool Indent)
{
    public BlockPlace Place { get; init; }
    /// <summary>0 for a block directly in its division (or note), one more inside each quote, list item or div.</summary>
    public int Depth { get; init; }
    /// <summary>The block before this one in the same container; null for the first.</summary>
    public Block? Previous { get; init; }
    /// <summary>The block after this one in the same container; null for the last.</summary>
    public Block? Next { get; init; }
    /// <summary>Runs set before the block's first line (a note's number); only paragraph-like blocks take them.</summary>
    public IReadOnlyList<StyledRun>? Lead { get; init; }

    /// <summary>The context of the blocks a container holds: one level deeper, neighbours of their own.</summary>
    public BlockContext Inside() => this with { Depth = Depth + 1, Previous = null, Next = null, Lead = null };
}
