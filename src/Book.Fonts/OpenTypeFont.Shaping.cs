using Book.Fonts.Gpos;
using Book.Fonts.Gsub;
using Book.Fonts.Tables;

namespace Book.Fonts;

public sealed partial class OpenTypeFont
{
    private PairKerning _gposKerning = null!;
    private Dictionary<uint, short> _legacyKerning = new();

    [ThreadStatic] private static ShapedText? _scratch;

    internal Ligatures LigatureSubstitution { get; private set; } = Ligatures.None;

    /// <summary>Whether the font has any kerning (GPOS 'kern' or a legacy 'kern' table).</summary>
    public bool HasKerning => !_gposKerning.IsEmpty || _legacyKerning.Count > 0;

    /// <summary>Whether the font has standard ligatures ('liga').</summary>
    public bool HasLigatures => !LigatureSubstitution.IsEmpty;

    private void ParseLayout(ReadOnlySpan<byte> data)
    {
        LigatureSubstitution = Ligatures.Read(_tables.Get(data, "GSUB"), "liga", GlyphCount);
        _gposKerning = PairKerning.Read(_tables.Get(data, "GPOS"), "kern", GlyphCount);
        if (_gposKerning.IsEmpty) _legacyKerning = Kern.Read(_tables.Get(data, "kern"));
    }

    /// <summary>
    /// Horizontal adjustment between two glyphs in font units (usually negative): GPOS pair
    /// adjustment for the 'kern' feature, else the legacy 'kern' table; 0 when neither has the pair.
    /// </summary>
    public int GetKerning(ushort left, ushort right)
    {
        if (!_gposKerning.IsEmpty) return _gposKerning.Get(left, right);
        return _legacyKerning.Count > 0 && _legacyKerning.TryGetValue((uint)left << 16 | right, out short v) ? v : 0;
    }

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, IReadOnlyDictionary<ushort, ushort>> _singleSubstitutions = new(StringComparer.Ordinal);

    /// <summary>
    /// The single substitutions of a GSUB feature such as 'tnum' (tabular figures) or 'lnum'
    /// (lining figures): glyph → replacement, empty when the font lacks the feature. Read on
    /// first use and cached; a caller applies them to glyphs it has shaped.
    /// </summary>
    public IReadOnlyDictionary<ushort, ushort> SingleSubstitutions(string feature) =>
        _singleSubstitutions.GetOrAdd(feature, f => SingleSubstitution.Read(_tables.Get(Data.Span, "GSUB"), f, GlyphCount));

    /// <summary>Shapes into a new result. For hot loops prefer <see cref="ShapeInto"/> or <see cref="MeasureText"/>.</summary>
    public ShapedText Shape(ReadOnlySpan<char> text, bool ligatures = true, bool kerning = true)
    {
        var result = new ShapedText(text.Length);
        Shaper.Shape(this, text, result, ligatures, kerning);
        return result;
    }

    /// <summary>Shapes into a caller-owned buffer, reusing its storage.</summary>
    public void ShapeInto(ReadOnlySpan<char> text, ShapedText into, bool ligatures = true, bool kerning = true)
    {
        ArgumentNullException.ThrowIfNull(into);
        Shaper.Shape(this, text, into, ligatures, kerning);
    }

    /// <summary>Total advance of the shaped text in font units, without allocating.</summary>
    public int MeasureText(ReadOnlySpan<char> text, bool ligatures = true, bool kerning = true)
    {
        var scratch = _scratch ??= new ShapedText(64);
        Shaper.Shape(this, text, scratch, ligatures, kerning);
        return scratch.TotalAdvance;
    }
}
