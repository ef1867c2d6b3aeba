using System.Globalization;
using Book.Core.Model;
using Book.Layout.Pages;
using Book.Layout.Paragraphs;
using Book.Layout.Styles;

namespace Book.Layout.Blocks;

using Text = Book.Core.Model.Text;

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
            bool firstRef = true;
            for (int i = 0; i < pages.Count;)
            {
                int j = i;
                while (j + 1 < pages.Count && pages[j + 1].Page == pages[j].Page + 1) j++;
                string label = pages[i].Page.ToString(CultureInfo.InvariantCulture) + (j > i ? "\u2013" + pages[j].Page.ToString(CultureInfo.InvariantCulture) : "");
                content.Add(new Text(firstRef ? ", " : ", "));
                content.Add(new Link([new Text(label)], "#" + pages[i].Anchor));
                firstRef = false;
                i = j + 1;
            }
        }
        var small = ctx with { Size = style.SmallSize, Leading = style.SmallLeading };
        Paragraph(items, content, small, Alignment.Left, 0, e.Span, hanging: style.BodySize, hyphenate: false);
    }
}
