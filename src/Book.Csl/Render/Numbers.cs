using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Book.Csl;

/// <summary>Numeric variables: what counts as numeric, ordinals (with the locale's gendered and
/// matched forms), long ordinals and roman numerals.</summary>
static partial class Numbers
{
    [GeneratedRegex(@"^\s*[a-zA-Z]?\d+[a-zA-Z]?(\s*(?:[-–,&]|and)\s*[a-zA-Z]?\d+[a-zA-Z]?)*\s*$")]
    private static partial Regex NumericRx();
    [GeneratedRegex(@"\d+")]
    private static partial Regex DigitsRx();

    public static bool IsNumeric(string? s) => s is not null && NumericRx().IsMatch(s);

    /// <summary>A number written with its ordinal ending ("5th", "2e"): numeric to the is-numeric
    /// condition, though printed as written.</summary>
    public static bool IsOrdinalWord(string? s) => s is not null && Regex.IsMatch(s, @"^\s*\d+\p{L}{1,3}\.?\s*$");

    /// <summary>More than one number ("1-3", "2, 4", "2 & 4") makes a label plural.</summary>
    public static bool IsPlural(string s) => Regex.IsMatch(s, @"(?<!\\)[-–—]|,|&|\sand\s") && DigitsRx().IsMatch(s) || Regex.IsMatch(s, @"^[ivxlcdmIVXLCDM]+\s*[-–]\s*[ivxlcdmIVXLCDM]+$") || Regex.IsMatch(s, @"\d\s+\S+\s+\d");

    public static string Ordinal(int n, LocaleChain loc, string? gender)
    {
        return n.ToString(CultureInfo.InvariantCulture) + OrdinalSuffix(n, loc, gender);
    }

    static string OrdinalSuffix(int n, LocaleChain loc, string? gender)
    {
        foreach (var l in loc.Locales)
        {
            bool hasNew = l.Terms.Keys.Any(k => k.name.StartsWith("ordinal-", StringComparison.Ordinal));
            if (!hasNew) { if (l.Terms.ContainsKey(("ordinal", "long"))) return Pick(l, "ordinal", gender) ?? ""; continue; }
            string? hit = null;
            if (n % 100 is >= 10 and < 100 && n >= 10)
            {
                var two = $"ordinal-{n % 100:00}";
                if (l.Terms.TryGetValue((two, "long"), out var t2))
                {
                    var term = ByGender(t2, gender);
                    if (term is not null && (term.Match ?? "last-two-digits") is "last-two-digits" or "whole-number" && (term.Match != "whole-number" || n < 100)) hit = term.Single;
                }
            }
            if (hit is null)
            {
                var one = $"ordinal-{n % 10:00}";
                if (l.Terms.TryGetValue((one, "long"), out var t1))
                {
                    var term = ByGender(t1, gender);
                    if (term is not null && (term.Match ?? "last-digit") switch { "last-digit" => true, "last-two-digits" => n % 100 < 10, "whole-number" => n < 10, _ => true }) hit = term.Single;
                }
            }
            return hit ?? Pick(l, "ordinal", gender) ?? "";
        }
        return "";
    }

    static Term? ByGender(List<Term> list, string? gender) =>
        list.FirstOrDefault(t => t.GenderForm == gender) ?? list.FirstOrDefault(t => t.GenderForm is null) ?? (gender is null ? list.FirstOrDefault(t => t.GenderForm == "neuter") : null);

    static string? Pick(CslLocale l, string name, string? gender) => l.Terms.TryGetValue((name, "long"), out var list) ? ByGender(list, gender)?.Single : null;

    public static string LongOrdinal(int n, LocaleChain loc, string? gender)
    {
        if (n is >= 1 and <= 10)
        {
            var name = $"long-ordinal-{n:00}";
            var t = loc.Find(name, "long", gender);
            if (t is not null) return t.Single;
        }
        return Ordinal(n, loc, gender);
    }

    public static string Roman(int n)
    {
        if (n <= 0 || n >= 4000) return n.ToString(CultureInfo.InvariantCulture);
        (int v, string s)[] map = [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")];
        var sb = new StringBuilder();
        foreach (var (v, s) in map) while (n >= v) { sb.Append(s); n -= v; }
        return sb.ToString();
    }

    /// <summary>Formats each number inside a value ("2-4" → "2nd–4th"), keeping what lies between.</summary>
    public static string FormatAll(string s, string form, LocaleChain loc, string? gender)
    {
        if (!IsNumeric(s)) return s;
        var text = Regex.Replace(s, @"\s*-\s*", "-");
        text = Regex.Replace(text, @"\s*,\s*", ", ");
        text = Regex.Replace(text, @"\s*&\s*", " & ");
        return Regex.Replace(text, @"[a-zA-Z]?\d+[a-zA-Z]?", m =>
        {
            var digits = DigitsRx().Match(m.Value).Value;
            if (digits.Length != m.Value.Length) return m.Value;
            int n = int.Parse(digits, CultureInfo.InvariantCulture);
            return form switch
            {
                "ordinal" => Ordinal(n, loc, gender),
                "long-ordinal" => LongOrdinal(n, loc, gender),
                "roman" => Roman(n),
                _ => n.ToString(CultureInfo.InvariantCulture),
            };
        }).Replace("-", "–");
    }
}
