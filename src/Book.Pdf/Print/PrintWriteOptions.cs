namespace Book.Pdf.Print;

/// <summary>How the print editions are written.</summary>
/// <param name="Compress">Flate-compress content and font streams.</param>
/// <param name="Producer">The /Producer entry of the document information dictionary.</param>
/// <param name="Creep">Booklet only: points each sheet, counted from the outside, moves its pages toward
/// the fold, so inner sheets (which stick out further once folded) keep their outer margins after trimming.</param>
/// <param name="Bleed">Trimmed edition only: the bleed around each page, in points (3 mm by default).</param>
/// <param name="Sheet">Booklet only: the paper to print on; null takes the sheet the page size calls for
/// (<see cref="PrintSheet.For"/>). Pages too big for a configured sheet are scaled down, with a warning.</param>
/// <param name="Warning">Receives problems that do not stop writing (pages scaled to fit the sheet).</param>
public sealed record PrintWriteOptions(
    bool Compress = true,
    string Producer = "book (Book.Pdf)",
    double Creep = 0,
    double Bleed = 3 * PrintSheet.PointsPerMm,
    PrintSheet? Sheet = null,
    Action<string>? Warning = null)
{
    /// <summary>The covers (pages numbered <see cref="Book.Pages.FolioStyle.Cover"/>) are printed apart, as a
    /// cover spread (<see cref="CoverWriter"/>), and left out of the booklet and the trimmed pages.</summary>
    public bool SeparateCover { get; init; }

    /// <summary>Cover spread only: the spine between back and front, in points (0 for a saddle-stitched booklet).</summary>
    public double Spine { get; init; }

    /// <summary>Cover spread only: the grey the spine is printed in (the covers' background); null leaves it paper.</summary>
    public double? SpineGray { get; init; }

    public static PrintWriteOptions Default { get; } = new();
}
