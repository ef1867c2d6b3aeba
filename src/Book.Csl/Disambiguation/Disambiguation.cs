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

        // Ambiguity is judged on the subsequent form of a cite, as citeproc-js does: two works that
        // only differ in their first full cite still clash in the short form later notes use.
        string Key(CslItem it)
        {
            var c = NewCtx(it, cit, false);
            c.ForceSubsequent = true;
            c.Position = Position.Subsequent;
            // Nor does the date a web page was read tell two works apart (citeproc-js leaves it out).
            c.Suppressed.Add("accessed");
            return _r.Item(layout, c).Plain();
        }

        int tests = CountDisambiguateTests(_style.Root);
        var ambiguous = items.GroupBy(Key).Where(g => g.Count() > 1).Select(g => g.ToList()).ToList();
        var needSuffix = new List<List<CslItem>>();
        foreach (var group in ambiguous)
        {
            if (addNames)
            {
                // Whether a name helps is judged with given names in full when they may be added later.
                if (addGiven) foreach (var it in group) _state[it.Id].GivenLevel = maxLevel;
                AddNames(group, Key);
                if (addGiven) foreach (var it in group) _state[it.Id].GivenLevel = 0;
            }
            if (addGiven) AddGivenNames(group, Key, maxLevel);
            var still = Clashing(group, Key);
            if (still.Count > 1)
            {
                // The style's disambiguate="true" tests are made true one more at a time, for the
                // cites still alike ("Book One" may settle it before "ed. 5" is needed).
                var pending = still;
                for (int level = 1; level <= tests && pending.Count > 1; level++)
                {
                    foreach (var it in pending) _state[it.Id].Disambiguate = level;
                    pending = Clashing(pending, Key);
                }
                var left = Clashing(still, Key);
                if (left.Count > 1) needSuffix.AddRange(left.GroupBy(Key).Where(x => x.Count() > 1).Select(x => x.ToList()));
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

    /// <summary>Names are added one at a time; each item keeps the fewest names that leave it as few
    /// look-alikes as any count can (no names added if adding never helps).</summary>
    void AddNames(List<CslItem> group, Func<CslItem, string> key)
    {
        int max = group.Max(it => it.Names.Values.Select(l => l.Count).DefaultIfEmpty(0).Max());
        var best = group.ToDictionary(it => it.Id, it => (clash: int.MaxValue, k: (int?)null), StringComparer.Ordinal);
        for (int k = 0; k <= max; k++)
        {
            foreach (var it in group) _state[it.Id].EtAlUseFirst = k == 0 ? null : k;
            var keys = group.Select(key).ToList();
            for (int i = 0; i < group.Count; i++)
            {
                int clash = keys.Count(x => x == keys[i]) - 1;
                if (clash < best[group[i].Id].clash) best[group[i].Id] = (clash, k == 0 ? null : k);
            }
        }
        foreach (var it in group) _state[it.Id].EtAlUseFirst = best[it.Id].k;
    }

    /// <summary>Given names are expanded name by name (initials, then in full) across the items that
    /// still look alike, kept only where they reduce the look-alikes.</summary>
    void AddGivenNames(List<CslItem> group, Func<CslItem, string> key, int maxLevel)
    {
        var clashing = Clashing(group, key);
        if (clashing.Count < 2) return;
        int maxNames = clashing.Max(it => it.Names.Values.Select(l => l.Count).DefaultIfEmpty(0).Max());
        int Total() { var keys = group.Select(key).ToList(); return keys.Sum(k => keys.Count(x => x == k) - 1); }
        int before = Total();
        for (int pos = 0; pos < maxNames && before > 0; pos++)
        {
            for (int level = 1; level <= maxLevel; level++)
            {
                var saved = clashing.ToDictionary(it => it.Id, it => _state[it.Id].NameLevels, StringComparer.Ordinal);
                foreach (var it in clashing)
                {
                    var names = it.Names.Values.FirstOrDefault(l => l.Count > pos);
                    if (names is null) continue;
                    var levels = new Dictionary<string, int>(_state[it.Id].NameLevels ?? new Dictionary<string, int>(), StringComparer.Ordinal);
                    foreach (var list in it.Names.Values)
                        if (list.Count > pos && levels.GetValueOrDefault(NameRenderer.Key(list[pos])) < level) levels[NameRenderer.Key(list[pos])] = level;
                    _state[it.Id].NameLevels = levels;
                }
                int after = Total();
                if (after < before) { before = after; clashing = Clashing(group, key); if (clashing.Count < 2) return; break; }
                foreach (var it in clashing) _state[it.Id].NameLevels = saved[it.Id];
            }
        }
    }

    static int CountDisambiguateTests(El e) => (e.Is("disambiguate", "true") ? 1 : 0) + e.Kids.Sum(CountDisambiguateTests);

    static List<CslItem> Clashing(List<CslItem> g, Func<CslItem, string> key) => Remaining(g, key);

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
    /// full given name if initials also clash and the rule allows it; under a with-initials rule such
    /// names stay short, as initials could not tell them apart), in every cite. The primary-name rules
    /// look at first names only, and expand them only there. "J. J." and "J.J." are one person.</summary>
    void GlobalNames(List<CslItem> items, string rule, int maxLevel)
    {
        bool primary = rule.StartsWith("primary", StringComparison.Ordinal);
        var all = items.SelectMany(it => it.Names.Values.SelectMany(l => primary ? l.Take(1) : l)).Where(n => !n.IsLiteral).ToList();
        var levels = new Dictionary<string, int>(StringComparer.Ordinal);
        static string Person(CslName n) => System.Text.RegularExpressions.Regex.Replace(n.Given ?? "", @"\.\s+", ".");
        foreach (var byFamily in all.GroupBy(n => (n.NonDroppingParticle ?? "") + "|" + n.Family))
        {
            var people = byFamily.GroupBy(Person).ToList();
            if (people.Count < 2) continue;
            var initials = people.ToDictionary(p => p.Key, p => NameRenderer.Initials(p.First().Given ?? "", ".", true, true));
            foreach (var p in people)
            {
                bool clash = people.Count(o => initials[o.Key] == initials[p.Key]) > 1;
                int level = !clash ? 1 : maxLevel >= 2 ? 2 : 0;
                if (level > 0)
                    foreach (var n in p) levels[(primary ? NameRenderer.PrimaryPrefix : "") + NameRenderer.Key(n)] = level;
            }
        }
        foreach (var it in items) _state[it.Id].NameLevels = levels;
    }
}
