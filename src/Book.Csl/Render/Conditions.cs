namespace Book.Csl;

/// <summary>&lt;if&gt;/&lt;else-if&gt; tests: every value of every attribute is one test, combined by match
/// (all by default, any, none).</summary>
static class Conditions
{
    public static bool Test(El e, Ctx c, Renderer r)
    {
        // Every test is evaluated (a disambiguate test counts itself), then combined.
        var spec = e.Conditions ??= Spec.Of(e);
        int passed = 0, failed = 0;
        foreach (var (attr, values) in spec.Tests)
            foreach (var v in values)
                if (One(attr, v, c, r)) passed++; else failed++;
        return spec.Match switch
        {
            "any" => passed > 0,
            "none" => passed == 0,
            _ => failed == 0,
        };
    }

    /// <summary>An &lt;if&gt;'s tests read once from its attributes (a style's conditions run for every cite).</summary>
    internal sealed class Spec
    {
        public required (string Attr, string[] Values)[] Tests { get; init; }
        public required string Match { get; init; }

        public static Spec Of(El e) => new()
        {
            Tests = e.A.Where(a => a.Key != "match").Select(a => (a.Key, a.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries))).ToArray(),
            Match = e["match"] ?? "all",
        };
    }

    static bool One(string attr, string v, Ctx c, Renderer r) => attr switch
    {
        "type" => c.Item.Type == v,
        "variable" => HasVariable(v, c, r),
        "is-numeric" => Numbers.IsNumeric(r.RawVariable(v, "long", c)) || Numbers.IsOrdinalWord(r.RawVariable(v, "long", c)),
        "is-uncertain-date" => c.Item.Dates.TryGetValue(v, out var d) && d.Circa,
        "locator" => c.Locator is not null && (c.Label == v || (v == "sub-verbo" && c.Label == "sub verbo")),
        "position" => PositionIs(v, c),
        "disambiguate" => v == "true" ? ++c.DisambiguateTests <= c.Disambiguate : c.Disambiguate == 0,
        _ => false,
    };

    // A variable a substitute printed still counts as present here (as in citeproc-js): Chicago tells
    // a magazine article from a book by its container-title even when that title stood in for the author.
    static bool HasVariable(string v, Ctx c, Renderer r)
    {
        if (c.Item.Names.TryGetValue(v, out var n)) return n.Count > 0;
        if (c.Item.Dates.ContainsKey(v)) return true;
        return r.RawVariable(v, "long", c) is { Length: > 0 };
    }

    static bool PositionIs(string v, Ctx c)
    {
        if (c.InBibliography) return false;
        return v switch
        {
            "first" => c.Position == Position.First,
            "subsequent" => c.Position != Position.First,
            "ibid" => c.Position is Position.Ibid or Position.IbidWithLocator,
            "ibid-with-locator" => c.Position == Position.IbidWithLocator,
            "near-note" => c.Position != Position.First && c.NearNote,
            _ => false,
        };
    }
}
