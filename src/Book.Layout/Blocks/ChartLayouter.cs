using System.Globalization;
using Book.Model;
using Book.Pages;
using Book.Layout.Flow;
using Book.Layout.Paragraphs;
using Book.Layout.Styles;

namespace Book.Layout.Blocks;

using Text = Book.Model.Text;

/// <summary>A horizontal bar chart drawn as vectors, labels as real text, caption below; a figure that may float.</summary>
public sealed class ChartLayouter : BlockLayouter<BarChart>
{
    protected override string? Role(BarChart block) => "Figure";
    // A chart without alt text was already warned about when the chapter was read.
    protected override string? Alt(BarChart c) => c.AltText is { Length: > 0 } ? c.AltText : null;
    public override BlockTagging Tagging => BlockTagging.Drawing;
    public override bool Floats => true;

    protected override void Layout(BlockLayout layout, List<VItem> items, BarChart c, BlockContext ctx)
    {
        var style = layout.Style;
        var flattener = layout.Flattener;
        var language = layout.Language;
        var table = new TableSetter(layout);
        if (c.Bars.Count == 0) return;
        var (smallSize, smallLeading) = table.Small(ctx);
        var small = ctx with { Size = smallSize, Leading = smallLeading };
        // Labels are set flush left in a box as wide as the widest; each is then placed flush right against the bars.
        var labels = c.Bars.Select(b => table.SetCell(flattener.Flatten([new Text(b.Label)], FontFlags.None, small.Size, language),
            ctx.Width * 0.4, small.Leading, Alignment.Left, true, false)).ToList();
        double labelWidth = labels.Max(l => l.Count == 0 ? 0 : l.Max(x => x.Width));
        var values = c.Bars.Select(b => table.SetCell(flattener.Flatten([new Text(Numbers.Format(b.Value.ToString(CultureInfo.InvariantCulture), language))],
            FontFlags.None, small.Size, language), 100000, small.Leading, Alignment.Left, false, true)).ToList();
        double valueRoom = values.Max(v => v.Count == 0 ? 0 : v[0].Width) + style.BodySize * 0.5;
        double maxValue = c.Bars.Max(b => b.Value);
        double barLeft = ctx.Left + labelWidth + style.BodySize * 0.6;
        double barSpan = ctx.Width - (barLeft - ctx.Left) - valueRoom;
        BlockLayout.Space(items, ctx.Leading * 0.6);
        double rowH = small.Leading * 1.4;
        for (int i = 0; i < c.Bars.Count; i++)
        {
            var lab = labels[i];
            double h = Math.Max(rowH, lab.Count * small.Leading + small.Leading * 0.4);
            var d = new DrawItem { Height = h, BreakAfter = false };
            double w = maxValue > 0 ? barSpan * Math.Max(0, c.Bars[i].Value) / maxValue : 0;
            double barH = small.Leading * 0.85;
            d.Items.Add(new FilledRect(barLeft, (h - barH) / 2, Math.Max(w, 0.5), barH, 0.35));
            double y0 = (h - lab.Count * small.Leading) / 2;
            for (int k = 0; k < lab.Count; k++)
                d.Lines.Add((new LineItem { Line = lab[k], X = ctx.Left, Height = small.Leading, Baseline = BookStyle.Baseline(small.Leading) },
                    ctx.Left + labelWidth - lab[k].Width, y0 + k * small.Leading));
            if (values[i].Count > 0)
                d.Lines.Add((new LineItem { Line = values[i][0], X = 0, Height = small.Leading, Baseline = BookStyle.Baseline(small.Leading) },
                    barLeft + w + style.BodySize * 0.4, (h - small.Leading) / 2));
            items.Add(d);
        }
        items.Add(new SpaceItem { Height = small.Leading * 0.4, BreakAfter = false });
        var cap = layout.Paragraph(items, [new Target(Anchors.AnchorOf(c.Id, c.Label)), .. TableSetter.CaptionContent(c.Label, c.Caption)], small, Alignment.Left, 0, c.Span, hyphenate: false);
        BlockLayout.Tag(cap, layout.Parent, "Caption");
        if (c.Notes.Count > 0) foreach (var l in cap) l.BreakAfter = false;
        table.TableNotes(items, c.Notes, ctx.Left, ctx.Width, ctx);
        BlockLayout.Space(items, ctx.Leading * 0.6);
    }
}
