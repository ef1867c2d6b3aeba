namespace Book.Csl;

/// <summary>Formats citations and a bibliography for a set of items in one style and language.
/// Bad data never throws: it is printed as well as it can be and named in <see cref="Warnings"/>.</summary>
public sealed partial class CslProcessor
{
    readonly CslStyle _style;
    readonly LocaleChain _locale;
    readonly Renderer _r;
    readonly List<CslItem> _items = [];
    readonly Dictionary<string, CslItem> _byId = new(StringComparer.Ordinal);
    readonly List<string> _warnings = [];
    readonly Dictionary<string, ItemState> _state = new(StringComparer.Ordinal);
    readonly List<string> _citedOrder = [];
    readonly HashSet<string> _cited = new(StringComparer.Ordinal);
    bool _disambiguated;

    /// <summary>Per-item choices made by disambiguation and numbering.</summary>
    sealed class ItemState
    {
        public int? EtAlUseFirst;
        public int GivenLevel;
        public Dictionary<string, int>? NameLevels;
        public int Disambiguate;
        public string? YearSuffix;
        public int CitationNumber;
    }

    public CslProcessor(CslStyle style, LocaleSet locales, string? language, IEnumerable<CslItem> items)
    {
        _style = style;
        _locale = locales.Resolve(style, language);
        _r = new Renderer(style, _locale);
        foreach (var item in items)
        {
            if (!_byId.TryAdd(item.Id, item)) { _warnings.Add($"duplicate item id \"{item.Id}\"; the first is used"); continue; }
            _items.Add(item);
            _state[item.Id] = new ItemState();
            _warnings.AddRange(item.Warnings);
        }
    }

    /// <summary>"note" or "in-text".</summary>
    public string Class => _style.Class;
    public IReadOnlyList<string> Warnings => _warnings;

    /// <summary>How sort keys compare: a language's alphabet (Azerbaijani files Ç after C, Ə after E), given
    /// as a function from a string to its collation key, whose ordinal order is the alphabet's; a key is
    /// made once per value, not at every comparison. Null: the invariant culture, as the CSL test suite expects.</summary>
    public Func<string, string>? CollationKey { get; init; }

    Ctx NewCtx(CslItem item, El mode, bool bib)
    {
        var s = _state[item.Id];
        return new Ctx
        {
            Item = item, Mode = mode, InBibliography = bib, EtAlUseFirst = s.EtAlUseFirst, GivenLevel = s.GivenLevel,
            NameLevels = s.NameLevels, Disambiguate = s.Disambiguate, YearSuffix = s.YearSuffix, CitationNumber = s.CitationNumber,
        };
    }

    /// <summary>The choices disambiguation and numbering made for an item: what its cites depend on
    /// beyond its data. The suite runner compares them to tell which citations citeproc-js renders again.</summary>
    internal string ChoicesFor(string id)
    {
        var s = _state[id];
        var levels = s.NameLevels is null ? "" : string.Join(",", _byId[id].Names.Values.SelectMany(l => l)
            .Select(n => s.NameLevels.GetValueOrDefault(NameRenderer.Key(n)) + "/" + s.NameLevels.GetValueOrDefault(NameRenderer.PrimaryPrefix + NameRenderer.Key(n))));
        return $"{s.EtAlUseFirst}|{s.GivenLevel}|{levels}|{s.Disambiguate}|{s.YearSuffix}|{s.CitationNumber}";
    }

    /// <summary>Items in bibliography order (the bibliography's sort, else first citation, else given order).</summary>
    List<CslItem> BibOrder()
    {
        // Sorting renders each item's keys: done again only when new items were cited.
        if (_bibOrder is { } done && _bibOrderCited == _citedOrder.Count) return done;
        _bibOrderCited = _citedOrder.Count;
        return _bibOrder = SortForBibliography();
    }

    List<CslItem>? _bibOrder;
    int _bibOrderCited = -1;

    List<CslItem> SortForBibliography()
    {
        var cited = _citedOrder.Select(id => _byId[id]).ToList();
        var seen = cited.Select(i => i.Id).ToHashSet(StringComparer.Ordinal);
        var order = cited.Concat(_items.Where(i => !seen.Contains(i.Id))).ToList();
        for (int i = 0; i < order.Count; i++) _state[order[i].Id].CitationNumber = i + 1;
        var bib = _style.Bibliography;
        var sorting = new Sorting(_r, bib?.Kid("sort"), CollationKey);
        if (bib is null || !sorting.HasKeys) return order;
        var sorted = sorting.Sort(order, it => NewCtx(it, bib, true));
        if (!sorting.UsesCitationNumber)
            for (int i = 0; i < sorted.Count; i++) _state[sorted[i].Id].CitationNumber = i + 1;
        return sorted;
    }
}
