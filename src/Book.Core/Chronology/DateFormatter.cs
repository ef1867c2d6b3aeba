using System.Globalization;
using Book.Model;

namespace Book.Core.Chronology;

/// <summary>
/// Writes event dates in the book's language, to the precision they were given, by the patterns of
/// its locale file (<see cref="LocaleDates"/>): "1926", "October 1991", "20 February 1988",
/// "25 February 1992, 11 p.m." in English; "26 fevral 1992, 01:00" in Azerbaijani; "26 февраля
/// 1992 г." in Russian. Ranges use an en dash, closed up between simple parts ("October–December
/// 1991", "26 February 1992, 1–4 a.m.", "25–26 fevral 1992") and spaced when either side has
/// spaces in it ("October 1991 – February 1992"). An approximate date is preceded by "c." (its term).
/// </summary>
public static class DateFormatter
{
    const string Dash = "\u2013";
    const string SpacedDash = " \u2013 ";

    /// <summary>The English month name, for diagnostics (which are in English).</summary>
    public static string MonthName(int month) => Locale.English.Dates.Month(month);

    public static string Format(EventDate date, bool approximate = false, Locale? locale = null)
    {
        locale ??= Locale.English;
        var text = date.End is { } end ? Range(date.Start, end, locale.Dates) : Single(date.Start, locale.Dates);
        return approximate ? locale.Circa + " " + text : text;
    }

    public static string Single(ChronoDate d, LocaleDates l) => d.Precision switch
    {
        DatePrecision.Year => l.Year(d.Year),
        DatePrecision.Month => l.MonthYear(d.Year, d.Month),
        DatePrecision.Day => l.DayMonthYear(d.Year, d.Month, d.Day),
        _ => l.WithTime(l.DayMonthYear(d.Year, d.Month, d.Day), l.Time(d.MinuteOfDay)),
    };

    /// <summary>A range whose ends have the same precision (the parser guarantees it).</summary>
    public static string Range(ChronoDate a, ChronoDate b, LocaleDates l)
    {
        bool sameYear = a.Year == b.Year, sameMonth = sameYear && a.Month == b.Month, sameDay = sameMonth && a.Day == b.Day;
        switch (a.Precision)
        {
            case DatePrecision.Year:
                return l.Year(a.Year) + Dash + l.Year(b.Year);
            case DatePrecision.Month:
                return sameYear ? l.MonthYear(a.Year, a.Month, b.Month) : Single(a, l) + SpacedDash + Single(b, l);
            case DatePrecision.Day:
                if (sameMonth) return l.WithYear(l.DayMonth(l.Day(a.Day) + Dash + l.Day(b.Day), a.Month), a.Year);
                if (sameYear) return l.WithYear(l.DayMonth(l.Day(a.Day), a.Month) + SpacedDash + l.DayMonth(l.Day(b.Day), b.Month), a.Year);
                return Single(a, l) + SpacedDash + Single(b, l);
            default:
                if (!sameDay) return Single(a, l) + SpacedDash + Single(b, l);
                return l.WithTime(l.DayMonthYear(a.Year, a.Month, a.Day), l.TimeRange(a.MinuteOfDay, b.MinuteOfDay));
        }
    }
}
