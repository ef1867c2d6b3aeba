using Book.Model;
using Book.Layout.Flow;
using Book.Layout.Paragraphs;

namespace Book.Layout.Blocks;

/// <summary>A bibliography entry: small type, ragged right, a hanging indent, never hyphenated.</summary>
public sealed class BibliographyLayouter : BlockLayouter<BibliographyEntry>
{
    protected override string? Role(BibliographyEntry block) => "P";

    protected override void Layout(BlockLayout layout, List<VItem> items, BibliographyEntry e, BlockContext ctx)
    {
        var style = layout.Style;
        BlockLayout.Space(items, ctx.Leading * 0.25);
        layout.Paragraph(items, e.Content, ctx with { Size = style.SmallSize, Leading = style.SmallLeading }, Alignment.Left, 0, e.Span,
            hanging: style.BodySize * 1.5, hyphenate: false);
    }
}
