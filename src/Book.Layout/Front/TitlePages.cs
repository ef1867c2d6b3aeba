using Book.Model;
using Book.Pages;
using Book.Layout.Flow;
using Book.Layout.Paragraphs;
using Book.Layout.Styles;

namespace Book.Layout.Front;

/// <summary>The half-title and the title page: a few centred lines on a right-hand page, sized and dropped by <see cref="BookStyle"/>.</summary>
static class TitlePages
{
    public static void HalfTitle(IPageRun pass, Division d)
    {
        pass.ToRecto();
        var page = pass.NewPage();
        var style = pass.Style;
        Centered(pass, page, d.Title, style.HalfTitleSize, FontFlags.None, style.HalfTitleDrop, style.HalfTitleLeading, AnchorId.Title(d.Id), pass.Sect?.Add("P"));
    }

    public static void Title(IPageRun pass, Division d)
    {
        pass.ToRecto();
        var page = pass.NewPage();
        var style = pass.Style;
        var meta = pass.Book.Meta;
        double y = Centered(pass, page, [new Model.Text(meta.Title)], style.TitleSize, FontFlags.Bold, style.TitleDrop, style.TitleLeading, AnchorId.Title(d.Id), pass.Sect?.Add("P"));
        if (meta.Subtitle is { } sub) y = Centered(pass, page, [new Model.Text(sub)], style.SubtitleSize, FontFlags.Italic, y + style.Leading, style.SubtitleLeading, tag: pass.Sect?.Add("P"));
        if (TitlePageText.Editors(meta) is { } editors)
            y = Centered(pass, page, [new Model.Text(editors)], style.BodySize, FontFlags.None, style.EditorsDrop, style.Leading, tag: pass.Sect?.Add("P"));
        var foot = string.Join(" \u00B7 ", new[] { meta.Edition, YearOf(meta.Date) }.Where(s => !string.IsNullOrEmpty(s)));
        if (foot.Length > 0) Centered(pass, page, [new Model.Text(foot)], style.SmallSize, FontFlags.None, style.TextHeight - style.Leading * 1.5, style.SmallLeading, tag: pass.Sect?.Add("P"));
    }

    static string? YearOf(string? date) => date is { Length: >= 4 } ? date[..4] : null;

    /// <summary>Sets a few centred lines on the last page and draws them from <paramref name="y"/>; returns the y after them.</summary>
    static double Centered(IPageRun pass, Page page, IReadOnlyList<Inline> text, double size, FontFlags flags, double y, double leading, AnchorId? anchor = null,
        StructElement? tag = null)
    {
        var style = pass.Style;
        var lang = pass.Book.Meta.Language;
        var runs = pass.Flattener.Flatten(text, flags, size, lang);
        if (anchor is not null) runs.Insert(0, new StyledRun("", flags, size, lang, Anchor: anchor));
        var lines = pass.Setter.Set(runs, new ParagraphSpec(style.TextWidth, leading, Alignment.Center, 0, 0, 0, false, lang) { Balance = true }, out _);
        double left = pass.Left(pass.Tree.Pages.Count - 1);
        foreach (var l in lines)
        {
            l.Tag = tag;
            PageComposer.DrawLine(page, l, left, style.Page.Top + y, BookStyle.Baseline(leading), leading);
            y += leading;
        }
        return y;
    }
}
