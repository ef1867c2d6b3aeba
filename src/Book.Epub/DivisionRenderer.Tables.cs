using System.Globalization;
using System.Xml.Linq;
using Book.Model;
using static Book.Epub.Xhtml;

namespace Book.Epub;

sealed partial class DivisionRenderer
{
    /// <summary>A real table: caption with its label, header cells with scope, numbers right-aligned, notes beneath.</summary>
    XElement TableBlock(Table t)
    {
        int columns = Math.Max(t.Align.Count, t.Header.Concat(t.Rows).Select(r => r.Count).DefaultIfEmpty(0).Max());
        // The first column names its row unless it holds numbers.
        bool rowHeaders = t.Rows.Count > 0 && t.Rows.All(r => r.Count > 0 && !r[0].Numeric);

        var table = E("table", t.Id is null ? null : A("id", Anchor(t.Id)));
        if (t.Label is not null || t.Caption.Count > 0)
            table.Add(E("caption", Caption(t.Label, t.Caption)));
        if (t.Header.Count > 0)
            table.Add(E("thead", t.Header.Select(r => E("tr", r.Select((c, k) => Cell("th", c, k, t.Align, A("scope", "col")))))));
        table.Add(E("tbody", t.Rows.Select(r => E("tr", r.Select((c, k) =>
            k == 0 && rowHeaders ? Cell("th", c, k, t.Align, A("scope", "row")) : Cell("td", c, k, t.Align, null))))));
        return E("div", Class("table"), table, Notes(t.Notes));
    }

    XElement Cell(string tag, TableCell c, int column, IReadOnlyList<ColumnAlign> align, XAttribute? scope)
    {
        var a = column < align.Count ? align[column] : ColumnAlign.Default;
        string? cls = c.Numeric ? "num" : a switch { ColumnAlign.Right => "right", ColumnAlign.Center => "center", _ => null };
        return E(tag, scope, Class(cls), Inlines(c.Content),
            c.Marked ? E("span", Class("table-note-mark"), T("*")) : null);
    }

    IEnumerable<XNode> Caption(string? label, IReadOnlyList<Inline> caption)
    {
        if (label is not null)
        {
            yield return E("span", Class("label"), T(label));
            if (caption.Count > 0) yield return T(" ");
        }
        foreach (var n in Inlines(caption)) yield return n;
    }

    XElement? Notes(IReadOnlyList<TableNote> notes) =>
        notes.Count == 0 ? null : E("ul", Class("table-notes"), notes.Select(n => E("li",
            n.Mark.Length > 0 ? new object[] { E("span", Class("table-note-mark"), T(n.Mark)), T(" ") } : null,
            Inlines(n.Content))));

    /// <summary>
    /// A horizontal bar chart as inline SVG: real text for labels and values (searchable, read aloud,
    /// scaled with the reader's font), colours from currentColor so night modes keep it visible.
    /// </summary>
    XElement Chart(BarChart c)
    {
        const double width = 600, barHeight = 18, rowHeight = 28, fontSize = 14, valueWidth = 70, pad = 6;
        var bars = c.Bars;
        double labelWidth = Math.Min(width * 0.45, Math.Max(60, bars.Select(b => b.Label.Length).DefaultIfEmpty(0).Max() * fontSize * 0.55 + pad));
        double plot = width - labelWidth - valueWidth - 2 * pad;
        double max = bars.Select(b => b.Value).Where(v => v > 0).DefaultIfEmpty(1).Max();
        double height = bars.Count * rowHeight + pad;

        var figureId = c.Id is null ? null : Anchor(c.Id);
        var titleId = ids.Allocate((c.Id ?? "chart") + "-title");
        var svg = new XElement(Svg + "svg",
            new XAttribute("xmlns", Svg.NamespaceName),
            A("viewBox", "0 0 " + N(width) + " " + N(height)),
            A("role", "img"),
            A("aria-labelledby", titleId),
            A("font-family", options.FontFamily + ", serif"),
            A("font-size", N(fontSize)),
            new XElement(Svg + "title", A("id", titleId), T(c.AltText.Length > 0 ? c.AltText : InlineText.Plain(c.Caption))));
        for (int i = 0; i < bars.Count; i++)
        {
            var (label, value) = bars[i];
            double y = pad + i * rowHeight;
            double w = Math.Max(0, value) / max * plot;
            double baseline = y + barHeight / 2 + fontSize * 0.35;
            svg.Add(new XElement(Svg + "g",
                new XElement(Svg + "text", A("x", N(labelWidth)), A("y", N(baseline)), A("text-anchor", "end"), A("fill", "currentColor"), T(label)),
                new XElement(Svg + "rect", A("x", N(labelWidth + pad)), A("y", N(y)), A("width", N(w)), A("height", N(barHeight)),
                    A("fill", "currentColor"), A("fill-opacity", "0.55")),
                new XElement(Svg + "text", A("x", N(labelWidth + 2 * pad + w)), A("y", N(baseline)), A("fill", "currentColor"),
                    T(Numbers.Format(value.ToString("0.###", CultureInfo.InvariantCulture), Meta.Language)))));
        }
        return E("figure", Class("chart"), figureId is null ? null : A("id", figureId),
            svg,
            E("figcaption", Caption(c.Label, c.Caption), Notes(c.Notes)));
    }

    static string N(double v) => Math.Round(v, 2).ToString("0.##", CultureInfo.InvariantCulture);
}
