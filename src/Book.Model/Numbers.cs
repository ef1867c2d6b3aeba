using System.Globalization;

namespace Book.Model;

/// <summary>Numbers in data files: plain invariant digits in, the book language's grouping out.</summary>
public static class Numbers
{
    public static bool IsNumber(string s) => TryParse(s, out _);

    /// <summary>A finite decimal number: .NET also reads "NaN", "Infinity" and 400-digit numbers (as ∞), none of which a table or chart can show.</summary>
    public static bool TryParse(string s, out double v) =>
        double.TryParse(s.Trim(), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out v) && double.IsFinite(v);

    /// <summary>Thousands separators per language: "1,275" in English, "1 275" (narrow no-break space) in az/tr/fr/ru.</summary>
    public static string Format(string s, string language)
    {
        s = s.Trim();
        int dot = s.IndexOf('.');
        string intPart = dot < 0 ? s : s[..dot], frac = dot < 0 ? "" : s[dot..];
        bool neg = intPart.StartsWith('-'); if (neg) intPart = intPart[1..];
        string sep = language.StartsWith("en", StringComparison.Ordinal) ? "," : "\u202F";
        string decimalMark = language.StartsWith("en", StringComparison.Ordinal) ? "." : ",";
        if (intPart.Length <= 4 && !language.StartsWith("en", StringComparison.Ordinal)) sep = ""; // 4-digit numbers stay together in these languages
        var sb = new System.Text.StringBuilder();
        for (int i = 0; i < intPart.Length; i++)
        {
            if (i > 0 && (intPart.Length - i) % 3 == 0) sb.Append(sep);
            sb.Append(intPart[i]);
        }
        return (neg ? "\u2212" : "") + sb + (frac.Length > 0 ? decimalMark + frac[1..] : "");
    }
}
