using System.Globalization;
using System.Text.RegularExpressions;

namespace Book.Csl;

/// <summary>Dates written as text: EDTF ("1992-03-02", "1992?", "~1992", "1992-21", "1990/1992")
/// and the common English forms ("March 2, 1992", "2 March 1992", "Spring 1992"). What does not
/// parse comes back as a literal, printed as written.</summary>
static partial class DateParsing
{
    static readonly string[] Months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
    static readonly string[] Seasons = ["spring", "summer", "autumn", "winter"];

    public static CslDate ParseRaw(string raw, out bool ok)
    {
        ok = true;
        var s = raw.Trim();
        bool circa = false;
        if (s.StartsWith('~')) { circa = true; s = s[1..]; }
        if (s.EndsWith('?') || s.EndsWith('~') || s.EndsWith('%')) { circa = true; s = s[..^1]; }
        if (s.StartsWith("ca.", StringComparison.OrdinalIgnoreCase) || s.StartsWith("c.", StringComparison.OrdinalIgnoreCase))
        { circa = true; s = s[(s.IndexOf('.') + 1)..].Trim(); }
        var range = s.Split('/');
        if (range.Length == 2 && One(range[0]) is { } a && One(range[1]) is { } b)
            return CslJsonReader.Seasoned(new CslDate { Start = a.parts, End = b.parts, Circa = circa, Season = a.season });
        if (One(s) is { } one)
            return CslJsonReader.Seasoned(new CslDate { Start = one.parts, Circa = circa, Season = one.season });
        // "1992-1994" and "March–April 1992" style ranges.
        var dash = RangeDash().Split(s);
        if (dash.Length == 2 && One(dash[0]) is { } x && One(dash[1]) is { } y)
        {
            var start = x.parts.Year == 0 ? x.parts with { Year = y.parts.Year } : x.parts;
            return CslJsonReader.Seasoned(new CslDate { Start = start, End = y.parts, Circa = circa });
        }
        ok = false;
        return new CslDate { Literal = raw };
    }

    static (DateParts parts, string? season)? One(string text)
    {
        var s = text.Trim().TrimEnd('.', ',');
        if (s.Length == 0) return null;
        var m = Edtf().Match(s);
        if (m.Success)
        {
            int y = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
            int mo = m.Groups[2].Success ? int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture) : 0;
            int d = m.Groups[3].Success ? int.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture) : 0;
            if (mo is > 24 or (> 16 and < 21) || d > 31) return null;
            return (new DateParts(y, mo, d), null);
        }
        var words = Words().Matches(s).Select(w => w.Value).ToList();
        int year = 0, month = 0, day = 0;
        string? season = null;
        foreach (var w in words)
        {
            if (int.TryParse(w, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n))
            {
                if (w.Length >= 3 || n > 31) { if (year != 0) return null; year = n; }
                else if (day == 0) day = n;
                else return null;
                continue;
            }
            var lw = w.ToLowerInvariant();
            int mi = lw.Length >= 3 ? Array.FindIndex(Months, x => lw.StartsWith(x, StringComparison.Ordinal)) : -1;
            if (mi >= 0 && month == 0) { month = mi + 1; continue; }
            int si = Array.IndexOf(Seasons, lw == "fall" ? "autumn" : lw);
            if (si >= 0) { season = (si + 1).ToString(CultureInfo.InvariantCulture); continue; }
            return null;
        }
        if (year == 0) return null;
        if (month == 0 && day != 0) return null;
        return (new DateParts(year, month, day), season);
    }

    [GeneratedRegex(@"^(-?\d{1,4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$")]
    private static partial Regex Edtf();
    [GeneratedRegex(@"\p{L}+|\d+")]
    private static partial Regex Words();
    [GeneratedRegex(@"\s*[–—]\s*|\s+-\s+|(?<=\d)-(?=\d{4})")]
    private static partial Regex RangeDash();
}
