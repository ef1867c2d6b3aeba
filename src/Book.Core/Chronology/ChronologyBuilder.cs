using System.Globalization;
using Book.Model;

namespace Book.Core.Chronology;

/// <summary>Turns events into the blocks of the chronology appendix: a heading per year, then its entries.</summary>
public static class ChronologyBuilder
{
    /// <summary>In chronological order (<see cref="ChronologyOrder"/>).</summary>
    public static IReadOnlyList<ChronologyEvent> Sort(IEnumerable<ChronologyEvent> events) => ChronologyOrder.Sort(events);

    /// <summary>
    /// Fills the generated "chronology" appendix; the placeholder keeps its id, title and span.
    /// A heading opens each year; an event that spans years stays under the current heading when
    /// that year lies within its span, else it opens one naming its years ("1991–1992"). That heading
    /// heads no other event, so an event dated by years alone gives it its own date as printed
    /// ("c. 1985–1989"): the date is read once, not as "1985–1989" over "c. 1985–1989".
    /// </summary>
    public static Division BuildAppendix(Division placeholder, IReadOnlyList<ChronologyEvent> events, IReadOnlyList<Note>? notes = null, Locale? locale = null)
    {
        locale ??= Locale.English;
        var blocks = new List<Block>();
        (int From, int To)? heading = null;
        var usedIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var e in Sort(events))
        {
            int from = e.Date.Start.Year, to = (e.Date.End ?? e.Date.Start).Year;
            bool yearsOnly = e.Date.Start.Precision == DatePrecision.Year;
            bool fits = heading is { } h && (from == to ? h.From == from && h.To == from : h.From == h.To && h.From >= from && h.From <= to);
            if (!fits)
            {
                heading = (from, to);
                var y = from.ToString(CultureInfo.InvariantCulture);
                var text = from == to ? y : yearsOnly ? e.DateIn(locale) : y + "\u2013" + to.ToString(CultureInfo.InvariantCulture);
                // A year may open two headings (after a span of years); ids stay unique.
                var id = $"{placeholder.Id}-{y}";
                for (int n = 2; !usedIds.Add(id); n++) id = $"{placeholder.Id}-{y}-{n}";
                blocks.Add(new Heading(2, id, [new Text(text)]) { Span = e.Span });
            }
            // A year heading says a plain year; "c. 1992" under 1992 still needs its own date.
            bool datedByHeading = yearsOnly && heading == (from, to) && (from != to || !e.Approximate);
            blocks.Add(new ChronologyEntry(e.DateIn(locale), Content(e, locale)) { Span = e.Span, DatedByHeading = datedByHeading });
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
