using Book.Model;
using Book.Epub;
using Book.Layout;
using Book.Pages;

namespace Book.Build;

/// <summary>
/// The printed page numbers the e-book's page-list cites, from where the layout says divisions and
/// headings start (<see cref="PageTree.Starts"/>): a page that starts a heading, or the index's
/// columns, gets a marker there, so a reader of the e-book can cite the print page.
/// </summary>
/// <remarks>
/// A division opening at its title (a chapter, an appendix) is cited by its first heading, as the
/// e-book has always had it; citing <see cref="AnchorKind.Title"/> starts too would put page markers
/// at the start of chapters and change the e-book. Labels are gathered page by page up to the anchor
/// that starts the page's citation, also as before.
/// </remarks>
public static class PageMap
{
    public static (List<PageBreak> Breaks, Dictionary<string, string> Labels) From(BookDocument book, PageTree tree)
    {
        var breaks = new List<PageBreak>();
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        var starts = tree.Starts;
        int s = 0;
        for (int i = 0; i < tree.Pages.Count; i++)
        {
            var page = tree.Pages[i];
            string label = Typesetter.Folio(page);
            while (s < starts.Count && starts[s].PageIndex < i) s++;
            PageStart? cited = null;
            for (int k = s; k < starts.Count && starts[k].PageIndex == i; k++)
                if (starts[k].Anchor.Kind is AnchorKind.Heading or AnchorKind.Division) { cited = starts[k]; break; }
            foreach (var a in page.Items.OfType<Anchor>())
            {
                labels.TryAdd(a.Name, label);
                if (cited is not null && a.Id == cited.Anchor)
                {
                    breaks.Add(new PageBreak(cited.DivisionId, cited.HeadingAnchor, label));
                    break;
                }
            }
        }
        return (breaks.DistinctBy(b => (b.DivisionId, b.AnchorId)).ToList(), labels);
    }
}
