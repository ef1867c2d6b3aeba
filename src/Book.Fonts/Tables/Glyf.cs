namespace Book.Fonts.Tables;

/// <summary>
/// Glyph outlines located through 'loca'. We never rasterise; we only need each glyph's
/// byte range (for subsetting) and the components of composite glyphs (for the closure).
/// </summary>
internal sealed class Glyf
{
    // Composite glyph flags (OpenType 'glyf' spec).
    private const ushort Arg1And2AreWords = 0x0001;
    private const ushort WeHaveAScale = 0x0008;
    private const ushort MoreComponents = 0x0020;
    private const ushort WeHaveAnXAndYScale = 0x0040;
    private const ushort WeHaveATwoByTwo = 0x0080;

    /// <summary>Start offset of each glyph in 'glyf', plus one end offset.</summary>
    private readonly int[] _offsets;

    private Glyf(int[] offsets) => _offsets = offsets;

    public static Glyf Empty(int glyphCount) => new(new int[glyphCount + 1]);

    public static Glyf Read(ReadOnlySpan<byte> loca, int glyphLength, short indexToLocFormat, int glyphCount)
    {
        var offsets = new int[glyphCount + 1];
        for (int i = 0; i <= glyphCount; i++)
        {
            long o = indexToLocFormat == 0 ? BigEndian.U16(loca, 2 * i) * 2L : BigEndian.U32(loca, 4 * i);
            if (o > glyphLength) throw new FontFormatException($"'loca' entry {i} points past the end of 'glyf'.");
            offsets[i] = (int)o;
        }
        for (int i = 0; i < glyphCount; i++)
            if (offsets[i + 1] < offsets[i]) throw new FontFormatException($"'loca' is not ascending at glyph {i}.");
        return new Glyf(offsets);
    }

    public (int Offset, int Length) Location(int glyph) => (_offsets[glyph], _offsets[glyph + 1] - _offsets[glyph]);

    /// <summary>Whether the glyph is a composite (numberOfContours &lt; 0).</summary>
    public bool IsComposite(ReadOnlySpan<byte> glyf, int glyph)
    {
        var (offset, length) = Location(glyph);
        return length >= 10 && BigEndian.I16(glyf, offset) < 0;
    }

    /// <summary>The component glyph IDs of a composite glyph (empty for simple glyphs).</summary>
    public List<ushort> Components(ReadOnlySpan<byte> glyf, int glyph)
    {
        var result = new List<ushort>();
        var (offset, length) = Location(glyph);
        if (length < 10) return result;
        var g = BigEndian.Slice(glyf, offset, length);
        if (BigEndian.I16(g, 0) >= 0) return result;
        int p = 10;
        ushort flags;
        do
        {
            flags = BigEndian.U16(g, p);
            result.Add(BigEndian.U16(g, p + 2));
            p += 4;
            p += (flags & Arg1And2AreWords) != 0 ? 4 : 2;
            if ((flags & WeHaveAScale) != 0) p += 2;
            else if ((flags & WeHaveAnXAndYScale) != 0) p += 4;
            else if ((flags & WeHaveATwoByTwo) != 0) p += 8;
        } while ((flags & MoreComponents) != 0);
        return result;
    }

    /// <summary>The glyph's bounding box top (yMax), or null for an empty glyph.</summary>
    public short? YMax(ReadOnlySpan<byte> glyf, int glyph)
    {
        var (offset, length) = Location(glyph);
        return length >= 10 ? BigEndian.I16(glyf, offset + 8) : null;
    }
}
