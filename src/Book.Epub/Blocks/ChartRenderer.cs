using System.Globalization;
using System.Xml.Linq;
using Book.Model;
using static Book.Epub.Xhtml;

namespace Book.Epub;

/// <summary>
/// A horizontal bar chart as inline SVG: real text for labels and values (searchable, read aloud,
/// scaled with the reader's font), colours from currentColor so night modes keep it visible.
/// </summary>
sealed class ChartRenderer : BlockRenderer<BarChart>
{
    protected override XElement Render(BarChart c, RenderContext ctx)
    {
        ctx.UsesSvg();
        const double width = 600, barHeight = 18, rowHeight = 28, fontSize = 14, valueWidth = 70, pad = 6;
        var bars = c.Bars;
        double labelWidth = Math.Min(width * 0.45, Math.Max(60, bars.Select(b => b.Label.Length).DefaultIfEmpty(0).Max() * fontSize * 0.55 + pad));
        double plot = width - labelWidth - valueWidth - 2 * pad;
        double max = bars.Select(b => b.Value).Where(v => v > 0).DefaultIfEmpty(1).Max();
        double height = bars.Count * rowHeight + pad;

        var figureId = c.Id is null ? null : ctx.Anchor(c.Id);
        var titleId = ctx.AllocateId((c.Id ?? "chart") + "-title");
        var svg = new XElement(Svg + "svg",
            new XAttribute("xmlns", Svg.NamespaceName),
            A("viewBox", "0 0 " + N(width) + " " + N(height)),
            A("role", "img"),
            A("aria-labelledby", titleId),
            A("font-family", ctx.Options.FontFamily + ", serif"),
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
                    T(Numbers.Format(value.ToString("0.###", CultureInfo.InvariantCulture), ctx.Language)))));
        }
        return E("figure", Class("chart"), figureId is null ? null : A("id", figureId),
            svg,
            E("figcaption", Captions.Caption(c.Label, c.Caption, ctx), Captions.Notes(c.Notes, ctx)));
    }

    static string N(double v) => Math.Round(v, 2).ToString("0.##", CultureInfo.InvariantCulture);
}
