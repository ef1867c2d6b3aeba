using System.Xml.Linq;
using Book.Epub;
using static Book.Epub.Xhtml;

namespace Book.Web;

/// <summary>
/// The page-number map to the printed edition: a small "p. 23" in the margin where each printed page
/// starts (from the PDF of the same build), so a reader can cite the print page.
/// </summary>
static class PrintPages
{
    public static void Place(IReadOnlyList<PageBreak> breaks, List<RenderedFile> files, AnchorMap anchors)
    {
        var byDivision = files.GroupBy(f => f.Division.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var byFile = files.ToDictionary(f => f.FileName, StringComparer.Ordinal);
        var idMaps = new Dictionary<string, Dictionary<string, XElement>>(StringComparer.Ordinal);
        var used = new HashSet<(string, string)>();
        foreach (var b in breaks)
        {
            // Pages of the cover, title page and contents have no web page of their own.
            if (!byDivision.TryGetValue(b.DivisionId, out var file)) continue;
            XElement target = file.Section;
            if (b.AnchorId is { } anchor && anchor != b.DivisionId
                && anchors.TryGet(anchor, out var place) && byFile.TryGetValue(place.File, out var inFile))
            {
                file = inFile;
                if (!idMaps.TryGetValue(file.FileName, out var map))
                    idMaps[file.FileName] = map = file.Section.DescendantsAndSelf().Where(e => e.Attribute("id") is not null)
                        .GroupBy(e => e.Attribute("id")!.Value, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
                if (map.TryGetValue(place.XmlId, out var found)) target = found;
            }
            if (!used.Add((file.FileName, b.Label))) continue;
            var mark = E("span", Class("folio"), A("title", "Page " + b.Label + " in the printed edition"), T("p.\u00a0" + b.Label));
            // A table's rows and cells take no text between them: the mark stands before the table.
            while (target.Name.LocalName is "tr" or "thead" or "tbody" or "td" or "th" or "caption" && target.Parent is { } up) target = up;
            if (target == file.Section || target.Name.LocalName is "li" or "dt" or "dd") InsertAtStart(target, mark);
            else target.AddBeforeSelf(mark);
        }
    }

    /// <summary>First in the element (a section: beside its title), after marks already there, so they keep their order.</summary>
    static void InsertAtStart(XElement parent, XElement mark)
    {
        var first = parent.Elements().FirstOrDefault(e => e.Attribute("class")?.Value != "folio");
        if (first is null) parent.Add(mark);
        else first.AddBeforeSelf(mark);
    }
}
