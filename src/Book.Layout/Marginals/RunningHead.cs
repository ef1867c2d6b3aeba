using Book.Model;
using Book.Pages;
using Book.Layout.Flow;
using Book.Layout.Paragraphs;
using Book.Layout.Styles;

namespace Book.Layout.Marginals;

/// <summary>Page furniture: the running head (book title on the left, division title on the right) and the folio at the outer foot.</summary>
static class RunningHead
{
    public static void Draw(IPageRun pass, Page page, int idx, Division d, bool opening)
    {
        var style = pass.Style;
        var f = pass.Flattener;
        var setter = pass.Setter;
        bool recto = idx % 2 == 0;
        double left = pass.Left(idx);
        var lang = pass.Book.Meta.Language;
        double baseline = BookStyle.Baseline(style.NoteLeading);
        // No running head over an opening page, nor in the contents (its title says what it is).
        if (!opening && d.Kind is not DivisionKind.Contents)
        {
            string head = recto ? d.TitleText : pass.Book.Meta.Title;
            var runs = f.Flatten([new Model.Text(head)], FontFlags.Italic, style.NoteSize, lang);
            var lines = setter.Set(runs, new ParagraphSpec(style.TextWidth, style.NoteLeading, Alignment.Center, 0, 0, 0, false, lang), out _);
            if (lines.Count > 0) PageComposer.DrawLine(page, lines[0], left, style.Page.Top - style.Leading * 1.6, baseline, style.NoteLeading);
        }
        var folioRuns = f.Flatten([new Model.Text(Folios.Of(page))], FontFlags.None, style.NoteSize * 1.05, lang);
        var folio = setter.Set(folioRuns, new ParagraphSpec(style.TextWidth, style.NoteLeading, recto ? Alignment.Right : Alignment.Left, 0, 0, 0, false, lang), out _);
        if (folio.Count > 0) PageComposer.DrawLine(page, folio[0], left, style.Page.Top + style.TextHeight + style.Page.Bottom * 0.35, baseline, style.NoteLeading);
    }
}
