using Book.Model;
using Book.Pages;
using Book.Layout.Blocks;
using Book.Layout.Flow;

namespace Book.Layout.Blocks;

/// <summary>The contents: every listed division after it (title pages aside), chapters numbered, a little space before the first chapter and the appendices.</summary>
public sealed class ContentsLayouter : BlockLayouter<ContentsBlock>
{
    protected override void Layout(BlockLayout layout, List<VItem> items, ContentsBlock block, BlockContext ctx)
    {
        if (layout.Book is not { } book) return;
        var style = layout.Style;
        double numW = style.BodySize * 1.8;
        int start = items.Count;
        bool afterContents = false, chapters = false;
        var toc = layout.Parent?.Add("TOC");
        for (int i = 0; i < book.Divisions.Count; i++)
        {
            var d = book.Divisions[i];
            if (d.Kind == DivisionKind.Contents) { afterContents = true; continue; }
            // An unlisted division (".unlisted" on its title) has no entry.
            if (!afterContents || d.Kind is DivisionKind.HalfTitle or DivisionKind.TitlePage || !d.Listed) continue;
            bool chapter = d.Kind == DivisionKind.Chapter;
            bool firstChapter = chapter && !chapters;
            chapters |= chapter;
            if (firstChapter || d.Kind == DivisionKind.Appendix && items.Count > start && book.Divisions[i - 1].Kind == DivisionKind.Chapter)
                items.Add(new SpaceItem { Height = style.Leading * 0.6 });
            // A chapter's number stands in the number column; an appendix's "Appendix A" opens its title.
            var label = d.Kind == DivisionKind.Appendix ? DivisionLabels.Label(d, book.Meta.Locale) : null;
            items.AddRange(ContentsEntry.Set(layout, chapter ? d.Number : null, d.Title, AnchorId.Title(d.Id), numW, toc?.Add("TOCI"), label));
        }
    }
}
