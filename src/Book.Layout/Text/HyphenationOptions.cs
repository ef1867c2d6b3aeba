namespace Book.Layout.Text;

/// <summary>
/// How much of a word a hyphenator may cut off, and which words it leaves alone.
/// The defaults are TeX's for English: at least 2 letters before a hyphen, 3 after,
/// and capitalised words (names, mostly) kept whole.
/// </summary>
public readonly record struct HyphenationOptions
{
    public HyphenationOptions() { }

    /// <summary>Fewest letters left before a break (TeX's \lefthyphenmin).</summary>
    public int LeftMin { get; init; } = 2;

    /// <summary>Fewest letters carried after a break (TeX's \righthyphenmin).</summary>
    public int RightMin { get; init; } = 3;

    /// <summary>
    /// When false (the default), a word whose first letter is upper- or title-case gets no
    /// pattern or syllable breaks — it is most likely a name. Explicit hyphens still break.
    /// </summary>
    public bool HyphenateCapitalized { get; init; }

    public static HyphenationOptions Default => new();
}
