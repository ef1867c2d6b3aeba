using System.Xml.Linq;
using Book.Model;
using static Book.Epub.Xhtml;

namespace Book.Epub;

/// <summary>A line block as Pandoc writes it: one div, its lines separated by br, their leading no-break spaces kept.</summary>
sealed class LineBlockRenderer : BlockRenderer<LineBlock>
{
    protected override XElement Render(LineBlock l, RenderContext ctx) =>
        E("div", Class("line-block"),
            l.Lines.SelectMany((line, i) => i == 0 ? ctx.Inlines(line) : ctx.Inlines(line).Prepend(E("br"))));
}
