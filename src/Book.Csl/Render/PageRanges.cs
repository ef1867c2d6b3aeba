using System.Text.RegularExpressions;

namespace Book.Csl;

/// <summary>Page ranges with an en dash, shortened per page-range-format (chicago, expanded, minimal,
/// minimal-two).</summary>
static partial class PageRanges
{
    [GeneratedRegex(@"(\d+)\s*(?:-|–|—)+\s*(\d+)")]
    private static partial Regex Range();

    public static string Format(string s, string? format)
    {
        return Range().Replace(s, m =>
        {
            var a = m.Groups[1].Value;
            var b = m.Groups[2].Value;
            return a + "–" + Shorten(a, b, format);
        });
    }

    static string Shorten(string a, string b, string? format)
    {
        if (format is null) return b;
        if (b.Length < a.Length) b = a[..(a.Length - b.Length)] + b;
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
                int n = int.Parse(a);
                if (n < 100 || n % 100 == 0) return b;
                if (n % 100 < 10) return minimal;
                if (format == "chicago-15" && a.Length == 4 && minimal.Length >= 3) return b;
                return minimal.Length >= 2 ? minimal : b[^2..];
            default: return b;
        }
    }
}
