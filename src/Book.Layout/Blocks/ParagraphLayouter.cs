using Book.Model;
using Book.Layout.Flow;
using Book.Layout.Paragraphs;

namespace Book.Layout.Blocks;

/// <summary>A paragraph: justified (or centred by its role), indented after another body paragraph.</summary>
public sealed class ParagraphLayouter : BlockLayouter<Paragraph>
{
    protected override string? Role(Paragraph block) => "P";

    protected override void Layout(BlockLayout layout, List<VItem> items, Paragraph p, BlockContext ctx)
    {
        // In a note every paragraph is justified; the ones after the first are indented by an em of note type.
        if (ctx.Place == BlockPlace.Note)
        {
            layout.Paragraph(items, p.Content, ctx, Alignment.Justify, ctx.Indent ? ctx.Size : 0, p.Span);
            return;
        }
        // In a table's cell (a list item there) a paragraph is set ragged, as the cell's own text is, a little apart from the one before.
        if (ctx.Place == BlockPlace.Cell)
        {
            if (ctx.Previous is not null) BlockLayout.Space(items, ctx.Leading * 0.4);
            layout.Paragraph(items, p.Content, ctx, Alignment.Left, 0, p.Span);
            return;
        }
        var align = p.Role == ParagraphRole.Centered ? Alignment.Center : Alignment.Justify;
        layout.Paragraph(items, p.Content, ctx, align, ctx.Indent && p.Role == ParagraphRole.Body ? layout.Style.Indent : 0, p.Span);
    }
}
