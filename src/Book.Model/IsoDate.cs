namespace Book.Model;

/// <summary>
/// book.yaml's edition date as ISO 8601 gives it: 2026-02-26, 2026-02 or 2026, read by hand (the
/// framework's exact-format parser loads culture and calendar data on first use, a noticeable part of
/// a cold start, for three fixed shapes of digits).
/// </summary>
public static class IsoDate
{
    /// <summary>The first day the date names, as a date of kind Unspecified; false if <paramref name="s"/> is no such date.</summary>
    public static bool TryParse(string? s, out DateTime date)
    {
        date = default;
        if (s is null || s.Length is not (4 or 7 or 10)) return false;
        if (!Digits(s, 0, 4, out int year) || year < 1) return false;
        int month = 1, day = 1;
        if (s.Length >= 7 && (s[4] != '-' || !Digits(s, 5, 2, out month) || month is < 1 or > 12)) return false;
        if (s.Length == 10 && (s[7] != '-' || !Digits(s, 8, 2, out day) || day < 1 || day > DateTime.DaysInMonth(year, month))) return false;
        date = new DateTime(year, month, day);
        return true;
    }

    static bool Digits(string s, int start, int count, out int value)
    {
        value = 0;
        for (int i = start; i < start + count; i++)
        {
            if (!char.IsAsciiDigit(s[i])) return false;
            value = value * 10 + (s[i] - '0');
        }
        return true;
    }
}
