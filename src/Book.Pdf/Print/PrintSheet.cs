using System.Globalization;

namespace Book.Pdf.Print;

/// <summary>
/// The paper a booklet is printed on, as one printed side: <see cref="Width"/> runs across the
/// fold, so a side holds two pages next to each other. Sizes are in points. Derived from the page
/// size (<see cref="For"/>: A5 pages on A4, A4 on A3, B5 on B4, Letter on Tabloid), or chosen by
/// name (<see cref="Named"/>).
/// </summary>
public sealed record PrintSheet(string Name, double Width, double Height)
{
    public const double PointsPerMm = 72.0 / 25.4;

    // Landscape, as printed; the products stay exactly as the old A4 constants (297 × PointsPerMm).
    public static PrintSheet A3 { get; } = new("A3", 420 * PointsPerMm, 297 * PointsPerMm);
    public static PrintSheet A4 { get; } = new("A4", 297 * PointsPerMm, 210 * PointsPerMm);
    public static PrintSheet A5 { get; } = new("A5", 210 * PointsPerMm, 148 * PointsPerMm);
    public static PrintSheet B4 { get; } = new("B4", 353 * PointsPerMm, 250 * PointsPerMm);
    public static PrintSheet B5 { get; } = new("B5", 250 * PointsPerMm, 176 * PointsPerMm);
    public static PrintSheet Letter { get; } = new("Letter", 11 * 72, 8.5 * 72);
    /// <summary>11 × 17 in (Ledger when lying down): two Letter pages side by side.</summary>
    public static PrintSheet Tabloid { get; } = new("Tabloid", 17 * 72, 11 * 72);

    /// <summary>The sheets <see cref="For"/> chooses from and <see cref="Named"/> knows.</summary>
    public static IReadOnlyList<PrintSheet> Standard { get; } = [A5, A4, A3, B5, B4, Letter, Tabloid];

    /// <summary>A standard sheet by name, ignoring case ("Ledger" is Tabloid); null when unknown.</summary>
    public static PrintSheet? Named(string name)
    {
        if (string.Equals(name, "Ledger", StringComparison.OrdinalIgnoreCase)) return Tabloid;
        return Standard.FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Pages may fall short of half a sheet by this much and it still counts as theirs (A5 is 148 mm, half of A4 148.5 mm).</summary>
    private const double Slack = 3 * PointsPerMm;

    /// <summary>
    /// The sheet two pages of this size fill at full size: the standard sheet whose half they are,
    /// or else a custom sheet exactly two pages wide, so pages are never scaled.
    /// </summary>
    public static PrintSheet For(double pageWidth, double pageHeight)
    {
        if (!(pageWidth > 0) || !(pageHeight > 0)) throw new ArgumentOutOfRangeException(nameof(pageWidth), "Page sizes must be positive.");
        foreach (var sheet in Standard)
        {
            double spareW = sheet.Width - 2 * pageWidth, spareH = sheet.Height - pageHeight;
            // A hundredth of a point for page sizes rounded when they were read.
            if (spareW is >= -0.01 and <= Slack && spareH is >= -0.01 and <= Slack) return sheet;
        }
        string mm(double points) => (points / PointsPerMm).ToString("0.#", CultureInfo.InvariantCulture);
        return new PrintSheet($"{mm(2 * pageWidth)} × {mm(pageHeight)} mm", 2 * pageWidth, pageHeight);
    }

    /// <summary>How much a page must shrink to fit half of this sheet: 1 when it fits.</summary>
    public double ScaleFor(double pageWidth, double pageHeight) =>
        Math.Min(1, Math.Min(Width / 2 / pageWidth, Height / pageHeight));

    public override string ToString() => Name;
}
