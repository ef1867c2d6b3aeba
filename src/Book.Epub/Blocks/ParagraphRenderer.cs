using System.Globalization;
using System.Xml.Linq;
using Book.Model;
using static Book.Epub.Xhtml;

namespace Book.Epub;

/// <summary>A paragraph; its role becomes a class the stylesheet sets (centred, epigraph…).</summary>
sealed class ParagraphRenderer : BlockRenderer<Paragraph>
{
    protected override XElement Render(Paragraph p, RenderContext ctx) =>
        E("p", Class(p.Role switch
        {
            ParagraphRole.Centered => "centered",
            ParagraphRole.Epigraph => "epigraph",
            ParagraphRole.Attribution => "attribution",
            ParagraphRole.Small => "small",
            _ => null,
        }), ctx.Inlines(p.Content));
}
