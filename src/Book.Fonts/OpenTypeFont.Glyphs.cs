namespace Book.Fonts;

public sealed partial class OpenTypeFont
{
    /// <summary>Glyph for a Unicode code point; 0 (.notdef) when the font lacks it.</summary>
    public ushort GetGlyph(int codePoint) => _cmap.Get(codePoint);

    public bool HasGlyph(int codePoint) => _cmap.Get(codePoint) != 0;

    /// <summary>Horizontal advance in font units; 0 for an out-of-range glyph ID.</summary>
    public int GetAdvance(ushort glyph)
    {
        var advances = _advances;
        return glyph < advances.Length ? advances[glyph] : 0;
    }

    /// <summary>Converts font units to a size in points (or whatever unit <paramref name="fontSize"/> is in).</summary>
    public double ToPoints(int fontUnits, double fontSize) => fontUnits * fontSize / UnitsPerEm;

    /// <summary>The glyphs plus every component of composite glyphs among them, recursively.</summary>
    public IReadOnlySet<ushort> GlyphClosure(IEnumerable<ushort> glyphs)
    {
        ArgumentNullException.ThrowIfNull(glyphs);
        var glyf = _tables.Get(Data.Span, "glyf");
        var closure = new HashSet<ushort>();
        var pending = new Stack<ushort>();
        foreach (var g in glyphs)
            if (g < GlyphCount && closure.Add(g)) pending.Push(g);
        while (pending.Count > 0)
        {
            foreach (var component in _glyf.Components(glyf, pending.Pop()))
                if (component < GlyphCount && closure.Add(component)) pending.Push(component);
        }
        return closure;
    }

    internal bool IsCompositeGlyph(ushort glyph) =>
        glyph < GlyphCount && _glyf.IsComposite(_tables.Get(Data.Span, "glyf"), glyph);
}
