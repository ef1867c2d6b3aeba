using Book.Model;
using Book.Layout.Flow;
using Book.Layout.Paragraphs;
using Book.Layout.Styles;

namespace Book.Layout.Blocks;

/// <summary>
/// A definition list: each term in bold on its own line, kept with what follows so a page never ends
/// on a term; its definitions' blocks stepped in beneath it, as a list's items are. Tagged as a list:
/// the term is the item's label, each definition a body.
/// </summary>
public sealed class DefinitionListLayouter : BlockLayouter<DefinitionList>
{
    protected override string? Role(DefinitionList block) => "L";
    public override BlockTagging Tagging => BlockTagging.Container;

    protected override void Layout(BlockLayout layout, List<VItem> items, DefinitionList l, BlockContext ctx)
    {
        // The indent is an em scale: the body's in the text, the note's own in a note (as a list's).
        double em = ctx.Place == BlockPlace.Note ? ctx.Size : layout.Style.BodySize;
        double step = layout.Inset(ctx, em * 1.6, sides: 1);
        var termCtx = ctx.Inside() with { Indent = false };
        var inner = ctx.Inside() with { Left = ctx.Left + step, Width = ctx.Width - step, Indent = false };
        var list = layout.Parent;
        BlockLayout.Space(items, ctx.Leading * 0.3);
        foreach (var item in l.Items)
        {
            var li = list?.Add("LI");
            var term = layout.Paragraph(items, item.Term, termCtx, Alignment.Left, 0, l.Span, hyphenate: false, flags: ctx.Flags | FontFlags.Bold);
            foreach (var line in term) line.BreakAfter = false;
            BlockLayout.Tag(term, li, "Lbl");
            foreach (var definition in item.Definitions)
            {
                layout.Parent = li?.Add("LBody") ?? list;
                layout.Blocks(items, definition, inner);
            }
            layout.Parent = list;
        }
        BlockLayout.Space(items, ctx.Leading * 0.3);
    }
}
