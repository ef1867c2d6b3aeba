using System.Globalization;
using System.Xml.Linq;
using Book.Model;
using static Book.Epub.Xhtml;

namespace Book.Epub;

/// <summary>A real table: caption with its label, header cells with scope, numbers right-aligned, notes beneath.</summary>
sealed class TableRenderer : BlockRenderer<Table>
{
    protected override XElement Render(Table t, RenderContext ctx)
    {
        // The first column names its row unless it holds numbers.
        bool rowHeaders = t.Rows.Count > 0 && t.Rows.All(r => r.Count > 0 && !r[0].Numeric);

        var table = E("table", t.Id is null ? null : A("id", ctx.Anchor(t.Id)));
        if (t.Label is not null || t.Caption.Count > 0)
            table.Add(E("caption", Captions.Caption(t.Label, t.Caption, ctx)));
        if (t.Header.Count > 0)
            table.Add(E("thead", t.Header.Select(r => E("tr", r.Select((c, k) => Cell("th", c, k, t.Align, A("scope", "col"), ctx))))));
        table.Add(E("tbody", t.Rows.Select(r => E("tr", r.Select((c, k) =>
            k == 0 && rowHeaders ? Cell("th", c, k, t.Align, A("scope", "row"), ctx) : Cell("td", c, k, t.Align, null, ctx))))));
        return E("div", Class("table"), table, Captions.Notes(t.Notes, ctx));
    }

    static XElement Cell(string tag, TableCell c, int column, IReadOnlyList<ColumnAlign> align, XAttribute? scope, RenderContext ctx)
    {
        var a = column < align.Count ? align[column] : ColumnAlign.Default;
        string? cls = c.Numeric ? "num" : a switch { ColumnAlign.Right => "right", ColumnAlign.Center => "center", _ => null };
        return E(tag, scope, Class(cls), ctx.Inlines(c.Content),
            c.Marked ? E("span", Class("table-note-mark"), T("*")) : null);
    }
}
