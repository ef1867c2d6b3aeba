using System.Globalization;
using System.Xml.Linq;
using Book.Model;
using static Book.Epub.Xhtml;

namespace Book.Epub;

/// <summary>A block quote and the blocks it holds.</summary>
sealed class QuoteRenderer : BlockRenderer<BlockQuote>
{
    protected override XElement Render(BlockQuote q, RenderContext ctx) => E("blockquote", ctx.Blocks(q.Blocks));
}
