namespace Book.Layout.Run;

/// <summary>
/// What a division's composition read from the pass: the page labels its references printed
/// and the page numbers its index entries printed. If they read the same in the next pass,
/// the division composes to the same pages, and the pages from before are used again.
/// </summary>
sealed class Dependencies
{
    readonly List<(string Id, string? Label)> _labels = [];
    readonly List<(string Id, int? Page)> _pages = [];

    public Func<string, string?> Record(Func<string, string?> labelOf) => id =>
    {
        var v = labelOf(id);
        _labels.Add((id, v));
        return v;
    };

    public Func<string, int?> Record(Func<string, int?> pageOf) => id =>
    {
        var v = pageOf(id);
        _pages.Add((id, v));
        return v;
    };

    public bool StillHold(Func<string, string?> labelOf, Func<string, int?> pageOf) =>
        _labels.TrueForAll(x => labelOf(x.Id) == x.Label) && _pages.TrueForAll(x => pageOf(x.Id) == x.Page);
}
