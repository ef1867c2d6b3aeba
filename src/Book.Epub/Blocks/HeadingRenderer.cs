using System.Globalization;
using System.Xml.Linq;
using Book.Model;
using static Book.Epub.Xhtml;

namespace Book.Epub;

/// <summary>A section heading: h2–h6 (the division title is the h1); a listed level-2 one with an id joins the nav.</summary>
sealed class HeadingRenderer : BlockRenderer<Heading>
{
    protected override XElement Render(Heading h, RenderContext ctx)
    {
        int level = Math.Clamp(h.Level, 2, 6);
        var el = E("h" + level.ToString(CultureInfo.InvariantCulture));
        if (h.Id is not null)
        {
            var id = ctx.Anchor(h.Id);
            el.Add(A("id", id));
            if (h.Level == 2 && h.Listed) ctx.AddSection(id, InlineText.Plain(h.Content));
        }
        el.Add(ctx.Inlines(h.Content));
        return el;
    }
}
