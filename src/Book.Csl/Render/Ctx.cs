namespace Book.Csl;

/// <summary>Position of a cite, as the spec's conditions test it.</summary>
enum Position { First, Subsequent, Ibid, IbidWithLocator }

/// <summary>Everything one rendering of one item needs: the item, its cite, the disambiguation
/// choices made for it, and the bookkeeping of which variables were called and rendered (for groups).</summary>
sealed class Ctx
{
    public required CslItem Item;
    public required El Mode;
    public CiteItem? Cite;
    public bool InBibliography;
    public Position Position;
    public bool NearNote;
    public int FirstNoteNumber;
    public int CitationNumber;
    public string? YearSuffix;
    public bool YearSuffixDone;
    public int? EtAlUseFirst;
    public int GivenLevel;
    public Dictionary<string, int>? NameLevels;
    /// <summary>How many disambiguate="true" tests pass, counted in rendering order: citeproc-js makes
    /// them true one at a time until the cites differ.</summary>
    public int Disambiguate;
    public int DisambiguateTests;
    public HashSet<string> Suppressed = new(StringComparer.Ordinal);
    public int Called, Rendered;
    public bool SortKey;
    /// <summary>Names take their et-al-subsequent limits whatever the position: citeproc-js judges
    /// ambiguity on that form.</summary>
    public bool ForceSubsequent;
    public int? NamesMin, NamesUseFirst, NamesUseLast;
    public int Depth;
    /// <summary>Collects the variables rendered while set (what a substitute used, to suppress later).</summary>
    public List<string>? Record;

    public string? Locator => Cite?.Locator is { Length: > 0 } l ? l : null;
    public string Label => Cite?.Label is { Length: > 0 } l ? l : "page";

    public Ctx Clone() => (Ctx)MemberwiseClone();
}
