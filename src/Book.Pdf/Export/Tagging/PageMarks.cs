using Book.Pages;

namespace Book.Pdf.Export;

/// <summary>
/// Hands out the marked-content ids of one page, in painting order, and tells the
/// structure collector which element each id belongs to (that becomes the page's
/// entry in the parent tree).
/// </summary>
internal sealed class PageMarks
{
    private readonly StructureCollector _structure;
    private readonly int _pageIndex;
    // Painting ahead on another thread: the elements in painting order, given to the collector
    // by Commit when the page is written (ids are per page, so they come out the same).
    private readonly List<StructElement>? _deferred;

    public PageMarks(StructureCollector structure, int pageIndex)
    {
        _structure = structure;
        _pageIndex = pageIndex;
    }

    private PageMarks(StructureCollector structure)
    {
        _structure = structure;
        _deferred = [];
    }

    /// <summary>Marks for a page painted before its turn (the reading edition paints pages in parallel).</summary>
    public static PageMarks Deferred(StructureCollector structure) => new(structure);

    public int Next(StructElement element)
    {
        if (_deferred is null) return _structure.AddContent(_pageIndex, element);
        _deferred.Add(element);
        return _deferred.Count - 1;
    }

    /// <summary>Hands a deferred page's marks to the collector, as painting it in its turn would have.</summary>
    public void Commit(int pageIndex)
    {
        if (_deferred is null) return;
        foreach (var e in _deferred)
            _structure.AddContent(pageIndex, e);
    }

    /// <summary>The element itself, or null (paint as an artifact) when it is not in the document's tree.</summary>
    public StructElement? Resolve(StructElement? tag) => _structure.Resolve(tag);
}
