using Book.Model;
using Book.Layout.Flow;
using Book.Layout.Paragraphs;
using Book.Layout.Styles;

namespace Book.Layout.Blocks;

using Text = Book.Model.Text;

/// <summary>A chronology entry: the date in italic in a column of its own, the event beside it, kept together when short.</summary>
public sealed class ChronologyLayouter : BlockLayouter<ChronologyEntry>
{
    protected override string? Role(ChronologyEntry block) => "P";

    /// <summary>The date column, and the measure a date is set on within it (the rest is the gap before the text).</summary>
    public static double DateColumn(BookStyle style) => style.BodySize * 8.5;
    public static double DateMeasure(BookStyle style) => DateColumn(style) - style.BodySize * 0.8;

    protected override void Layout(BlockLayout layout, List<VItem> items, ChronologyEntry e, BlockContext ctx)
    {
        var style = layout.Style;
        double dateWidth = DateColumn(style);
        var small = ctx with { Size = style.SmallSize, Leading = style.SmallLeading };
        BlockLayout.Space(items, small.Leading * 0.3);
        var lines = layout.Paragraph(items, e.Content, small with { Left = ctx.Left + dateWidth, Width = ctx.Width - dateWidth }, Alignment.Left, 0, e.Span, hyphenate: true);
        if (lines.Count == 0) return;
        // Under a heading that says its date (its year), an event needs no date of its own.
        var dateRuns = layout.Flattener.Flatten([new Text(e.DatedByHeading ? "" : e.DateText)], FontFlags.Italic, small.Size, layout.Language);
        var dateLines = layout.Setter.Set(dateRuns, new ParagraphSpec(DateMeasure(style), small.Leading, Alignment.Left, 0, 0, 0, false, layout.Language), out _);
        for (int i = 0; i < dateLines.Count && i < lines.Count; i++)
            foreach (var p in dateLines[i].Pieces) lines[i].Line.Pieces.Add(p with { X = p.X - dateWidth });
        // A date longer than its event ("25 February 1992, 11 p.m." beside one line) goes on below it.
        for (int i = lines.Count; i < dateLines.Count; i++)
        {
            var more = new LineItem { Line = dateLines[i], X = ctx.Left, Height = small.Leading, Baseline = BookStyle.Baseline(small.Leading) };
            items.Add(more);
            lines.Add(more);
        }
        // An entry is short: keep it together.
        for (int i = 0; i < lines.Count - 1; i++) lines[i].BreakAfter = lines.Count > 4 && i >= 1 && i <= lines.Count - 3;
    }
}
