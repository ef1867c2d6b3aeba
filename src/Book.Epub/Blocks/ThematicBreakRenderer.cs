using System.Globalization;
using System.Xml.Linq;
using Book.Model;
using static Book.Epub.Xhtml;

namespace Book.Epub;

/// <summary>A scene break.</summary>
sealed class ThematicBreakRenderer : BlockRenderer<ThematicBreak>
{
    protected override XElement Render(ThematicBreak b, RenderContext ctx) => E("hr");
}
