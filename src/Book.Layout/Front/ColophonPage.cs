using Book.Model;
using Book.Pages;
using Book.Layout.Blocks;
using Book.Layout.Flow;
using Book.Layout.Marginals;

namespace Book.Layout.Front;

/// <summary>The colophon: small text at the foot of the title page's verso, its notes below it in the note area.</summary>
static class ColophonPage
{
    public static void Place(IPageRun pass, Division d, BlockLayout blocks)
    {
        var style = pass.Style;
        if (pass.Tree.Pages.Count % 2 == 0) pass.NewPage();
        var page = pass.NewPage();
        int idx = pass.Tree.Pages.Count - 1;
        var parts = ShortText.Compose(pass, d, blocks, Small(d.Blocks));
        var content = parts[0];
        // Set at the foot: the text ends where the text block (or the note area above its foot) begins.
        double h = content.BodyHeight + NoteArea.Height(style, content.Notes.Count);
        double top = style.Page.Top + Math.Max(0, style.TextHeight - h);
        page.Items.Add(new Anchor(AnchorId.Title(d.Id), top));
        PageComposer.DrawBody(page, content, pass.Left(idx), top);
        NoteArea.Draw(pass, page, content, idx);
        for (int i = 1; i < parts.Count; i++)
        {
            var p = pass.NewPage();
            int pi = pass.Tree.Pages.Count - 1;
            PageComposer.DrawBody(p, parts[i], pass.Left(pi), style.Page.Top);
            NoteArea.Draw(pass, p, parts[i], pi);
        }
    }

    /// <summary>Colophon text is small: paragraphs become small-role blocks.</summary>
    static IReadOnlyList<Block> Small(IReadOnlyList<Block> blocks) => blocks.Select(b => b is Paragraph p ? p with { Role = ParagraphRole.Small } : b).ToList();
}
