using System.Globalization;
using System.Xml.Linq;
using Book.Model;
using static Book.Epub.Xhtml;

namespace Book.Epub;

/// <summary>A run of bibliography entries: one ul, each entry the target of its citations.</summary>
sealed class BibliographyRenderer : RunRenderer<BibliographyEntry>
{
    protected override XElement Render(IReadOnlyList<BibliographyEntry> run, RenderContext ctx) =>
        E("ul", Class("bibliography"), run.Select(e => E("li", A("id", ctx.Anchor("ref-" + e.Key)), ctx.Inlines(e.Content))));
}
