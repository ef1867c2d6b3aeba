using System.Xml.Linq;
using Book.Model;
using static Book.Epub.Xhtml;

namespace Book.Epub;

/// <summary>A definition list: dt for each term, a dd for each of its definitions.</summary>
sealed class DefinitionListRenderer : BlockRenderer<DefinitionList>
{
    protected override XElement Render(DefinitionList l, RenderContext ctx) =>
        E("dl", l.Items.SelectMany(item => item.Definitions.Select(d => Definition(d, ctx)).Prepend(E("dt", ctx.Inlines(item.Term)))));

    /// <summary>A one-paragraph definition keeps its text directly in the dd, as a tight list item does.</summary>
    static XElement Definition(IReadOnlyList<Block> blocks, RenderContext ctx) =>
        blocks is [Paragraph { Role: ParagraphRole.Body } only]
            ? E("dd", ctx.Inlines(only.Content))
            : E("dd", ctx.Blocks(blocks));
}
