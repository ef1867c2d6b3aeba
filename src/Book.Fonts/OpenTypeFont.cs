namespace Book.Fonts;

/// <summary>
/// A parsed TrueType-flavoured OpenType font. Immutable after load and safe to share
/// between threads. All metrics are in font units unless a name says otherwise.
/// CONTRACT for the rest of the solution: layout measures with Shape/GetAdvance/GetKerning,
/// the PDF writer embeds with Subset and the metric properties.
/// </summary>
public sealed partial class OpenTypeFont
{
    public string PostScriptName { get; private set; } = "";
    public string FamilyName { get; private set; } = "";
    public int UnitsPerEm { get; private set; }
    public int GlyphCount { get; private set; }
    public int Ascender { get; private set; }      // hhea / OS/2 typo ascender
    public int Descender { get; private set; }     // negative
    public int LineGap { get; private set; }
    public int CapHeight { get; private set; }
    public int XHeight { get; private set; }
    /// <summary>The strikeout stroke's thickness and the height of its top above the baseline (OS/2; derived when absent).</summary>
    public int StrikeoutSize { get; private set; }
    public int StrikeoutPosition { get; private set; }
    public double ItalicAngle { get; private set; }
    public (int XMin, int YMin, int XMax, int YMax) BoundingBox { get; private set; }
    public int WeightClass { get; private set; }
    public bool IsItalic { get; private set; }
    public bool IsFixedPitch { get; private set; }
    /// <summary>Original file bytes.</summary>
    public ReadOnlyMemory<byte> Data { get; private set; }
}
