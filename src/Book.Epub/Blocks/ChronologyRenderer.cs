using System.Globalization;
using System.Xml.Linq;
using Book.Model;
using static Book.Epub.Xhtml;

namespace Book.Epub;

/// <summary>A run of chronology entries: one dl, the date as the term.</summary>
sealed class ChronologyRenderer : RunRenderer<ChronologyEntry>
{
    protected override XElement Render(IReadOnlyList<ChronologyEntry> run, RenderContext ctx) =>
        E("dl", Class("chronology"), run.SelectMany(e => new[]
        {
            E("dt", T(e.DateText)),
            E("dd", ctx.Inlines(e.Content)),
        }));
}
