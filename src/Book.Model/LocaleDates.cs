using System.Globalization;

namespace Book.Model;

/// <summary>
/// Dates and times in a language, from the patterns in its locale file (CLDR's long date and
/// year-month patterns, month names in the format and stand-alone contexts, 12- or 24-hour clock).
/// Every pattern puts the year last, so a range can share it: "25–26 fevral 1992".
/// </summary>
public sealed class LocaleDates
{
    readonly Locale _locale;
    readonly string[] _months, _standalone;

    internal LocaleDates(Locale locale)
    {
        _locale = locale;
        _months = locale["date.months"].Split('|');
        _standalone = locale["date.months-standalone"].Split('|');
    }

    /// <summary>True where the language writes "1–4 a.m." rather than "01:00–04:00".</summary>
    public bool TwelveHour => _locale["date.clock"] == "12";

    /// <summary>A month as it stands in a date ("fevral", "февраля").</summary>
    public string Month(int month) => _months[month - 1];
    /// <summary>A month named alone or with a year ("Fevral", "февраль").</summary>
    public string MonthAlone(int month) => _standalone[month - 1];

    public string Day(int day) => _locale["date.day"].Replace("{d}", Num(day), StringComparison.Ordinal);

    /// <summary>Day and month, from days already written ("26", "25–26", "25.–26.").</summary>
    public string DayMonth(string days, int month) =>
        _locale["date.day-month"].Replace("{d}", days, StringComparison.Ordinal).Replace("{MMMM}", Month(month), StringComparison.Ordinal);

    /// <summary>A day-month part with its year ("26 fevral" → "26 fevral 1992"; "26 февраля" → "26 февраля 1992 г.").</summary>
    public string WithYear(string dayMonth, int year) =>
        _locale["date.full"].Replace("{dm}", dayMonth, StringComparison.Ordinal).Replace("{y}", Num(year), StringComparison.Ordinal);

    public string DayMonthYear(int year, int month, int day) => WithYear(DayMonth(Day(day), month), year);

    /// <summary>A month or a run of months with the year: "fevral 1992", "октябрь–декабрь 1991 г.".</summary>
    public string MonthYear(int year, int month, int? lastMonth = null)
    {
        var pattern = _locale["date.month-year"];
        string Name(int m) => pattern.Contains("{LLLL}", StringComparison.Ordinal) ? MonthAlone(m) : Month(m);
        var months = lastMonth is { } l ? Name(month) + "\u2013" + Name(l) : Name(month);
        return pattern.Replace("{LLLL}", months, StringComparison.Ordinal).Replace("{MMMM}", months, StringComparison.Ordinal)
            .Replace("{y}", Num(year), StringComparison.Ordinal);
    }

    public string Year(int year) => Num(year);

    /// <summary>A date with a time: "26 fevral 1992, 01:00".</summary>
    public string WithTime(string date, string time) =>
        _locale["date.date-time"].Replace("{date}", date, StringComparison.Ordinal).Replace("{time}", time, StringComparison.Ordinal);

    /// <summary>A time of day: "01:00" (24-hour), or "1", "1 a.m.", "noon" (12-hour, Chicago 9.38).</summary>
    public string Time(int minuteOfDay, bool withPeriod = true)
    {
        int h = minuteOfDay / 60, m = minuteOfDay % 60;
        if (!TwelveHour) return h.ToString("D2", CultureInfo.InvariantCulture) + ":" + m.ToString("D2", CultureInfo.InvariantCulture);
        // "12 a.m." and "12 p.m." are ambiguous to many readers.
        if (minuteOfDay == 0) return _locale["midnight"];
        if (minuteOfDay == 720) return _locale["noon"];
        int h12 = h % 12 == 0 ? 12 : h % 12;
        var clock = m == 0 ? Num(h12) : Num(h12) + ":" + m.ToString("D2", CultureInfo.InvariantCulture);
        return withPeriod ? clock + " " + (h < 12 ? _locale["am"] : _locale["pm"]) : clock;
    }

    /// <summary>"01:00–04:00"; in 12-hour languages "1–4 a.m." when both share a period, else "11 a.m. – 1 p.m.".</summary>
    public string TimeRange(int from, int to)
    {
        if (!TwelveHour) return Time(from) + "\u2013" + Time(to);
        bool plain = from % 720 != 0 && to % 720 != 0;
        if (plain && from / 720 == to / 720) return Time(from, withPeriod: false) + "\u2013" + Time(to);
        return Time(from) + " \u2013 " + Time(to);
    }

    static string Num(int n) => n.ToString(CultureInfo.InvariantCulture);
}
