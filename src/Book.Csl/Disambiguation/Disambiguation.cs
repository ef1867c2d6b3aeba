namespace Book.Csl;

public sealed partial class CslProcessor
{
    /// <summary>Makes identical first cites distinct, in the spec's order: more names, then given
    /// names (initials, then full), then the disambiguate condition, then year-suffixes in bibliography
    /// order. Global given-name rules (all-names, primary-name…) apply to every cite first.</summary>
    void Disambiguate()
    {
        var cit = _style.Citation!;
        var layout = cit.Kid("layout")!;
        bool addNames = cit.Flag("disambiguate-add-names");
        bool addGiven = cit.Flag("disambiguate-add-givenname");
        bool addYear = cit.Flag("disambiguate-add-year-suffix");
        var rule = cit["givenname-disambiguation-rule"] ?? "by-cite";
        int maxLevel = rule.EndsWith("with-initials", StringComparison.Ordinal) ? 1 : 2;
        var items = _items;
        if (addGiven && rule != "by-cite") GlobalNames(items, rule, maxLevel);

        string Key(CslItem it)
        {
            var c = NewCtx(it, cit, false);
            return _r.Seq(layout.Kids, c, "").Plain();
        }

        var ambiguous = items.GroupBy(Key).Where(g => g.Count() > 1).Select(g => g.ToList()).ToList();
        var needSuffix = new List<List<CslItem>>();
        foreach (var group in ambiguous)
        {
            var g = group;
            if (addNames)
            {
                int max = g.Max(it => it.Names.Values.Select(l => l.Count).DefaultIfEmpty(0).Max());
                for (int k = 1; k <= max && g.Count > 1; k++)
                {
                    foreach (var it in g) _state[it.Id].EtAlUseFirst = k;
                    g = Remaining(g, Key);
                }
                foreach (var it in g) _state[it.Id].EtAlUseFirst = null;
                if (g.Count > 1 && g.Count < group.Count) { }
            }
            if (addGiven && g.Count > 1)
            {
                for (int level = 1; level <= maxLevel && g.Count > 1; level++)
                {
                    foreach (var it in g) _state[it.Id].GivenLevel = Math.Max(_state[it.Id].GivenLevel, level);
                    g = Remaining(g, Key);
                }
            }
            if (g.Count > 1)
            {
                foreach (var it in g) _state[it.Id].Disambiguate = true;
                var left = Remaining(g, Key);
                if (left.Count > 1) needSuffix.Add(left);
            }
        }
        if (addYear && needSuffix.Count > 0)
        {
            var order = BibOrder();
            var rank = order.Select((it, i) => (it.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
            foreach (var g in needSuffix)
            {
                int n = 0;
                foreach (var it in g.OrderBy(x => rank[x.Id])) _state[it.Id].YearSuffix = Suffix(n++);
            }
        }
    }

    static List<CslItem> Remaining(List<CslItem> g, Func<CslItem, string> key)
    {
        var keys = g.Select(key).ToList();
        return g.Where((_, i) => keys.Count(k => k == keys[i]) > 1).ToList();
    }

    static string Suffix(int n)
    {
        var s = "";
        n++;
        while (n > 0) { n--; s = (char)('a' + n % 26) + s; n /= 26; }
        return s;
    }

    /// <summary>The global rules: a name shared in short form by different people shows initials (or the
    /// full given name if initials also clash), in every cite.</summary>
    void GlobalNames(List<CslItem> items, string rule, int maxLevel)
    {
        var all = items.SelectMany(it => it.Names.Values.SelectMany((l, _) => rule.StartsWith("primary", StringComparison.Ordinal) ? l.Take(1) : l)).Where(n => !n.IsLiteral).ToList();
        var levels = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var byFamily in all.GroupBy(n => (n.NonDroppingParticle ?? "") + "|" + n.Family))
        {
            var distinct = byFamily.DistinctBy(NameRenderer.Key).ToList();
            if (distinct.Count < 2) continue;
            foreach (var n in distinct)
            {
                var init = NameRenderer.Initials(n.Given ?? "", ".", true, true);
                bool clash = distinct.Count(o => NameRenderer.Initials(o.Given ?? "", ".", true, true) == init) > 1;
                levels[NameRenderer.Key(n)] = clash && maxLevel >= 2 ? 2 : 1;
            }
        }
        foreach (var it in items) _state[it.Id].NameLevels = levels;
    }
}
