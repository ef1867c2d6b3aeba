using System.Xml.Linq;
using Book.Model;
using static Book.Epub.Xhtml;

namespace Book.Epub;

/// <summary>A code block: pre and code, its language as HTML5 suggests (class "language-x"), the text verbatim.</summary>
sealed class CodeBlockRenderer : BlockRenderer<CodeBlock>
{
    protected override XElement Render(CodeBlock c, RenderContext ctx) =>
        E("pre", E("code", c.Language is { } lang ? Class("language-" + XmlIds.Clean(lang)) : null, T(c.Text)));
}
