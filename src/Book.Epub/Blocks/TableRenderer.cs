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
        if (ColumnWidths(t) is var (share, cols))
        {
            // The table is as wide as the source draws it; each col a share of the table.
            if (share < 0.995) table.Add(A("style", "width: " + Percent(share)));
            table.Add(E("colgroup", cols.Select(w => E("col", A("style", "width: " + Percent(w))))));
        }
        if (t.Header.Count > 0)
            table.Add(E("thead", t.Header.Select(r => E("tr", r.Select((c, k) => Cell("th", c, k, t.Align, A("scope", "col"), ctx))))));
        table.Add(E("tbody", t.Rows.Select(r => E("tr", r.Select((c, k) =>
            k == 0 && rowHeaders ? Cell("th", c, k, t.Align, A("scope", "row"), ctx) : Cell("td", c, k, t.Align, null, ctx))))));
        return E("div", Class("table"), table, Captions.Notes(t.Notes, ctx));
    }

    /// <summary>The table's share of the text width and each column's share of the table, when the source gives widths.</summary>
    static (double Share, IReadOnlyList<double> Columns)? ColumnWidths(Table t)
    {
        int cols = t.Header.Concat(t.Rows).Select(r => r.Count).DefaultIfEmpty(0).Max();
        if (t.Widths is not { } w || w.Count != cols || cols == 0 || w.Any(x => x <= 0)) return null;
        double sum = w.Sum();
        return (Math.Min(1, sum), w.Select(x => x / sum).ToList());
    }

    static string Percent(double share) => (share * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%";

    static XElement Cell(string tag, TableCell c, int column, IReadOnlyList<ColumnAlign> align, XAttribute? scope, RenderContext ctx)
    {
        var a = column < align.Count ? align[column] : ColumnAlign.Default;
        string? cls = c.Numeric ? "num" : a switch { ColumnAlign.Right => "right", ColumnAlign.Center => "center", _ => null };
        // A cell of paragraphs or a list holds them as blocks; a cell of one line of text holds it directly.
        if (c.Blocks is { } blocks) return E(tag, scope, Class(cls), ctx.Blocks(blocks));
        return E(tag, scope, Class(cls), ctx.Inlines(c.Content),
            c.Marked ? E("span", Class("table-note-mark"), T("*")) : null);
    }
}
