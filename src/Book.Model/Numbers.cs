using System.Globalization;

namespace Book.Model;

/// <summary>Numbers in data files: plain invariant digits in, the book language's grouping out.</summary>
public static class Numbers
{
    public static bool IsNumber(string s) => TryParse(s, out _);

    /// <summary>A finite decimal number: .NET also reads "NaN", "Infinity" and 400-digit numbers (as ∞), none of which a table or chart can show.</summary>
    public static bool TryParse(string s, out double v) =>
        double.TryParse(s.Trim(), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out v) && double.IsFinite(v);

    /// <summary>
    /// Decimal mark and thousands separator per language (its locale file, after CLDR): "12,750.5" in
    /// English, "12.750,5" in az/tr/de, "12 750,5" in ru (no-break space) and fr (narrow no-break space).
    /// Outside English a number of four digits stays together ("1992", "1275"), as their typesetting does.
    /// </summary>
    public static string Format(string s, string language)
    {
        var locale = Locale.For(language);
        s = s.Trim();
        int dot = s.IndexOf('.');
        string intPart = dot < 0 ? s : s[..dot], frac = dot < 0 ? "" : s[dot..];
        bool neg = intPart.StartsWith('-'); if (neg) intPart = intPart[1..];
        string sep = locale["number.group"];
        string decimalMark = locale["number.decimal"];
        if (intPart.Length <= 4 && locale["number.group-four"] != "yes") sep = "";
        var sb = new System.Text.StringBuilder();
        for (int i = 0; i < intPart.Length; i++)
        {
            if (i > 0 && (intPart.Length - i) % 3 == 0) sb.Append(sep);
            sb.Append(intPart[i]);
        }
        return (neg ? "\u2212" : "") + sb + (frac.Length > 0 ? decimalMark + frac[1..] : "");
    }
}
