using System.Globalization;
using Book.Model;

namespace Book.Core.Chronology;

/// <summary>Turns events into the blocks of the chronology appendix: a heading per year, then its entries.</summary>
public static class ChronologyBuilder
{
    /// <summary>
    /// Chronological by start date; a year comes before its months, a month before its days, a day
    /// before its times (<see cref="ChronoDate.CompareTo"/>). Events with the same start keep their
    /// order in the file (OrderBy is a stable sort), so editors control ties.
    /// </summary>
    public static IReadOnlyList<ChronologyEvent> Sort(IEnumerable<ChronologyEvent> events) =>
        events.OrderBy(e => e.Date.Start).ToList();

    /// <summary>Fills the generated "chronology" appendix; the placeholder keeps its id, title and span.</summary>
    public static Division BuildAppendix(Division placeholder, IReadOnlyList<ChronologyEvent> events, IReadOnlyList<Note>? notes = null, Locale? locale = null)
    {
        locale ??= Locale.English;
        var blocks = new List<Block>();
        int? year = null;
        foreach (var e in Sort(events))
        {
            if (e.Date.Start.Year != year)
            {
                year = e.Date.Start.Year;
                var y = year.Value.ToString(CultureInfo.InvariantCulture);
                blocks.Add(new Heading(2, $"{placeholder.Id}-{y}", [new Text(y)]) { Span = e.Span });
            }
            blocks.Add(new ChronologyEntry(e.DateIn(locale), Content(e, locale)) { Span = e.Span });
        }
        return placeholder with { Blocks = blocks, Notes = notes ?? [] };
    }

    /// <summary>The entry's text, followed by " → p. N" ("səh. N", "с. N") pointing at the section it names.</summary>
    static IReadOnlyList<Inline> Content(ChronologyEvent e, Locale locale)
    {
        if (e.See is null) return e.Content;
        var list = e.Content.ToList();
        list.Add(new Text(" \u2192\u00A0" + locale.PageAbbreviation + "\u00A0"));
        list.Add(new PageRef(e.See));
        return list;
    }
}
