using System.Globalization;
using Book.Model;
using Book.Layout.Blocks;
using Book.Pages;
using Book.Layout.Flow;
using Book.Layout.Paragraphs;
using Book.Layout.Styles;

namespace Book.Layout;


public sealed partial class Typesetter
{
    /// <summary>Sets a few centred lines (title pages) and draws them from <paramref name="y"/>; returns the y after them.</summary>
    double Centered(Page page, int index, InlineFlattener f, IReadOnlyList<Inline> text, double size, FontFlags flags, double y, double leading, string? anchor = null,
        StructElement? tag = null)
    {
        var runs = f.Flatten(anchor is null ? text : [new Target(anchor), .. text], flags, size, _book.Meta.Language);
        var lines = _setter.Set(runs, new ParagraphSpec(_style.TextWidth, leading, Alignment.Center, 0, 0, 0, false, _book.Meta.Language), out _);
        double left = Left(index);
        foreach (var l in lines)
        {
            l.Tag = tag;
            PageComposer.DrawLine(page, l, left, _style.Page.Top + y, leading * 0.78, leading);
            y += leading;
        }
        return y;
    }

    void HalfTitle(PassState st, Division d, InlineFlattener f)
    {
        ToRecto(st);
        var page = NewPage(st);
        Centered(page, st.Tree.Pages.Count - 1, f, d.Title, _style.H2Size * 1.15, FontFlags.None, _style.TextHeight * 0.28, _style.H2Size * 1.6, d.Id, st.Sect?.Add("P"));
    }

    void TitlePage(PassState st, Division d, InlineFlattener f)
    {
        ToRecto(st);
        var page = NewPage(st);
        int idx = st.Tree.Pages.Count - 1;
        var meta = _book.Meta;
        double big = _style.ChapterTitleSize * 1.25;
        double y = Centered(page, idx, f, [new Model.Text(meta.Title)], big, FontFlags.Bold, _style.TextHeight * 0.22, big * 1.25, d.Id, st.Sect?.Add("P"));
        if (meta.Subtitle is { } sub) y = Centered(page, idx, f, [new Model.Text(sub)], _style.H2Size * 1.1, FontFlags.Italic, y + _style.Leading, _style.H2Size * 1.5, tag: st.Sect?.Add("P"));
        if (meta.Editors.Count > 0)
            y = Centered(page, idx, f, [new Model.Text((meta.Editors.Count > 1 ? "Editors: " : "Edited by ") + string.Join(", ", meta.Editors))], _style.BodySize, FontFlags.None, _style.TextHeight * 0.6, _style.Leading, tag: st.Sect?.Add("P"));
        var foot = string.Join(" \u00B7 ", new[] { meta.Edition, YearOf(meta.Date) }.Where(s => !string.IsNullOrEmpty(s)));
        if (foot.Length > 0) Centered(page, idx, f, [new Model.Text(foot)], _style.SmallSize, FontFlags.None, _style.TextHeight - _style.Leading * 1.5, _style.SmallLeading, tag: st.Sect?.Add("P"));
    }

    static string? YearOf(string? date) => date is { Length: >= 4 } ? date[..4] : null;

    /// <summary>The colophon sits at the foot of the title page's verso.</summary>
    void Colophon(PassState st, Division d, BlockLayout blocks)
    {
        if (st.Tree.Pages.Count % 2 == 0) NewPage(st, blank: true);
        var page = NewPage(st);
        int idx = st.Tree.Pages.Count - 1;
        var items = blocks.Layout(Small(d.Blocks));
        var notes = blocks.Notes(d.Notes);
        var pb = new PageBuilder(_style.TextHeight, _style.NoteLeading, _style.NoteRuleGap, notes);
        var parts = pb.Build(items);
        var content = parts[0];
        double h = content.BodyHeight;
        double top = _style.Page.Top + Math.Max(0, _style.TextHeight - h);
        page.Items.Add(new Anchor(d.Id, top));
        PageComposer.DrawBody(page, content, Left(idx), top);
        for (int i = 1; i < parts.Count; i++) { var p = NewPage(st); PageComposer.DrawBody(p, parts[i], Left(st.Tree.Pages.Count - 1), _style.Page.Top); }
    }

    /// <summary>Colophon text is small: paragraphs become small-role blocks.</summary>
    static IReadOnlyList<Block> Small(IReadOnlyList<Block> blocks) => blocks.Select(b => b is Paragraph p ? p with { Role = ParagraphRole.Small } : b).ToList();

    void Dedication(PassState st, Division d, BlockLayout blocks)
    {
        ToRecto(st);
        var page = NewPage(st);
        int idx = st.Tree.Pages.Count - 1;
        var centered = d.Blocks.Select(b => b is Paragraph p ? p with { Role = ParagraphRole.Centered } : b).ToList();
        var items = blocks.Layout(centered);
        var pb = new PageBuilder(_style.TextHeight, _style.NoteLeading, _style.NoteRuleGap, blocks.Notes(d.Notes));
        var parts = pb.Build(items);
        double top = _style.Page.Top + _style.TextHeight * 0.25;
        page.Items.Add(new Anchor(d.Id, top));
        PageComposer.DrawBody(page, parts[0], Left(idx), top);
    }

    /// <summary>Chapters, appendices, contents and front-matter texts: a new right-hand page, the title sunk, then the text.</summary>
    void Flow(PassState st, Division d, BlockLayout blocks, InlineFlattener f, Dictionary<string, string>? labels)
    {
        // Chapter 1 opens on the right (arabic page 1 is a recto); chapters, appendices, the contents and
        // front-matter texts as book.yaml says (a booklet saves its blank versos).
        bool first = d.Kind == DivisionKind.Chapter && st.FirstChapterPage < 0;
        if (_book.Meta.OpenRight || first || d.Kind is not (DivisionKind.Chapter or DivisionKind.Appendix or DivisionKind.Contents or DivisionKind.FrontMatter)) ToRecto(st);
        if (first) st.FirstChapterPage = st.Tree.Pages.Count + 1;
        if (d.Generated == GeneratedAppendix.Index) { FlowColumns(st, d, blocks, f, Heading(d, blocks, st.Sect)); return; }
        // Laid out ahead, in parallel, when the pass could (see ComposeAhead); its warnings join the pass's here, in book order.
        var composed = st.Composed?.Remove(d, out var ahead) == true ? ahead : null;
        var pages = composed?.Take(st.Diagnostics) ?? Compose(d, blocks, f, st.Sect);
        if (composed is not null && ReusePlaced(st, d, composed)) return;
        int firstIndex = st.Tree.Pages.Count;
        for (int i = 0; i < pages.Count; i++)
        {
            var page = NewPage(st);
            int idx = st.Tree.Pages.Count - 1;
            PageComposer.DrawBody(page, pages[i], Left(idx), _style.Page.Top);
            DrawNotes(page, pages[i], idx);
            Furniture(st, page, idx, d, opening: i == 0, f);
        }
        if (composed is not null) RememberPlaced(st, d, composed, firstIndex);
    }

    /// <summary>"Chapter N" and the title, centred, kept with what follows and tagged H1, then the space before the text.</summary>
    List<VItem> Heading(Division d, BlockLayout blocks, StructElement? sect)
    {
        var heading = new List<VItem>();
        if (d.Number is not null)
        {
            blocks.Paragraph(heading, [new Model.Text("Chapter " + d.Number)], new BlockContext(0, _style.TextWidth, _style.BodySize * 1.1, _style.Leading * 1.3, FontFlags.Italic, false),
                Alignment.Center, 0, d.Span, hyphenate: false);
        }
        double titleSize = _style.ChapterTitleSize;
        blocks.Paragraph(heading, [new Target(d.Id), .. d.Title], new BlockContext(0, _style.TextWidth, titleSize, titleSize * 1.25, FontFlags.None, false),
            Alignment.Center, 0, d.Span, hyphenate: false);
        foreach (var h in heading) h.BreakAfter = false;
        if (sect is not null) BlockLayout.Tag(heading, 0, sect.Add("H1"));
        heading.Add(new SpaceItem { Height = _style.Leading * 2, BreakAfter = false });
        return heading;
    }

    /// <summary>
    /// A division's pages on their own: heading, text and notes broken into pages, its structure
    /// built under <paramref name="sect"/>. Nothing here depends on where the division lands in
    /// the book, which is what lets divisions be composed in parallel.
    /// </summary>
    List<PageContent> Compose(Division d, BlockLayout blocks, InlineFlattener f, StructElement? sect)
    {
        var all = Heading(d, blocks, sect);
        List<VItem> body = d.Blocks.Any(b => b is ContentsBlock) ? ContentsItems(blocks, f)
            : d.Blocks.FirstOrDefault(b => b is ListOfBlock) is ListOfBlock list ? ListItems(list.Kind, f, blocks)
            : blocks.Layout(d.Blocks);
        var notes = blocks.Notes(d.Notes);
        BlockLayout.AttachNotes(body, notes, sect);
        all.AddRange(body);
        return new PageBuilder(_style.TextHeight, _style.NoteLeading, _style.NoteRuleGap, notes).Build(all, _style.ChapterSink);
    }

    void DrawNotes(Page page, PageContent content, int idx)
    {
        if (content.Notes.Count == 0) return;
        double left = Left(idx);
        double h = content.Notes.Count * _style.NoteLeading;
        double top = _style.Page.Top + _style.TextHeight - h;
        double ruleY = top - _style.NoteRuleGap * 0.45;
        page.Items.Add(new Rule(left, ruleY, left + _style.TextWidth * 0.25, ruleY, 0.4));
        double second = left + _style.TextWidth - NotePairWidth;
        for (int i = 0; i < content.Notes.Count; i++)
        {
            var row = content.Notes[i];
            double y = top + i * _style.NoteLeading;
            PageComposer.DrawLine(page, row.Left, left, y, _style.NoteLeading * 0.78, _style.NoteLeading);
            if (row.Right is not null) PageComposer.DrawLine(page, row.Right, second, y, _style.NoteLeading * 0.78, _style.NoteLeading);
        }
    }

    /// <summary>Two short notes share a row, each in just under half the measure.</summary>
    double NotePairWidth => (_style.TextWidth - _style.BodySize * 1.5) / 2;

    /// <summary>Running head (book title on the left, division title on the right) and folio at the outer foot.</summary>
    void Furniture(PassState st, Page page, int idx, Division d, bool opening, InlineFlattener f)
    {
        bool recto = idx % 2 == 0;
        double left = Left(idx);
        var lang = _book.Meta.Language;
        if (!opening && d.Kind is not DivisionKind.Contents)
        {
            string head = recto ? d.TitleText : _book.Meta.Title;
            var runs = f.Flatten([new Model.Text(head)], FontFlags.Italic, _style.NoteSize, lang);
            var lines = _setter.Set(runs, new ParagraphSpec(_style.TextWidth, _style.NoteLeading, Alignment.Center, 0, 0, 0, false, lang), out _);
            if (lines.Count > 0) PageComposer.DrawLine(page, lines[0], left, _style.Page.Top - _style.Leading * 1.6, _style.NoteLeading * 0.78, _style.NoteLeading);
        }
        var folioRuns = f.Flatten([new Model.Text(Folio(page))], FontFlags.None, _style.NoteSize * 1.05, lang);
        var folio = _setter.Set(folioRuns, new ParagraphSpec(_style.TextWidth, _style.NoteLeading, recto ? Alignment.Right : Alignment.Left, 0, 0, 0, false, lang), out _);
        if (folio.Count > 0) PageComposer.DrawLine(page, folio[0], left, _style.Page.Top + _style.TextHeight + _style.Page.Bottom * 0.35, _style.NoteLeading * 0.78, _style.NoteLeading);
    }

    void Outline(PassState st)
    {
        var divisionsWithPages = _book.Divisions.Where(d => d.Kind is DivisionKind.Chapter or DivisionKind.Appendix or DivisionKind.FrontMatter or DivisionKind.Contents or DivisionKind.Dedication or DivisionKind.Colophon);
        foreach (var d in divisionsWithPages)
        {
            var children = d.Blocks.OfType<Heading>().Where(h => h.Level == 2 && h.Id is not null)
                .Select(h => new OutlineEntry(InlineText.Plain(h.Content), h.Id!, [])).ToList();
            string title = d.Number is null ? d.TitleText : d.Number + ". " + d.TitleText;
            st.Tree.Outline.Add(new OutlineEntry(title, d.Id, children));
        }
    }
}
