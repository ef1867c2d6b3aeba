using System.Globalization;
using System.Xml.Linq;
using Book.Model;
using static Book.Epub.Xhtml;

namespace Book.Epub;

/// <summary>A fenced div nothing else claimed: its classes (cleaned) stay for the reader's stylesheet.</summary>
sealed class DivRenderer : BlockRenderer<Div>
{
    protected override XElement Render(Div d, RenderContext ctx) =>
        E("div", d.Id is null ? null : A("id", ctx.Anchor(d.Id)),
            Class(string.Join(" ", d.Classes.Select(XmlIds.Clean))), ctx.Blocks(d.Blocks));
}
