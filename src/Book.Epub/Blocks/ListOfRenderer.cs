using System.Globalization;
using System.Xml.Linq;
using Book.Model;
using static Book.Epub.Xhtml;

namespace Book.Epub;

/// <summary>The list of tables or figures: each label linked to its table or figure, then the caption.</summary>
sealed class ListOfRenderer : BlockRenderer<ListOfBlock>
{
    protected override XElement Render(ListOfBlock list, RenderContext ctx) =>
        E("ul", Class("list-of"), ListOf.Entries(ctx.Book, list.Of).Select(e =>
            E("li", ctx.PendingAnchor(e.Anchor, T(e.Label)), T(" "), ctx.Inlines(e.Caption))));
}
