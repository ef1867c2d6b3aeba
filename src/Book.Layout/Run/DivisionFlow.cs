using Book.Model;
using Book.Pages;
using Book.Layout.Blocks;
using Book.Layout.Columns;
using Book.Layout.Flow;
using Book.Layout.Marginals;
using Book.Layout.Paragraphs;
using Book.Layout.Styles;

namespace Book.Layout.Run;

/// <summary>Chapters, appendices, the contents and front-matter texts: a new page, the title sunk, then the text and its notes.</summary>
static class DivisionFlow
{
    public static void Place(LayoutPass pass, Division d, BlockLayout blocks)
    {
        Open(pass, d);
        if (d.Generated == GeneratedAppendix.Index) { IndexColumns.Place(pass, d, blocks, Heading(d, blocks, pass.Sect)); return; }
        // Laid out ahead, in parallel, when the pass could (see Compositions.ComposeAhead); its warnings join the pass's here, in book order.
        var composed = pass.Composed?.Remove(d, out var ahead) == true ? ahead : null;
        var pages = composed?.Take(pass.Diagnostics) ?? Compose(d, blocks, pass.Sect);
        if (composed is not null && pass.Compositions.ReusePlaced(pass, d, composed)) return;
        int firstIndex = pass.Tree.Pages.Count;
        for (int i = 0; i < pages.Count; i++)
        {
            var page = pass.NewPage();
            int idx = pass.Tree.Pages.Count - 1;
            PageComposer.DrawBody(page, pages[i], pass.Left(idx), pass.Style.Page.Top);
            NoteArea.Draw(pass, page, pages[i], idx);
            RunningHead.Draw(pass, page, idx, d, opening: i == 0);
        }
        if (composed is not null) pass.Compositions.RememberPlaced(pass, d, composed, firstIndex);
    }

    /// <summary>
    /// Chapter 1 opens on the right (arabic page 1 is a recto); chapters, appendices, the contents and
    /// front-matter texts as book.yaml says (a booklet saves its blank versos), anything else on the right.
    /// </summary>
    static void Open(LayoutPass pass, Division d)
    {
        bool first = d.Kind == DivisionKind.Chapter && pass.FirstChapterPage < 0;
        if (pass.Book.Meta.OpenRight || first || d.Kind is not (DivisionKind.Chapter or DivisionKind.Appendix or DivisionKind.Contents or DivisionKind.FrontMatter)) pass.ToRecto();
        if (first) pass.FirstChapterPage = pass.Tree.Pages.Count + 1;
    }

    /// <summary>"Chapter N" ("Appendix A") and the title, centred, kept with what follows and tagged H1, then the space before the text.</summary>
    public static List<VItem> Heading(Division d, BlockLayout blocks, StructElement? sect)
    {
        var style = blocks.Style;
        var heading = new List<VItem>();
        if (DivisionLabels.Label(d, blocks.Book?.Meta.Locale ?? Model.Locale.English) is { } label)
        {
            blocks.Paragraph(heading, [new Model.Text(label)], new BlockContext(0, style.TextWidth, style.BodySize * 1.1, style.Leading * 1.3, FontFlags.Italic, false),
                Alignment.Center, 0, d.Span, hyphenate: false);
        }
        double titleSize = style.ChapterTitleSize;
        // The division opens at its title: the anchor its contents entry, links and the outline point to.
        var opening = new StyledRun("", FontFlags.None, titleSize, blocks.Language, Anchor: AnchorId.Title(d.Id));
        blocks.Paragraph(heading, d.Title, new BlockContext(0, style.TextWidth, titleSize, titleSize * 1.25, FontFlags.None, false) { Lead = [opening] },
            Alignment.Center, 0, d.Span, hyphenate: false);
        // The title keeps its place and its distance from the text: chapter openings all look alike.
        foreach (var h in heading) { h.BreakAfter = false; h.Stretch = 0; }
        if (sect is not null) BlockLayout.Tag(heading, 0, sect.Add("H1"));
        heading.Add(new SpaceItem { Height = style.Leading * 2, BreakAfter = false });
        return heading;
    }

    /// <summary>
    /// A division's pages on their own: heading, text and notes broken into pages, its structure
    /// built under <paramref name="sect"/>. Nothing here depends on where the division lands in
    /// the book, which is what lets divisions be composed in parallel.
    /// </summary>
    public static List<PageContent> Compose(Division d, BlockLayout blocks, StructElement? sect)
    {
        var style = blocks.Style;
        var all = Heading(d, blocks, sect);
        var body = blocks.Layout(d.Blocks);
        var notes = blocks.Notes(d.Notes);
        BlockLayout.AttachNotes(body, notes, sect);
        all.AddRange(body);
        return new PageBuilder(style.TextHeight, style.NoteLeading, style.NoteRuleGap, notes, style.Leading) { FlushBottom = true }.Build(all, style.ChapterSink);
    }
}
