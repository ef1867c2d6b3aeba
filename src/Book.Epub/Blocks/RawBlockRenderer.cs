using System.Xml.Linq;
using Book.Model;
using static Book.Epub.Xhtml;

namespace Book.Epub;

/// <summary>
/// Raw content: HTML written through as it stands when it is well-formed XHTML an e-book may hold
/// (one element as itself, several in a div), else its text as a paragraph; other formats (LaTeX…)
/// have no place in an e-book. The parser has already said which, at the block's line.
/// </summary>
sealed class RawBlockRenderer : BlockRenderer<RawBlock>
{
    protected override XElement? Render(RawBlock b, RenderContext ctx)
    {
        if (b.Format != "html") return null;
        if (RawHtml.ParseBlock(b.Text, out _) is not { } nodes)
            return RawHtml.TextOf(b.Text) is { Length: > 0 } text ? E("p", T(text)) : null;
        var content = nodes.Where(n => n is not XText t || t.Value.Trim().Length > 0).ToList();
        if (content.Count == 0) return null;
        return content is [XElement only] ? only : E("div", Class("raw-html"), content);
    }
}
