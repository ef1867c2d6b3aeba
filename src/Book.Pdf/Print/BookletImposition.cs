namespace Book.Pdf.Print;

/// <summary>How a booklet was imposed: the sheet, the number of printed sides (two per sheet), and the
/// scale its pages were placed at (1 when they fit; less only on a configured sheet too small for them).</summary>
public sealed record BookletImposition(PrintSheet Sheet, int Sides, double Scale);
