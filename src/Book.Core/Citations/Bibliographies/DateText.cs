using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Book.Core.Citations.Bibliographies;

/// <summary>
/// Reads a date written as text into a CSL-JSON date: EDTF as Pandoc and Zotero write it
/// (<c>2024-02-23</c>, <c>1992~</c>, <c>1992?</c>, seasons as months 21–24, ranges with <c>/</c>) and
/// the raw English dates Zotero exports (<c>March 2, 1992</c>, <c>2 March 1992</c>, <c>Spring 1993</c>,
/// <c>c. 1900</c>). Uncertain (<c>?</c>) and approximate (<c>~</c>) both become <c>circa</c>, the one
/// mark CSL has for either.
/// </summary>
public static partial class DateText
{
    /// <summary>The CSL-JSON date, or null when the text is not a date we can read.</summary>
    public static JsonObject? Parse(string text)
    {
        var t = text.Trim();
        if (t.Length == 0) return null;
        if (Edtf(t) is { } e) return e;
        return English(t);
    }

    /// <summary>A date part list is a real date: month 1–12 or a season 21–24, a day that month has.</summary>
    public static bool IsReal(int year, int? month, int? day)
    {
        if (month is null) return day is null;
        if (month is >= 21 and <= 24) return day is null;
        if (month is < 1 or > 12) return false;
        return day is null || (day >= 1 && day <= DateTime.DaysInMonth(Math.Clamp(year, 1, 9999), month.Value));
    }

    [GeneratedRegex(@"^(-?\d{1,4})(?:-(\d{2})(?:-(\d{2}))?)?(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?([~?%]?)$")]
    private static partial Regex EdtfPart();

    static JsonObject? Edtf(string t)
    {
        var halves = t.Split('/');
        if (halves.Length > 2) return null;
        var parts = new JsonArray();
        var circa = false;
        foreach (var h in halves)
        {
            if (halves.Length == 2 && h is "" or "..") continue;   // an open range: the known end only
            var m = EdtfPart().Match(h);
            if (!m.Success) return null;
            var y = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
            int? mo = m.Groups[2].Success ? int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture) : null;
            int? d = m.Groups[3].Success ? int.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture) : null;
            if (!IsReal(y, mo, d)) return null;
            circa |= m.Groups[4].Value.Length > 0;
            parts.Add((JsonNode)Parts(y, mo, d));
        }
        return parts.Count == 0 ? null : Date(parts, circa);
    }

    static readonly Dictionary<string, int> Months = new(StringComparer.OrdinalIgnoreCase)
    {
        ["january"] = 1, ["february"] = 2, ["march"] = 3, ["april"] = 4, ["may"] = 5, ["june"] = 6, ["july"] = 7,
        ["august"] = 8, ["september"] = 9, ["october"] = 10, ["november"] = 11, ["december"] = 12,
        ["jan"] = 1, ["feb"] = 2, ["mar"] = 3, ["apr"] = 4, ["jun"] = 6, ["jul"] = 7, ["aug"] = 8, ["sep"] = 9,
        ["sept"] = 9, ["oct"] = 10, ["nov"] = 11, ["dec"] = 12,
        ["spring"] = 21, ["summer"] = 22, ["autumn"] = 23, ["fall"] = 23, ["winter"] = 24,
    };

    [GeneratedRegex(@"[\p{L}]+|\d+|\?")]
    private static partial Regex Token();

    [GeneratedRegex(@"^[\p{L}\d\s,.?]+$")]
    private static partial Regex EnglishShape();

    static JsonObject? English(string t)
    {
        var circa = false;
        var lead = Regex.Match(t, @"^(circa|ca\.|c\.|about|approx\.)\s*", RegexOptions.IgnoreCase);
        if (lead.Success) { circa = true; t = t[lead.Length..]; }
        if (!EnglishShape().IsMatch(t)) return null;
        int? year = null, month = null, day = null;
        foreach (Match m in Token().Matches(t))
        {
            var w = m.Value;
            if (w == "?") { circa = true; continue; }
            if (char.IsDigit(w[0]))
            {
                var n = int.Parse(w, CultureInfo.InvariantCulture);
                if (w.Length >= 3) { if (year is not null) return null; year = n; }
                else { if (day is not null) return null; day = n; }
            }
            else if (Months.TryGetValue(w, out var mo) && month is null) month = mo;
            else return null;
        }
        if (year is not { } y) return null;
        if (day is not null && month is null) return null;
        if (!IsReal(y, month, day)) return null;
        return Date(new JsonArray(Parts(y, month, day)), circa);
    }

    static JsonArray Parts(int y, int? m, int? d)
    {
        var a = new JsonArray(y);
        if (m is { } mm) a.Add((JsonNode)mm);
        if (d is { } dd) a.Add((JsonNode)dd);
        return a;
    }

    static JsonObject Date(JsonArray parts, bool circa)
    {
        var o = new JsonObject { ["date-parts"] = parts };
        if (circa) o["circa"] = true;
        return o;
    }
}
