using Book.Layout.Pages;

namespace Book.Pdf;

/// <summary>
/// Hands out the marked-content ids of one page, in painting order, and tells the
/// structure collector which element each id belongs to (that becomes the page's
/// entry in the parent tree).
/// </summary>
internal sealed class PageMarks
{
    private readonly StructureCollector _structure;
    private readonly int _pageIndex;

    public PageMarks(StructureCollector structure, int pageIndex)
    {
        _structure = structure;
        _pageIndex = pageIndex;
    }

    public int Next(StructElement element) => _structure.AddContent(_pageIndex, element);

    /// <summary>The element itself, or null (paint as an artifact) when it is not in the document's tree.</summary>
    public StructElement? Resolve(StructElement? tag) => _structure.Resolve(tag);
}
