using System.Globalization;
using Book.Model;
using Book.Pages;
using Book.Layout.Flow;
using Book.Layout.Paragraphs;
using Book.Layout.Styles;

namespace Book.Layout.Blocks;

using Text = Book.Model.Text;

public sealed partial class BlockLayout
{
    /// <summary>Page numbers of an index entry: duplicates dropped, consecutive pages merged ("12–14, 31"), each linked.</summary>
    public Func<string, int?>? PageNumberOf { get; set; }

    void IndexLine(List<VItem> items, IndexEntry e, BlockContext ctx)
    {
        var content = new List<Inline>(e.Term);
        if (e.See is not null)
        {
            content.Add(new Text(", "));
            content.Add(new Emphasis([new Text("see")]));
            content.Add(new Text(" " + e.See));
        }
        else
        {
            var pages = new List<(int Page, string Anchor)>();
            foreach (var a in e.AnchorIds)
                if (PageNumberOf?.Invoke(a) is int p && (pages.Count == 0 || pages[^1].Page != p)) pages.Add((p, a));
            pages = pages.DistinctBy(x => x.Page).OrderBy(x => x.Page).ToList();
            for (int i = 0; i < pages.Count;)
            {
                int j = i;
                while (j + 1 < pages.Count && pages[j + 1].Page == pages[j].Page + 1) j++;
                content.Add(new Text(", "));
                content.Add(new Link([new Text(pages[i].Page.ToString(CultureInfo.InvariantCulture))], "#" + pages[i].Anchor));
                if (j > i)
                {
                    // "12–14" as three runs: no break after the en dash, and each end links to its own page.
                    content.Add(new Text("\u2013"));
                    content.Add(new Link([new Text(pages[j].Page.ToString(CultureInfo.InvariantCulture))], "#" + pages[j].Anchor));
                }
                i = j + 1;
            }
        }
        var small = ctx with { Size = style.SmallSize, Leading = style.SmallLeading };
        // Under half a line between letter groups (A, B, …): the groups show without letter headings,
        // and a short index keeps to one page.
        char group = IndexGroup(InlineText.Plain(e.Term));
        if (!ReferenceEquals(_indexList, items)) _indexList = items;
        else if (group != _indexGroup) Space(items, small.Leading * 0.4);
        _indexGroup = group;
        Paragraph(items, content, small, Alignment.Left, 0, e.Span, hanging: style.BodySize, hyphenate: false);
    }

    List<VItem>? _indexList;
    char _indexGroup;

    /// <summary>The letter an entry files under: its first letter without accents (Ş with S, İ and ı with I); figures and signs together.</summary>
    static char IndexGroup(string term)
    {
        var t = term.TrimStart();
        if (t.Length == 0 || !char.IsLetter(t[0])) return '#';
        if (t[0] is '\u0131' or '\u0130') return 'I';
        var baseLetter = t[..1].Normalize(System.Text.NormalizationForm.FormD)[0];
        return char.ToUpperInvariant(baseLetter);
    }
}
