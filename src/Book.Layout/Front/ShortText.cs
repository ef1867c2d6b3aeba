using Book.Model;
using Book.Layout.Blocks;
using Book.Layout.Flow;

namespace Book.Layout.Front;

/// <summary>What the colophon and the dedication share: their blocks and notes broken into pages, notes tied to the text citing them.</summary>
static class ShortText
{
    public static List<PageContent> Compose(IPageRun pass, Division d, BlockLayout blocks, IReadOnlyList<Block> text)
    {
        var style = pass.Style;
        var items = blocks.Layout(text);
        var notes = blocks.Notes(d.Notes);
        BlockLayout.AttachNotes(items, notes, pass.Sect);
        return new PageBuilder(style.TextHeight, style.NoteLeading, style.NoteRuleGap, notes).Build(items);
    }
}
