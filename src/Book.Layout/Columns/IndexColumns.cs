using Book.Model;
using Book.Pages;
using Book.Layout.Blocks;
using Book.Layout.Flow;
using Book.Layout.Marginals;

namespace Book.Layout.Columns;

/// <summary>The index: title across the measure, entries in two balanced-enough columns.</summary>
static class IndexColumns
{
    public static void Place(IPageRun pass, Division d, BlockLayout blocks, List<VItem> heading)
    {
        var style = pass.Style;
        double gap = style.BodySize * 1.5;
        double colW = (style.TextWidth - gap) / 2;
        var body = blocks.Layout(d.Blocks, colW);
        double headH = heading.Sum(h => h.Height) + style.ChapterSink;
        // Pages are cut as columns, two to a page; the heading takes the first two columns' top.
        var columns = new PageBuilder(style.TextHeight, style.NoteLeading, style.NoteRuleGap, new FootnoteSet()).Build(body, headH, offsetPages: 2);
        for (int i = 0; i < columns.Count; i += 2)
        {
            var page = pass.NewPage();
            int idx = pass.Tree.Pages.Count - 1;
            double left = pass.Left(idx);
            if (i == 0)
            {
                page.Items.Add(new Anchor(AnchorId.Division(d.Id), 0));
                var head = new PageContent();
                double y = style.ChapterSink;
                foreach (var h in heading) { head.Body.Add((h, y)); y += h.Height; }
                PageComposer.DrawBody(page, head, left, style.Page.Top);
            }
            PageComposer.DrawBody(page, columns[i], left, style.Page.Top);
            if (i + 1 < columns.Count) PageComposer.DrawBody(page, columns[i + 1], left + colW + gap, style.Page.Top);
            RunningHead.Draw(pass, page, idx, d, opening: i == 0);
        }
    }
}
