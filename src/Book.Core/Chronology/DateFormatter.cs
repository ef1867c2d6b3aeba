using System.Globalization;

namespace Book.Core.Chronology;

/// <summary>
/// Writes event dates in British English book style, to the precision they were given:
/// "1926", "October 1991", "20 February 1988", "25 February 1992, 11 p.m.".
/// Times use the 12-hour clock with "a.m."/"p.m."; 00:00 and 12:00 are written "midnight" and
/// "noon", because "12 a.m." and "12 p.m." are ambiguous to many readers (Chicago Manual 9.38).
/// Ranges use an en dash, closed up between simple parts ("October–December 1991",
/// "26 February 1992, 1–4 a.m.") and spaced when either side has spaces in it
/// ("October 1991 – February 1992"). An approximate date is preceded by "c.".
/// </summary>
public static class DateFormatter
{
    const string Dash = "\u2013";
    const string SpacedDash = " \u2013 ";

    static readonly string[] Months =
    [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ];

    public static string MonthName(int month) => Months[month - 1];

    public static string Format(EventDate date, bool approximate = false)
    {
        var text = date.End is { } end ? Range(date.Start, end) : Single(date.Start);
        return approximate ? "c. " + text : text;
    }

    public static string Single(ChronoDate d) => d.Precision switch
    {
        DatePrecision.Year => Year(d),
        DatePrecision.Month => MonthName(d.Month) + " " + Year(d),
        DatePrecision.Day => DayMonthYear(d),
        _ => DayMonthYear(d) + ", " + Time(d.MinuteOfDay, withPeriod: true),
    };

    /// <summary>A range whose ends have the same precision (the parser guarantees it).</summary>
    public static string Range(ChronoDate a, ChronoDate b)
    {
        bool sameYear = a.Year == b.Year, sameMonth = sameYear && a.Month == b.Month, sameDay = sameMonth && a.Day == b.Day;
        switch (a.Precision)
        {
            case DatePrecision.Year:
                return Year(a) + Dash + Year(b);
            case DatePrecision.Month:
                return sameYear
                    ? MonthName(a.Month) + Dash + MonthName(b.Month) + " " + Year(a)
                    : Single(a) + SpacedDash + Single(b);
            case DatePrecision.Day:
                if (sameMonth) return Num(a.Day) + Dash + Num(b.Day) + " " + MonthName(a.Month) + " " + Year(a);
                if (sameYear) return Num(a.Day) + " " + MonthName(a.Month) + SpacedDash + Num(b.Day) + " " + MonthName(b.Month) + " " + Year(a);
                return Single(a) + SpacedDash + Single(b);
            default:
                if (!sameDay) return Single(a) + SpacedDash + Single(b);
                return DayMonthYear(a) + ", " + TimeRange(a.MinuteOfDay, b.MinuteOfDay);
        }
    }

    /// <summary>"1–4 a.m." when both times share a period; otherwise "11 a.m. – 1 p.m.", "11 a.m. – noon".</summary>
    static string TimeRange(int from, int to)
    {
        bool plain = from % 720 != 0 && to % 720 != 0;
        if (plain && from / 720 == to / 720)
            return Time(from, withPeriod: false) + Dash + Time(to, withPeriod: true);
        return Time(from, withPeriod: true) + SpacedDash + Time(to, withPeriod: true);
    }

    static string Time(int minuteOfDay, bool withPeriod)
    {
        if (minuteOfDay == 0) return "midnight";
        if (minuteOfDay == 720) return "noon";
        int h = minuteOfDay / 60, m = minuteOfDay % 60;
        int h12 = h % 12 == 0 ? 12 : h % 12;
        var clock = m == 0 ? Num(h12) : Num(h12) + ":" + m.ToString("D2", CultureInfo.InvariantCulture);
        return withPeriod ? clock + (h < 12 ? " a.m." : " p.m.") : clock;
    }

    static string DayMonthYear(ChronoDate d) => Num(d.Day) + " " + MonthName(d.Month) + " " + Year(d);
    static string Year(ChronoDate d) => Num(d.Year);
    static string Num(int n) => n.ToString(CultureInfo.InvariantCulture);
}
