namespace Book.Fonts;

/// <summary>
/// One glyph of shaped text. <see cref="Advance"/> already includes kerning with the next
/// glyph (font units). <see cref="Cluster"/> is the index of the first UTF-16 char it stands
/// for and <see cref="ClusterLength"/> how many chars (2 for an "fi" ligature or a
/// surrogate pair), so text extraction can map glyphs back to characters.
/// </summary>
public readonly record struct ShapedGlyph(ushort Glyph, int Advance, int Cluster, int ClusterLength);

/// <summary>
/// The result of shaping: a glyph buffer that may be reused across calls
/// (<see cref="OpenTypeFont.ShapeInto"/>) so the line breaker shapes without allocating.
/// <see cref="Glyphs"/> can be longer than <see cref="Count"/>; use <see cref="AsSpan"/>.
/// </summary>
public sealed class ShapedText
{
    private ShapedGlyph[] _glyphs;

    public ShapedText(int capacity = 16) => _glyphs = new ShapedGlyph[Math.Max(capacity, 0)];

    /// <summary>Backing buffer; only the first <see cref="Count"/> entries are meaningful.</summary>
    public ShapedGlyph[] Glyphs => _glyphs;

    public int Count { get; private set; }

    /// <summary>Sum of the glyph advances (kerning included), font units.</summary>
    public int TotalAdvance { get; private set; }

    public ShapedGlyph this[int index] =>
        (uint)index < (uint)Count ? _glyphs[index] : throw new ArgumentOutOfRangeException(nameof(index));

    public ReadOnlySpan<ShapedGlyph> AsSpan() => _glyphs.AsSpan(0, Count);

    /// <summary>A span of at least <paramref name="capacity"/> entries to shape into.</summary>
    internal Span<ShapedGlyph> Reset(int capacity)
    {
        if (_glyphs.Length < capacity) _glyphs = new ShapedGlyph[Math.Max(capacity, _glyphs.Length * 2)];
        Count = 0;
        TotalAdvance = 0;
        return _glyphs;
    }

    internal void Complete(int count, int totalAdvance)
    {
        Count = count;
        TotalAdvance = totalAdvance;
    }
}
