using System.Globalization;
using System.Xml.Linq;
using Book.Model;
using static Book.Epub.Xhtml;

namespace Book.Epub;

/// <summary>What tables and charts share: the labelled caption and the notes beneath.</summary>
static class Captions
{
    public static IEnumerable<XNode> Caption(string? label, IReadOnlyList<Inline> caption, RenderContext ctx)
    {
        if (label is not null)
        {
            yield return E("span", Class("label"), T(label));
            if (caption.Count > 0) yield return T(" ");
        }
        foreach (var n in ctx.Inlines(caption)) yield return n;
    }

    public static XElement? Notes(IReadOnlyList<TableNote> notes, RenderContext ctx) =>
        notes.Count == 0 ? null : E("ul", Class("table-notes"), notes.Select(n => E("li",
            n.Mark.Length > 0 ? new object[] { E("span", Class("table-note-mark"), T(n.Mark)), T(" ") } : null,
            ctx.Inlines(n.Content))));
}
