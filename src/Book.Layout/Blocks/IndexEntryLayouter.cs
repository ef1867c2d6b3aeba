using System.Globalization;
using Book.Model;
using Book.Layout.Flow;
using Book.Layout.Paragraphs;

namespace Book.Layout.Blocks;

using Text = Book.Model.Text;

/// <summary>
/// An index entry: the term, then its pages (duplicates dropped, consecutive pages merged as
/// "12–14", each linked) or a cross-reference; small type, hanging indent.
/// </summary>
public sealed class IndexEntryLayouter : BlockLayouter<IndexEntry>
{
    protected override string? Role(IndexEntry block) => "P";

    protected override void Layout(BlockLayout layout, List<VItem> items, IndexEntry e, BlockContext ctx)
    {
        var style = layout.Style;
        var content = new List<Inline>(e.Term);
        if (e.See is not null)
        {
            content.Add(new Text(", "));
            content.Add(new Emphasis([new Text((layout.Book?.Meta.Locale ?? Locale.English).See)]));
            content.Add(new Text(" " + e.See));
        }
        else AddPages(content, e, layout.PageNumberOf);
        var small = ctx with { Size = style.SmallSize, Leading = style.SmallLeading };
        // Under half a line between letter groups (A, B, …): the groups show without letter headings,
        // and a short index keeps to one page.
        var collation = Collation.For(layout.Language);
        if (ctx.Previous is IndexEntry before && collation.Letter(InlineText.Plain(before.Term)) != collation.Letter(InlineText.Plain(e.Term)))
            BlockLayout.Space(items, small.Leading * 0.4);
        layout.Paragraph(items, content, small, Alignment.Left, 0, e.Span, hanging: style.BodySize, hyphenate: false);
    }

    static void AddPages(List<Inline> content, IndexEntry e, Func<string, int?>? pageNumberOf)
    {
        var pages = new List<(int Page, string Anchor)>();
        foreach (var a in e.AnchorIds)
            if (pageNumberOf?.Invoke(a) is int p && (pages.Count == 0 || pages[^1].Page != p)) pages.Add((p, a));
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
}
