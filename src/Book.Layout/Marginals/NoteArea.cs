using Book.Pages;
using Book.Layout.Flow;
using Book.Layout.Styles;

namespace Book.Layout.Marginals;

/// <summary>The note area at the foot of the text block: a short rule, then the note rows, two short notes to a row;
/// a table or chart in a note is drawn centred in the rows it spans.</summary>
static class NoteArea
{
    /// <summary>How tall the area is on a page holding <paramref name="rows"/> note rows, its rule's gap included; 0 with none.</summary>
    public static double Height(BookStyle style, int rows) => rows == 0 ? 0 : style.NoteRuleGap + rows * style.NoteLeading;

    public static void Draw(IPageRun pass, Page page, PageContent content, int idx)
    {
        if (content.Notes.Count == 0) return;
        var style = pass.Style;
        double left = pass.Left(idx);
        double h = content.Notes.Count * style.NoteLeading;
        double top = style.Page.Top + style.TextHeight - h;
        double ruleY = top - style.NoteRuleAbove;
        page.Items.Add(new Rule(left, ruleY, left + style.TextWidth * 0.25, ruleY, 0.4));
        double second = left + style.TextWidth - style.NotePairWidth;
        double baseline = BookStyle.Baseline(style.NoteLeading);
        for (int i = 0; i < content.Notes.Count; i++)
        {
            var row = content.Notes[i];
            double y = top + i * style.NoteLeading;
            if (row.Box is { } box)
            {
                // The box is centred in the whole rows it spans: the rounding is shared above and below it.
                int span = 1;
                while (i + span < content.Notes.Count && content.Notes[i + span].InBox) span++;
                PageComposer.DrawBox(page, box, left, y + Math.Max(0, span * style.NoteLeading - box.Height) / 2);
            }
            if (row.Left is not null) PageComposer.DrawLine(page, row.Left, left, y, baseline, style.NoteLeading);
            if (row.Right is not null) PageComposer.DrawLine(page, row.Right, second, y, baseline, style.NoteLeading);
        }
    }
}
