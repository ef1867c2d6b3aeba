using Book.Model;
using Book.Layout.Flow;
using Book.Layout.Paragraphs;

namespace Book.Layout.Blocks;

/// <summary>A paragraph: justified (centred, or small and ragged, by its role), indented after another body paragraph.</summary>
public sealed class ParagraphLayouter : BlockLayouter<Paragraph>
{
    protected override string? Role(Paragraph block) => "P";

    protected override void Layout(BlockLayout layout, List<VItem> items, Paragraph p, BlockContext ctx)
    {
        Alignment align; double indent;
        // In a note every paragraph is justified; the ones after the first are indented by an em of note type.
        if (ctx.Place == BlockPlace.Note) (align, indent) = (Alignment.Justify, ctx.Indent ? ctx.Size : 0);
        // In a table's cell (a list item there) a paragraph is set ragged, as the cell's own text is, a little apart from the one before.
        else if (ctx.Place == BlockPlace.Cell)
        {
            if (ctx.Previous is not null) BlockLayout.Space(items, ctx.Leading * 0.4);
            (align, indent) = (Alignment.Left, 0);
        }
        // Small text (the colophon's and copyright page's notices): note-sized, ragged right, each item apart from the one before.
        else if (p.Role == ParagraphRole.Small)
        {
            ctx = ctx with { Size = layout.Style.NoteSize, Leading = layout.Style.NoteLeading };
            if (ctx.Previous is not null) BlockLayout.Space(items, ctx.Leading * 0.6);
            (align, indent) = (Alignment.Left, 0);
        }
        else (align, indent) = (p.Role == ParagraphRole.Centered ? Alignment.Center : Alignment.Justify,
            ctx.Indent && p.Role == ParagraphRole.Body ? layout.Style.Indent : 0);
        if (!p.Content.Any(i => i is TexMath { Display: true }))
        {
            layout.Paragraph(items, p.Content, ctx, align, indent, p.Span);
            return;
        }
        DisplayMath.Layout(layout, items, p, ctx, align, indent);
    }
}
