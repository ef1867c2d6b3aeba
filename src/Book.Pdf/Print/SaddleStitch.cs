namespace Book.Pdf.Print;

/// <summary>
/// Page order for a saddle-stitched booklet: sheets folded once and nested, so page 1 and
/// the last page share the outer sheet. Blank pages pad the count to a multiple of four at
/// the END (the back matter), never inside the text.
/// </summary>
public static class SaddleStitch
{
    /// <summary>The page count rounded up to whole sheets (four pages per sheet).</summary>
    public static int PaddedCount(int pages) => pages <= 0 ? 0 : (pages + 3) / 4 * 4;

    /// <summary>
    /// The printed sides in printing order, each as (left, right) 1-based page numbers of the
    /// padded booklet; a number above the real page count is a blank page. Side 1 carries
    /// pages n and 1, side 2 pages 2 and n−1, side 3 pages n−2 and 3, and so on. Side k
    /// (0-based) lies on sheet k / 2, counted from the outside.
    /// </summary>
    public static IReadOnlyList<(int Left, int Right)> Sides(int pages)
    {
        int n = PaddedCount(pages);
        var sides = new List<(int, int)>(n / 2);
        for (int k = 0; k < n / 2; k++)
            sides.Add(k % 2 == 0 ? (n - k, k + 1) : (k + 1, n - k));
        return sides;
    }
}
