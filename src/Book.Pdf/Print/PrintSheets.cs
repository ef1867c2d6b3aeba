namespace Book.Pdf.Print;

/// <summary>Paper sizes of the print editions, in points.</summary>
public static class PrintSheets
{
    public const double PointsPerMm = 72.0 / 25.4;
    /// <summary>A4 landscape: the sheet a booklet of A5 pages is printed on.</summary>
    public const double A4Long = 297 * PointsPerMm, A4Short = 210 * PointsPerMm;
}
