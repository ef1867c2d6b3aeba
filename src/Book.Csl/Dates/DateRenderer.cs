using System.Globalization;

namespace Book.Csl;

/// <summary>&lt;date&gt;: localized (form="text"/"numeric") or style-defined parts, ranges collapsed on
/// the largest differing part, seasons in place of months, literal dates as written, and the year-suffix
/// after the first year rendered.</summary>
sealed class DateRenderer(Renderer r, LocaleChain loc)
{
    public Out? Render(El e, Ctx c)
    {
        var v = e["variable"];
        if (v is null) return null;
        c.Called++;
        if (c.Suppressed.Contains(v) || !c.Item.Dates.TryGetValue(v, out var date)) return null;
        if (c.SortKey) { c.Rendered++; return Out.Leaf(SortKey(date, SortParts(e))); }

        List<(El part, El? over)> parts;
        string delim;
        El? localized = e["form"] is { } form ? loc.DateFormat(form) : null;
        if (localized is not null)
        {
            var wanted = (e["date-parts"] ?? "year-month-day") switch { "year" => new[] { "year" }, "year-month" => ["year", "month"], _ => ["year", "month", "day"] };
            parts = localized.All("date-part").Where(p => wanted.Contains(p["name"])).Select(p => (p, e.All("date-part").FirstOrDefault(o => o["name"] == p["name"]))).ToList();
            delim = localized["delimiter"] ?? "";
        }
        else
        {
            parts = e.All("date-part").Select(p => (p, (El?)null)).ToList();
            delim = e["delimiter"] ?? "";
        }

        Out body;
        if (date.Literal is { } lit && !date.HasParts) body = FieldMarkup.Parse(lit);
        else if (!date.HasParts && date.Season is null) return null;
        else body = Parts(date, parts, delim, c, e["variable"] == "issued");
        // A date whose parts all lack a value ("month" of a bare year) rendered nothing: its group goes.
        if (body.IsEmpty) return null;
        c.Rendered++;
        c.Record?.Add(v);
        body.Tag = "date";
        if (localized is not null)
        {
            // The locale's own affixes and formatting wrap the parts; the style's date element wraps that.
            var inner = r.Format(body, localized, true);
            return r.Format(inner, e);
        }
        return r.Format(body, e);
    }

    /// <summary>The parts a date element shows, which are all a sort key on it compares.</summary>
    static (bool month, bool day) SortParts(El e)
    {
        if (e["form"] is not null)
            return (e["date-parts"] ?? "year-month-day") switch { "year" => (false, false), "year-month" => (true, false), _ => (true, true) };
        if (!e.All("date-part").Any()) return (true, true);
        return (e.All("date-part").Any(p => p.Is("name", "month")), e.All("date-part").Any(p => p.Is("name", "day")));
    }

    static string SortKey(CslDate d, (bool month, bool day) show)
    {
        if (!d.HasParts) return d.Literal ?? "";
        string P(DateParts p) => $"{p.Year + 10000:00000}{(show.month ? p.Month : 0):00}{(show.day ? p.Day : 0):00}";
        return P(d.Start) + (d.End is { } end ? P(end) : P(d.Start));
    }

    Out Parts(CslDate d, List<(El part, El? over)> parts, string delim, Ctx c, bool issued)
    {
        var end = d.End;
        if (d.OpenEnd && end is null)
        {
            var yearPart = parts.FirstOrDefault(p => p.part["name"] == "year");
            var rd = yearPart.over?["range-delimiter"] ?? yearPart.part?["range-delimiter"] ?? "–";
            return Out.Of([Out.Of(parts.Select(p => Part(p.part, p.over, d.Start, d.Season, c, issued)), delim), Out.Leaf(rd)]);
        }
        if (end is null || end.Value == d.Start)
            return Out.Of(parts.Select(p => Part(p.part, p.over, d.Start, d.Season, c, issued)), delim);
        var s = d.Start;
        var en = end.Value;
        string diff = s.Year != en.Year ? "year" : s.Month != en.Month ? "month" : "day";
        var rangeNames = diff switch { "year" => new[] { "year", "month", "day" }, "month" => ["month", "day"], _ => ["day"] };
        int first = parts.FindIndex(p => rangeNames.Contains(p.part["name"]));
        int last = parts.FindLastIndex(p => rangeNames.Contains(p.part["name"]));
        if (first < 0) return Out.Of(parts.Select(p => Part(p.part, p.over, d.Start, d.Season, c, issued)), delim);
        var diffPart = parts.FirstOrDefault(p => p.part["name"] == diff);
        var rangeDelim = diffPart.over?["range-delimiter"] ?? diffPart.part?["range-delimiter"] ?? "–";
        var o = new Out();
        for (int i = 0; i < first; i++) { if (i > 0) o.Kids.Add(Out.Leaf(delim)); o.Kids.Add(Part(parts[i].part, parts[i].over, s, d.Season, c, issued)); }
        // The affixes next to the range delimiter go: the last shown part's suffix before it (a season
        // has no day, so that is the month's), the first shown part's prefix after it.
        var a = Out.Of(Enumerable.Range(first, last - first + 1).Select(i => Part(parts[i].part, parts[i].over, s, d.Season, c, false)), delim);
        var b = Out.Of(Enumerable.Range(first, last - first + 1).Select(i => Part(parts[i].part, parts[i].over, en, null, c, issued)), delim);
        if (a.Kids.LastOrDefault(k => !k.IsEmpty) is { } lastShown) lastShown.Suffix = "";
        if (b.Kids.FirstOrDefault(k => !k.IsEmpty) is { } firstShown) firstShown.Prefix = "";
        if (first > 0) o.Kids.Add(Out.Leaf(delim));
        o.Kids.Add(a);
        o.Kids.Add(Out.Leaf(rangeDelim));
        o.Kids.Add(b);
        for (int i = last + 1; i < parts.Count; i++) { o.Kids.Add(Out.Leaf(delim)); o.Kids.Add(Part(parts[i].part, parts[i].over, s, d.Season, c, issued)); }
        return o;
    }

    Out Part(El part, El? over, DateParts p, string? season, Ctx c, bool issued)
    {
        var name = part["name"];
        var form = over?["form"] ?? part["form"];
        string? text = null;
        switch (name)
        {
            case "year":
                if (p.Year == 0) break;
                int y = p.Year;
                text = form == "short" ? (Math.Abs(y) % 100).ToString("00", CultureInfo.InvariantCulture) : Math.Abs(y).ToString(CultureInfo.InvariantCulture);
                if (y < 0) text += loc.Term("bc") ?? "BC";
                else if (y < 1000 && form != "short") text += loc.Term("ad") ?? "AD";
                break;
            case "month":
                if (p.Month is >= 1 and <= 12)
                    text = (form ?? "long") switch
                    {
                        "numeric" => p.Month.ToString(CultureInfo.InvariantCulture),
                        "numeric-leading-zeros" => p.Month.ToString("00", CultureInfo.InvariantCulture),
                        var f => loc.Term($"month-{p.Month:00}", f == "short" ? "short" : "long"),
                    };
                // 13–16 and 17–20 (as citeproc-js reads them) and EDTF 21–24 are the four seasons.
                else if (p.Month is >= 13 and <= 24)
                    text = loc.Term($"season-{(p.Month > 20 ? p.Month - 20 : (p.Month - 13) % 4 + 1):00}");
                else if (season is not null && p.Month == 0)
                    text = int.TryParse(season, out var sn) && sn is >= 1 and <= 4 ? loc.Term($"season-{sn:00}") : season;
                break;
            case "day":
                if (p.Day == 0 || p.Month is 0 or > 12) break;
                text = (form ?? "numeric") switch
                {
                    "numeric-leading-zeros" => p.Day.ToString("00", CultureInfo.InvariantCulture),
                    "ordinal" => !loc.LimitDayOrdinalsToDay1 || p.Day == 1 ? Numbers.Ordinal(p.Day, loc, loc.Gender($"month-{p.Month:00}")) : p.Day.ToString(CultureInfo.InvariantCulture),
                    _ => p.Day.ToString(CultureInfo.InvariantCulture),
                };
                break;
        }
        if (text is null) return new Out();
        var leaf = Out.Leaf(text);
        var merged = Merge(part, over);
        var o = r.Format(leaf, merged);
        if (name == "year" && issued && c.YearSuffix is { } ys && !c.YearSuffixDone && !StyleRendersYearSuffix(r.Style))
        {
            c.YearSuffixDone = true;
            o = Out.Of([o, new Out { Text = ys, Tag = "year-suffix" }]);
        }
        return o;
    }

    static readonly Dictionary<CslStyle, bool> YearSuffixCache = [];
    static bool StyleRendersYearSuffix(CslStyle s)
    {
        lock (YearSuffixCache)
        {
            if (!YearSuffixCache.TryGetValue(s, out var v))
                YearSuffixCache[s] = v = Has(s.Root);
            return v;
        }
        static bool Has(El e) => e.Is("variable", "year-suffix") && e.Name == "text" || e.Kids.Any(Has);
    }

    static El Merge(El part, El? over)
    {
        if (over is null) return part;
        var m = new El { Name = "date-part" };
        foreach (var (k, v) in part.A) m.A[k] = v;
        foreach (var (k, v) in over.A) if (k is not ("prefix" or "suffix")) m.A[k] = v;
        return m;
    }
}
