namespace Book.Core.Chronology;

/// <summary>
/// The order of the chronology. A date stands for the span it covers (a year, a month, a day, a
/// range), and an event sorts at the middle of that span: a loosely dated event then neither jumps
/// ahead of the days it contains nor trails them all, and a range sorts by what it contains.
/// <c>sort:</c> gives another date to sort by; <c>after:</c> puts an event right after the one it
/// names (in file order when several follow the same one), as the sources tell it ("after the massacre").
/// Equal keys keep the file's order, so editors control ties.
/// </summary>
public static class ChronologyOrder
{
    public static IReadOnlyList<ChronologyEvent> Sort(IEnumerable<ChronologyEvent> events)
    {
        var list = events.ToList();
        var byId = new Dictionary<string, ChronologyEvent>(StringComparer.Ordinal);
        foreach (var e in list)
            if (e.Id is { } id) byId.TryAdd(id, e);
        // Followers of an unknown or cyclic target (the reader has reported them) sort by their date.
        bool Anchored(ChronologyEvent e) => e.After is null || !byId.ContainsKey(e.After) || InCycle(e, byId);
        var followers = list.Where(e => !Anchored(e)).GroupBy(e => e.After!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var result = new List<ChronologyEvent>(list.Count);
        void Place(ChronologyEvent e)
        {
            result.Add(e);
            if (e.Id is { } id && followers.TryGetValue(id, out var next))
                foreach (var f in next) Place(f);
        }
        foreach (var e in list.Where(Anchored).OrderBy(Key)) Place(e);
        return result;
    }

    /// <summary>The middle of the span the event's sort date covers, in ticks.</summary>
    public static long Key(ChronologyEvent e)
    {
        var (from, to) = Span(e.SortDate ?? e.Date);
        return from.Ticks / 2 + to.Ticks / 2;
    }

    /// <summary>The first instant a date covers and the instant after its last (end exclusive).</summary>
    public static (DateTime From, DateTime To) Span(EventDate date) => (First(date.Start), AfterLast(date.End ?? date.Start));

    static DateTime First(ChronoDate d) => d.Precision switch
    {
        DatePrecision.Year => new DateTime(d.Year, 1, 1),
        DatePrecision.Month => new DateTime(d.Year, d.Month, 1),
        DatePrecision.Day => new DateTime(d.Year, d.Month, d.Day),
        _ => new DateTime(d.Year, d.Month, d.Day).AddMinutes(d.MinuteOfDay),
    };

    static DateTime AfterLast(ChronoDate d) => d.Precision switch
    {
        DatePrecision.Year => new DateTime(d.Year, 1, 1).AddYears(1),
        DatePrecision.Month => new DateTime(d.Year, d.Month, 1).AddMonths(1),
        DatePrecision.Day => new DateTime(d.Year, d.Month, d.Day).AddDays(1),
        // A time of day is a moment.
        _ => new DateTime(d.Year, d.Month, d.Day).AddMinutes(d.MinuteOfDay),
    };

    /// <summary>Whether following <c>after:</c> from <paramref name="e"/> comes back to it or to another loop.</summary>
    public static bool InCycle(ChronologyEvent e, IReadOnlyDictionary<string, ChronologyEvent> byId)
    {
        var seen = new HashSet<ChronologyEvent>(ReferenceEqualityComparer.Instance);
        var at = e;
        while (at.After is { } after && byId.TryGetValue(after, out var next))
        {
            if (!seen.Add(at)) return true;
            at = next;
        }
        return false;
    }
}
