using Book.Model;
using Book.Pages;
using Book.Layout.Blocks;
using Book.Layout.Flow;
using Book.Layout.Marginals;

namespace Book.Layout.Front;

/// <summary>The dedication: centred lines a quarter of the way down a right-hand page, its notes at the foot.</summary>
static class DedicationPage
{
    public static void Place(IPageRun pass, Division d, BlockLayout blocks)
    {
        var style = pass.Style;
        pass.ToRecto();
        var page = pass.NewPage();
        int idx = pass.Tree.Pages.Count - 1;
        var centered = d.Blocks.Select(b => b is Paragraph p ? p with { Role = ParagraphRole.Centered } : b).ToList();
        // A dedication is a line or two: only its first page is printed.
        var parts = ShortText.Compose(pass, d, blocks, centered);
        double top = style.Page.Top + style.DedicationDrop;
        page.Items.Add(new Anchor(AnchorId.Title(d.Id), top));
        PageComposer.DrawBody(page, parts[0], pass.Left(idx), top);
        NoteArea.Draw(pass, page, parts[0], idx);
    }
}
