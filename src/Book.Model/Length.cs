using System.Globalization;

namespace Book.Model;

/// <summary>Lengths in book.yaml: mm, cm, in, pt; a bare number is points.</summary>
public static class Length
{
    public static double Mm(double mm) => mm * 72.0 / 25.4;

    /// <summary>A paper size in points, rounded as printers and pdfinfo state it (A5 = 419.53 × 595.28).</summary>
    public static double Paper(double mm) => Math.Round(Mm(mm), 2);

    public static bool TryParse(string s, out double points)
    {
        s = s.Trim();
        double factor = 1;
        foreach (var (unit, f) in new[] { ("mm", 72.0 / 25.4), ("cm", 720.0 / 25.4), ("in", 72.0), ("pt", 1.0) })
            if (s.EndsWith(unit, StringComparison.Ordinal)) { factor = f; s = s[..^unit.Length].Trim(); break; }
        if (double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var v)) { points = v * factor; return true; }
        points = 0; return false;
    }
}
