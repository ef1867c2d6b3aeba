using Book.Model;
using Book.Epub;
using Book.Layout;
using Book.Pages;

namespace Book.Build;

/// <summary>
/// The printed page numbers the e-book's page-list cites: each page that starts a division or
/// holds a section heading gets a marker there, so a reader of the e-book can cite the print page.
/// </summary>
public static class PageMap
{
    public static (List<PageBreak> Breaks, Dictionary<string, string> Labels) From(BookDocument book, PageTree tree)
    {
        var headingDivision = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var d in book.Divisions)
            foreach (var h in d.Blocks.OfType<Heading>())
                if (h.Id is not null) headingDivision.TryAdd(h.Id, d.Id);
        var divisionIds = book.Divisions.Where(d => d.Kind != DivisionKind.HalfTitle).Select(d => d.Id).ToHashSet(StringComparer.Ordinal);

        var breaks = new List<PageBreak>();
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var page in tree.Pages)
        {
            string label = Typesetter.Folio(page);
            foreach (var a in page.Items.OfType<Anchor>())
            {
                labels.TryAdd(a.Name, label);
                if (a.Name.StartsWith("div:", StringComparison.Ordinal) && divisionIds.Contains(a.Name[4..]))
                {
                    breaks.Add(new PageBreak(a.Name[4..], null, label));
                    break;
                }
                if (headingDivision.TryGetValue(a.Name, out var div))
                {
                    breaks.Add(new PageBreak(div, a.Name, label));
                    break;
                }
            }
        }
        return (breaks.DistinctBy(b => (b.DivisionId, b.AnchorId)).ToList(), labels);
    }
}
