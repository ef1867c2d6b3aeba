using System.Globalization;
using System.Xml.Linq;
using Book.Model;
using static Book.Epub.Xhtml;

namespace Book.Epub;

/// <summary>
/// The printed contents. The nav document is the book's contents; elsewhere this block has nothing
/// to add. Registered so that it is left out on purpose, not for want of a renderer.
/// </summary>
sealed class ContentsRenderer : BlockRenderer<ContentsBlock>
{
    protected override XElement? Render(ContentsBlock b, RenderContext ctx) => null;
}
