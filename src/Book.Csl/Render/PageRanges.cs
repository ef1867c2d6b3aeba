using System.Text.RegularExpressions;

namespace Book.Csl;

/// <summary>Page ranges: "110-15" becomes "110–15" with an en dash, shortened per page-range-format
/// (chicago/chicago-15, chicago-16, expanded, minimal, minimal-two). Only a true range is one: both
/// ends with the same prefix ("N110-N115"), or both roman numerals; anything else ("110-N6",
/// "N110 - 5") keeps a plain hyphen. A backslash-escaped hyphen ("3\-B") is never a range. The dash
/// is the locale's page-range-delimiter term (French: a non-breaking hyphen).</summary>
static partial class PageRanges
{
    [GeneratedRegex(@"^\s*(\S+?)\s*(?<!\\)[-–—]+\s*(\S+)\s*$")]
    private static partial Regex Range();
    [GeneratedRegex(@"^(.*?)(\d+)$")]
    private static partial Regex PrefixDigits();
    [GeneratedRegex(@"^[ivxlcdm]+$|^[IVXLCDM]+$")]
    private static partial Regex Roman();
    [GeneratedRegex(@"(\s*,\s*|\s*&\s*|\s+and\s+)")]
    private static partial Regex ListSeparator();

    public static string Format(string s, string? format, string dash = "–", string amp = "&")
    {
        var parts = ListSeparator().Split(s);
        for (int i = 0; i < parts.Length; i += 2) parts[i] = One(parts[i], format, dash);
        // "213 & 235": the ampersand is the locale's (symbol form of "and").
        for (int i = 1; i < parts.Length; i += 2) if (parts[i].Trim() == "&") parts[i] = parts[i].Replace("&", amp);
        return string.Concat(parts).Replace("\\-", "-");
    }

    static string One(string s, string? format, string dash)
    {
        var m = Range().Match(s);
        if (!m.Success) return s;
        string l = m.Groups[1].Value, r = m.Groups[2].Value;
        var lm = PrefixDigits().Match(l);
        var rm = PrefixDigits().Match(r);
        if (lm.Success && rm.Success && (lm.Groups[1].Value == rm.Groups[1].Value || rm.Groups[1].Value.Length == 0 && !Regex.IsMatch(lm.Groups[1].Value, @"\d")))
        {
            var prefix = lm.Groups[1].Value;
            if (rm.Groups[1].Value != prefix) return l + "-" + r;
            string a = lm.Groups[2].Value, b = rm.Groups[2].Value;
            if (format is null) return l + dash + r;
            var shortened = Shorten(a, b, format);
            if (shortened is null) return l + "-" + r;
            return l + dash + (format == "expanded" ? prefix : "") + shortened;
        }
        if (Roman().IsMatch(l) && Roman().IsMatch(r)) return l + dash + r;
        return l + "-" + r;
    }

    static string? Shorten(string a, string b, string format)
    {
        if (b.Length < a.Length) b = a[..(a.Length - b.Length)] + b;
        if (long.Parse(b) < long.Parse(a)) return null;
        if (format == "expanded") return b;
        if (a.Length != b.Length) return b;
        int same = 0;
        while (same < a.Length - 1 && a[same] == b[same]) same++;
        var minimal = b[same..];
        switch (format)
        {
            case "minimal": return minimal;
            case "minimal-two": return minimal.Length >= 2 ? minimal : b[^Math.Min(2, b.Length)..];
            case "chicago":
            case "chicago-15":
            case "chicago-16":
                long n = long.Parse(a);
                if (n < 100 || n % 100 == 0) return b;
                if (n % 100 < 10) return minimal;
                // Chicago 15th: four digits with three changing are given in full (1496–1504).
                if (format != "chicago-16" && a.Length == 4 && minimal.Length >= 3) return b;
                return minimal.Length >= 2 ? minimal : b[^2..];
            default: return b;
        }
    }
}
