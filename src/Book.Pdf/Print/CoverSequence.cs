using Book.Pages;

namespace Book.Pdf.Print;

/// <summary>
/// Where the covers are in a page tree: the run of <see cref="FolioStyle.Cover"/> pages that opens it
/// (the front cover and its inside) and the run that closes it (the inside back cover and the back cover).
/// </summary>
internal readonly record struct CoverSequence(int Leading, int Trailing)
{
    public static CoverSequence Of(IReadOnlyList<Page> pages)
    {
        int lead = 0;
        while (lead < pages.Count && pages[lead].Style == FolioStyle.Cover) lead++;
        int trail = 0;
        while (trail < pages.Count - lead && pages[pages.Count - 1 - trail].Style == FolioStyle.Cover) trail++;
        return new CoverSequence(lead, trail);
    }

    public bool Any => Leading > 0 || Trailing > 0;

    /// <summary>The pages between the covers: what is printed inside them.</summary>
    public IEnumerable<int> Interior(int count) => Enumerable.Range(Leading, count - Leading - Trailing);

    /// <summary>
    /// The booklet's pages in reading order, null for a blank, padded to whole sheets: with a
    /// self-cover the blanks go before the inside back cover, so the back cover stays the outside of
    /// the last sheet; with a separate cover the covers are left out.
    /// </summary>
    public static List<int?> Booklet(int count, CoverSequence covers, bool separate)
    {
        var order = new List<int?>();
        if (separate) order.AddRange(covers.Interior(count).Select(i => (int?)i));
        else order.AddRange(Enumerable.Range(0, count - covers.Trailing).Select(i => (int?)i));
        int total = SaddleStitch.PaddedCount(order.Count + (separate ? 0 : covers.Trailing));
        int tail = separate ? 0 : covers.Trailing;
        while (order.Count + tail < total) order.Add(null);
        if (!separate) order.AddRange(Enumerable.Range(count - covers.Trailing, covers.Trailing).Select(i => (int?)i));
        return order;
    }
}
