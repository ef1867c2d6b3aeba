using Book.Pages;

namespace Book.Layout.Paragraphs;

/// <summary>
/// A growable run of placed glyphs, reused line after line. Not a <c>List&lt;PlacedGlyph&gt;</c>: since
/// PlacedGlyph lives in Book.Pages, a list of it is a generic instantiation over another assembly's
/// type that ReadyToRun cannot precompile into Book.Layout, so every glyph of a short build was added
/// by unoptimised JIT code until tiering caught up. This class is ours and precompiled.
/// </summary>
sealed class GlyphBuffer
{
    PlacedGlyph[] _items = new PlacedGlyph[64];

    public int Count { get; private set; }

    public void Add(PlacedGlyph glyph)
    {
        if (Count == _items.Length) System.Array.Resize(ref _items, _items.Length * 2);
        _items[Count++] = glyph;
    }

    public void Clear() => Count = 0;

    public PlacedGlyph[] ToArray()
    {
        var result = new PlacedGlyph[Count];
        System.Array.Copy(_items, result, Count);
        return result;
    }
}
