using System.Globalization;
using System.Xml.Linq;
using Book.Model;
using static Book.Epub.Xhtml;

namespace Book.Epub;

/// <summary>A bulleted or numbered list; a numbered one that does not start at 1 says where it starts.</summary>
sealed class ListRenderer : BlockRenderer<ListBlock>
{
    protected override XElement Render(ListBlock l, RenderContext ctx) =>
        E(l.Ordered ? "ol" : "ul",
            l.Ordered && l.Start != 1 ? A("start", l.Start.ToString(CultureInfo.InvariantCulture)) : null,
            l.Items.Select(i => Item(i, ctx)));

    /// <summary>A tight item (one paragraph) keeps its text directly in the li, as Markdown renders it.</summary>
    static XElement Item(ListItem item, RenderContext ctx) =>
        item.Blocks is [Paragraph { Role: ParagraphRole.Body } only]
            ? E("li", ctx.Inlines(only.Content))
            : E("li", ctx.Blocks(item.Blocks));
}
