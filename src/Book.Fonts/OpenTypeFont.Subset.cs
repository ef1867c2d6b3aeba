namespace Book.Fonts;

public sealed partial class OpenTypeFont
{
    /// <summary>
    /// A TrueType font holding only <paramref name="glyphs"/> (plus .notdef and composite
    /// components), with glyph IDs unchanged. See <see cref="Subsetter"/>.
    /// </summary>
    public byte[] Subset(IReadOnlyCollection<ushort> glyphs)
    {
        ArgumentNullException.ThrowIfNull(glyphs);
        var keep = GlyphClosure(glyphs.Append((ushort)0));
        return Subsetter.Build(Data.Span, _tables, _glyf, _cmap, GlyphCount, keep);
    }
}
