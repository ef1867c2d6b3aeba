using System.Globalization;

namespace Book.Csl;

/// <summary>&lt;sort&gt; keys: variables and macros rendered as sort values (names in sort order, dates as
/// padded numbers, numbers numerically); empty values sort last in either direction.</summary>
sealed class Sorting(Renderer r, El? sort, Func<string, string>? collationKey = null)
{
    static readonly CompareInfo Compare = CultureInfo.InvariantCulture.CompareInfo;

    public bool HasKeys => sort is not null && sort.All("key").Any();
    public bool UsesCitationNumber => sort is not null && sort.All("key").Any(k => k.Is("variable", "citation-number"));

    public List<T> Sort<T>(IEnumerable<T> items, Func<T, Ctx> ctx)
    {
        var list = items.ToList();
        if (!HasKeys || list.Count < 2) return list;
        var keys = sort!.All("key").ToList();
        var descending = keys.Select(k => k.Is("sort", "descending")).ToArray();
        // Every key of every item is rendered and prepared once; the comparisons only compare.
        var values = list.Select(x => keys.Select(k => new SortValue(Value(k, ctx(x)), collationKey)).ToArray()).ToList();
        var idx = Enumerable.Range(0, list.Count).ToList();
        idx.Sort((a, b) =>
        {
            for (int i = 0; i < keys.Count; i++)
            {
                int c = Cmp(values[a][i], values[b][i], descending[i]);
                if (c != 0) return c;
            }
            return a.CompareTo(b);
        });
        return idx.Select(i => list[i]).ToList();
    }

    /// <summary>A key's value ready to compare: names come apart into family and given at \u0002, and with
    /// a collation each part is its collation key, so a comparison is ordinal.</summary>
    sealed class SortValue
    {
        public readonly string? Raw;
        public readonly string[] Parts = [];
        public readonly bool Collated;

        public SortValue(string? raw, Func<string, string>? collationKey)
        {
            Raw = raw;
            if (string.IsNullOrEmpty(raw)) return;
            Parts = raw.Split('\u0002');
            if (collationKey is null) return;
            for (int i = 0; i < Parts.Length; i++) Parts[i] = collationKey(Parts[i]);
            Collated = true;
        }
    }

    static int Cmp(SortValue x, SortValue y, bool desc)
    {
        string? a = x.Raw, b = y.Raw;
        bool ea = string.IsNullOrEmpty(a), eb = string.IsNullOrEmpty(b);
        if (ea || eb) return ea == eb ? 0 : ea ? 1 : -1;
        int c;
        if (a![0] == '\u0001' && b![0] == '\u0001') c = string.CompareOrdinal(a, b);
        else
        {
            // Names sort family first, then given ("Dale" before "Dalebout"). Within a part, punctuation
            // and quotes do not count ("[F]linders" is "Flinders").
            string[] pa = x.Parts, pb = y.Parts;
            c = 0;
            for (int i = 0; i < Math.Min(pa.Length, pb.Length) && c == 0; i++)
            {
                if (x.Collated) { c = Math.Sign(string.CompareOrdinal(pa[i], pb[i])); continue; }
                c = Compare.Compare(pa[i], pb[i], CompareOptions.IgnoreCase | CompareOptions.IgnoreSymbols);
                if (c == 0) c = Compare.Compare(pa[i], pb[i], CompareOptions.IgnoreCase);
            }
            if (c == 0) c = pa.Length.CompareTo(pb.Length);
        }
        return desc ? -c : c;
    }

    string? Value(El key, Ctx c0)
    {
        var c = c0.Clone();
        c.Suppressed = new HashSet<string>(StringComparer.Ordinal);
        c.SortKey = true;
        c.NamesMin = int.TryParse(key["names-min"], out var nm) ? nm : null;
        c.NamesUseFirst = int.TryParse(key["names-use-first"], out var nf) ? nf : null;
        c.NamesUseLast = key["names-use-last"] is "true" ? 1 : null;
        if (key["variable"] is { } v)
        {
            if (c.Item.Names.ContainsKey(v))
            {
                var el = new El { Name = "names" };
                el.A["variable"] = v;
                el.Kids.Add(new El { Name = "name" });
                return r.Node(el, c)?.Plain();
            }
            if (c.Item.Dates.TryGetValue(v, out var d))
            {
                var el = new El { Name = "date" };
                el.A["variable"] = v;
                var o = r.Node(el, c)?.Plain();
                return o is null ? null : "\u0001" + o;
            }
            var s = r.RawVariable(v, "long", c);
            if (s is null) return null;
            if (v == "citation-number" || (CslVocabulary.NumberVariables.Contains(v) && Numbers.IsNumeric(s)))
            {
                var digits = new string(s.TakeWhile(char.IsDigit).ToArray());
                if (digits.Length > 0) return "\u0001" + digits.PadLeft(10, '0');
            }
            return Strip(s);
        }
        if (key["macro"] is { } m && r.Style.Macros.TryGetValue(m, out var macro))
        {
            var o = r.Seq(macro.Kids, c, "");
            var s = o.Plain();
            return s.Length == 0 ? null : Strip(s);
        }
        return null;
    }

    static string Strip(string s) => s.Replace("<i>", "").Replace("</i>", "").Replace("<b>", "").Replace("</b>", "")
        .Replace("<span class=\"nocase\">", "").Replace("</span>", "").Replace("<sc>", "").Replace("</sc>", "").TrimStart('"', '“', '‘', '\'', '[', '(');
}
