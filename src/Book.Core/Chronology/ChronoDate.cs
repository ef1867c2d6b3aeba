using System.Globalization;

namespace Book.Core.Chronology;

/// <summary>How much of a date is known: a year, a month, a day, or a day and a time of day.</summary>
public enum DatePrecision { Year = 1, Month = 2, Day = 3, Time = 4 }

/// <summary>
/// A calendar date known to some precision. Unknown parts are 0 (month, day) or -1 (minute of
/// the day), so the natural ordering puts a year before its months and a month before its days.
/// </summary>
public readonly record struct ChronoDate(int Year, int Month, int Day, int MinuteOfDay) : IComparable<ChronoDate>
{
    public DatePrecision Precision =>
        MinuteOfDay >= 0 ? DatePrecision.Time : Day > 0 ? DatePrecision.Day : Month > 0 ? DatePrecision.Month : DatePrecision.Year;

    public int Hour => MinuteOfDay / 60;
    public int Minute => MinuteOfDay % 60;

    public int CompareTo(ChronoDate other)
    {
        int c = Year.CompareTo(other.Year);
        if (c == 0) c = Month.CompareTo(other.Month);
        if (c == 0) c = Day.CompareTo(other.Day);
        if (c == 0) c = MinuteOfDay.CompareTo(other.MinuteOfDay);
        return c;
    }

    public override string ToString() => Precision switch
    {
        DatePrecision.Year => Year.ToString("D4", CultureInfo.InvariantCulture),
        DatePrecision.Month => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}"),
        DatePrecision.Day => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}-{Day:D2}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}-{Day:D2}T{Hour:D2}:{Minute:D2}"),
    };
}

/// <summary>
/// The date of an event: one <see cref="ChronoDate"/> or a range. Written as in ISO 8601 / EDTF:
/// <c>1926</c>, <c>1991-10</c>, <c>1988-02-20</c>, <c>1992-02-25T23:00</c>, and ranges
/// <c>start/end</c> where the end has the start's precision and may leave out the leading parts
/// it shares with the start: <c>1988-02-20/22</c>, <c>1992-02-26T01:00/04:00</c>, <c>1991-10/1992-02</c>.
/// </summary>
public sealed record EventDate(ChronoDate Start, ChronoDate? End)
{
    public const string Forms = "use YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM, or a range such as 1991-10/1992-02 or 1992-02-26T01:00/04:00";

    /// <summary>Parses <paramref name="text"/>; on failure returns null and says why in <paramref name="error"/>.</summary>
    public static EventDate? Parse(string text, out string? error)
    {
        error = null;
        var s = text.Trim();
        int slash = s.IndexOf('/');
        var startText = slash < 0 ? s : s[..slash];
        var startParts = Split(startText);
        if (startParts is null || !Build(startParts, out var start, out error))
        {
            error = error is null ? $"'{startText}' is not a date; {Forms}" : $"'{startText}' is not a date: {error}";
            return null;
        }
        if (slash < 0) return new EventDate(start, null);

        var endText = s[(slash + 1)..];
        var endParts = Split(endText);
        if (endParts is null || endText.Contains('/'))
        {
            error = $"'{endText}' is not the end of a range; {Forms}";
            return null;
        }
        var startList = startParts;
        bool startTimed = startList[^1].StartsWith('T'), endTimed = endParts[^1].StartsWith('T');
        if (endParts.Count > startList.Count || endTimed && !startTimed)
        {
            error = $"the end of the range '{s}' is more precise than its start; give both to the same precision";
            return null;
        }
        if (startTimed && !endTimed)
        {
            error = $"the end of the range '{s}' has no time of day but its start has; give both to the same precision";
            return null;
        }
        // The end's parts replace the start's trailing parts, so "1988-02-20/22" ends on 1988-02-22.
        var merged = startList.Take(startList.Count - endParts.Count).Concat(endParts).ToList();
        if (!Build(merged, out var end, out error))
        {
            error = $"the end of the range '{s}' is not a date ({error})";
            return null;
        }
        if (end.Precision != start.Precision)
        {
            error = $"the end of the range '{s}' is less precise than its start; give both to the same precision";
            return null;
        }
        if (end.CompareTo(start) <= 0)
        {
            error = $"the range '{s}' ends before it starts";
            return null;
        }
        return new EventDate(start, end);
    }

    /// <summary>Splits "1992-02-26T01:00" into ["1992", "02", "26", "T01:00"]; the time keeps its 'T' marker.</summary>
    static List<string>? Split(string s)
    {
        if (s.Length == 0) return null;
        var parts = new List<string>();
        string datePart = s, timePart = "";
        int t = s.IndexOf('T');
        if (t >= 0) { datePart = s[..t]; timePart = s[t..]; }
        else if (s.Contains(':')) { datePart = ""; timePart = "T" + s; }
        if (datePart.Length > 0) parts.AddRange(datePart.Split('-'));
        if (timePart.Length > 0) parts.Add(timePart);
        return parts.Count == 0 || parts.Exists(p => p.Length == 0) ? null : parts;
    }

    static bool Build(List<string> parts, out ChronoDate date, out string? error)
    {
        date = default; error = null;
        if (parts.Count > 4) return false;
        int year = 0, month = 0, day = 0, minute = -1;
        for (int i = 0; i < parts.Count; i++)
        {
            var p = parts[i];
            bool isTime = p.StartsWith('T');
            if (isTime != (i == 3)) return false;
            switch (i)
            {
                case 0:
                    if (!Digits(p, 4, out year) || year == 0) return false;
                    break;
                case 1:
                    if (!Digits(p, 2, out month)) return false;
                    if (month is < 1 or > 12) { error = $"month {p} must be 01–12"; return false; }
                    break;
                case 2:
                    if (!Digits(p, 2, out day)) return false;
                    if (day < 1 || day > DateTime.DaysInMonth(year, month))
                    {
                        error = $"day {p} does not exist in {DateFormatter.MonthName(month)} {year.ToString(CultureInfo.InvariantCulture)}";
                        return false;
                    }
                    break;
                case 3:
                    if (p.Length != 6 || p[3] != ':' || !Digits(p[1..3], 2, out var h) || !Digits(p[4..], 2, out var m)) return false;
                    if (h > 23 || m > 59) { error = $"time {p[1..]} must be between 00:00 and 23:59"; return false; }
                    minute = h * 60 + m;
                    break;
            }
        }
        date = new ChronoDate(year, month, day, minute);
        return true;
    }

    static bool Digits(string s, int length, out int value)
    {
        value = 0;
        if (s.Length != length) return false;
        foreach (char c in s)
        {
            if (c is < '0' or > '9') return false;
            value = value * 10 + (c - '0');
        }
        return true;
    }

    public override string ToString() => End is { } e ? $"{Start}/{e}" : Start.ToString();
}
