using Book.Core.Model;
using Book.Layout.Pages;
using Book.Layout.Paragraphs;
using Book.Layout.Styles;

namespace Book.Layout.Blocks;

using Text = Book.Core.Model.Text;

public sealed partial class BlockLayout
{
    const double ThickRule = 0.8, ThinRule = 0.4;

    /// <summary>
    /// A booktabs table: caption above, rules top / under the header / bottom, no vertical rules,
    /// column widths from content like a browser's auto layout, header repeated after a page break.
    /// </summary>
    void TableBlock(List<VItem> items, Table t, BlockContext ctx)
    {
        var cellCtx = ctx with { Size = style.SmallSize, Leading = style.SmallLeading, Indent = false };
        int cols = Math.Max(t.Header.Count > 0 ? t.Header[0].Count : 0, t.Rows.Count > 0 ? t.Rows.Max(r => r.Count) : 0);
        if (cols == 0) return;
        double gap = style.BodySize * 1.0;
        var allRows = t.Header.Select(r => (Row: r, Header: true)).Concat(t.Rows.Select(r => (Row: r, Header: false))).ToList();
        var min = new double[cols]; var max = new double[cols];
        foreach (var (row, header) in allRows)
            for (int c = 0; c < row.Count && c < cols; c++)
            {
                var runs = flattener.Flatten(row[c].Content, header ? FontFlags.Italic : FontFlags.None, cellCtx.Size, language);
                var (mn, mx) = Measure(runs, cellCtx);
                min[c] = Math.Max(min[c], mn); max[c] = Math.Max(max[c], mx);
            }
        double avail = ctx.Width - gap * (cols - 1);
        var widths = new double[cols];
        if (max.Sum() <= avail) Array.Copy(max, widths, cols);
        else if (min.Sum() >= avail)
        {
            diags.Warning(t.Span, $"{t.Label ?? "a table"} is wider than the page even with its columns at their narrowest; shorten the longest words or split the table");
            for (int c = 0; c < cols; c++) widths[c] = avail * min[c] / min.Sum();
        }
        else
        {
            double extra = avail - min.Sum(), want = max.Sum() - min.Sum();
            for (int c = 0; c < cols; c++) widths[c] = min[c] + (max[c] - min[c]) / want * extra;
        }
        double tableWidth = widths.Sum() + gap * (cols - 1);
        bool fullWidth = tableWidth > ctx.Width * 0.7;
        if (fullWidth && tableWidth < ctx.Width)
        {
            // Spread a nearly-full table to the measure: the last column gets the rest.
            widths[^1] += ctx.Width - tableWidth; tableWidth = ctx.Width;
        }
        double left = ctx.Left + (fullWidth ? 0 : (ctx.Width - tableWidth) / 2);
        var xs = new double[cols];
        for (int c = 1; c < cols; c++) xs[c] = xs[c - 1] + widths[c - 1] + gap;

        Space(items, ctx.Leading * 0.6);
        var captionContent = CaptionContent(t.Label, t.Caption);
        // A caption may be wider than a narrow table: it runs on rather than break its words.
        var capLines = Paragraph(items, captionContent, cellCtx with { Left = left, Width = tableWidth }, Alignment.Left, 0, t.Span, hyphenate: false, emergency: false);
        foreach (var l in capLines) l.BreakAfter = false;
        Tag(capLines, Parent, "Caption");
        var topRule = Rule(left, tableWidth, ThickRule, style.SmallLeading * 0.3);
        items.Add(topRule);

        var headerItems = new List<VItem>();
        foreach (var (row, header) in allRows.Where(r => r.Header))
        {
            var it = Row(row, true, t.Align, xs, widths, left, cellCtx, null);
            it.BreakAfter = false; headerItems.Add(it);
        }
        var mid = Rule(left, tableWidth, ThinRule, style.SmallLeading * 0.25);
        if (headerItems.Count > 0) { items.AddRange(headerItems); items.Add(mid); }

        // What a continued table starts with on its next page.
        var contCaption = new List<VItem>();
        var contTmp = new List<VItem>();
        var contLines = Paragraph(contTmp, [.. captionContent, new Text(" (continued)")], cellCtx with { Left = left, Width = tableWidth }, Alignment.Left, 0, null, hyphenate: false, emergency: false);
        contCaption.AddRange(contTmp.OfType<LineItem>());
        contCaption.Add(Rule(left, tableWidth, ThickRule, style.SmallLeading * 0.3));
        contCaption.AddRange(headerItems);
        if (headerItems.Count > 0) contCaption.Add(Rule(left, tableWidth, ThinRule, style.SmallLeading * 0.25));
        foreach (var c in contCaption) c.BreakAfter = false;

        int firstRow = items.Count - headerItems.Count - (headerItems.Count > 0 ? 1 : 0);
        var bodyRows = allRows.Where(r => !r.Header).ToList();
        // A row must fit on a page under the repeated caption and header; a taller one is sliced.
        double tallest = style.TextHeight - contCaption.Sum(c => c.Height) - 2 * ctx.Leading;
        for (int r = 0; r < bodyRows.Count; r++)
        {
            var it = Row(bodyRows[r].Row, false, t.Align, xs, widths, left, cellCtx, r == 0 ? null : contCaption);
            // Never the header alone at a page's foot: no break before the first row; keep the last two rows together.
            it.BreakAfter = r < bodyRows.Count - 2;
            items.AddRange(Slices(it, tallest, cellCtx.Leading, contCaption));
        }
        WarnSetting(t.Span, items.Skip(firstRow).OfType<DrawItem>().SelectMany(d => d.Lines.Select(l => l.Line.Line)).ToList());
        var bottom = Rule(left, tableWidth, ThickRule, style.SmallLeading * 0.3);
        bottom.BreakAfter = t.Notes.Count == 0;
        items.Add(bottom);
        TableNotes(items, t.Notes, left, tableWidth, ctx);
        Space(items, ctx.Leading * 0.6);
    }

    static IReadOnlyList<Inline> CaptionContent(string? label, IReadOnlyList<Inline> caption) =>
        label is null ? caption : [new Strong([new Text(label)]), new Text(caption.Count > 0 ? "\u2003" : ""), .. caption];

    void TableNotes(List<VItem> items, IReadOnlyList<TableNote> notes, double left, double width, BlockContext ctx)
    {
        if (notes.Count == 0) return;
        items.Add(new SpaceItem { Height = style.NoteLeading * 0.3, BreakAfter = false });
        var noteCtx = ctx with { Left = left, Width = width, Size = style.NoteSize, Leading = style.NoteLeading };
        foreach (var n in notes)
        {
            IReadOnlyList<Inline> content = n.Mark.Length > 0 ? [new Span([new Text(n.Mark)], null, ["table-note-mark"]), new Text("\u2002"), .. n.Content] : n.Content;
            var lines = Paragraph(items, content, noteCtx, Alignment.Left, 0, null, hyphenate: true);
            Tag(lines, BlockParent, "Note");
            if (lines.Count > 0) lines[^1].BreakAfter = true;
        }
    }

    /// <summary>
    /// A row taller than <paramref name="tallest"/> cut into slices of whole lines, each free to end a
    /// page and each continued under the repeated caption; shorter rows pass through unchanged.
    /// </summary>
    static IEnumerable<DrawItem> Slices(DrawItem row, double tallest, double leading, IReadOnlyList<VItem> continuation)
    {
        int perSlice = Math.Max(1, (int)Math.Floor(tallest / leading));
        if (row.Height <= tallest || row.Items.Count > 0) { yield return row; yield break; }
        double pad = row.Lines.Count > 0 ? row.Lines.Min(l => l.Y) : 0;
        int lineCount = (int)Math.Round((row.Height - 2 * pad) / leading);
        for (int first = 0; first < lineCount; first += perSlice)
        {
            int n = Math.Min(perSlice, lineCount - first);
            bool last = first + n >= lineCount;
            var slice = new DrawItem
            {
                Height = n * leading + (first == 0 ? pad : 0) + (last ? pad : 0),
                ContinuationHeader = first == 0 ? row.ContinuationHeader : continuation,
                BreakAfter = last ? row.BreakAfter : true,
            };
            double top = first * leading + pad - (first == 0 ? pad : 0);
            foreach (var (line, x, y) in row.Lines)
            {
                int index = (int)Math.Round((y - pad) / leading);
                if (index >= first && index < first + n) slice.Lines.Add((line, x, y - top));
            }
            yield return slice;
        }
    }

    DrawItem Rule(double left, double width, double thickness, double spaceAfter)
    {
        var d = new DrawItem { Height = thickness + spaceAfter, BreakAfter = false };
        d.Items.Add(new Pages.Rule(left, thickness / 2, left + width, thickness / 2, thickness));
        return d;
    }

    DrawItem Row(IReadOnlyList<TableCell> row, bool header, IReadOnlyList<ColumnAlign> align, double[] xs, double[] widths, double left,
        BlockContext cellCtx, IReadOnlyList<VItem>? continuation)
    {
        var cells = new List<(List<TextLine> Lines, double X)>();
        int maxLines = 1;
        for (int c = 0; c < row.Count && c < xs.Length; c++)
        {
            var a = c < align.Count ? align[c] : ColumnAlign.Default;
            if (a == ColumnAlign.Default) a = row[c].Numeric ? ColumnAlign.Right : ColumnAlign.Left;
            var content = row[c].Marked ? [.. row[c].Content, new Span([new Text("*")], null, ["table-note-mark"])] : row[c].Content;
            var runs = flattener.Flatten(content, header ? FontFlags.Italic : FontFlags.None, cellCtx.Size, language);
            var lines = setter.Set(runs, new ParagraphSpec(widths[c], cellCtx.Leading, a switch
            {
                ColumnAlign.Right => Alignment.Right,
                ColumnAlign.Center => Alignment.Center,
                _ => Alignment.Left,
            }, 0, 0, 0, true, language), out _);
            cells.Add((lines, left + xs[c]));
            maxLines = Math.Max(maxLines, lines.Count);
        }
        double pad = cellCtx.Leading * 0.15;
        var d = new DrawItem { Height = maxLines * cellCtx.Leading + 2 * pad, ContinuationHeader = continuation };
        var tr = Parent?.Add("TR");
        foreach (var (lines, x) in cells)
        {
            var cell = tr?.Add(header ? "TH" : "TD");
            foreach (var line in lines) line.Tag = cell;
            for (int i = 0; i < lines.Count; i++)
                d.Lines.Add((new LineItem { Line = lines[i], X = x, Height = cellCtx.Leading, Baseline = cellCtx.Leading * 0.78 }, x, pad + i * cellCtx.Leading));
        }
        return d;
    }

    /// <summary>Narrowest (longest unbreakable word) and natural (one line) widths of a cell.</summary>
    (double Min, double Max) Measure(List<StyledRun> runs, BlockContext ctx)
    {
        var natural = setter.Set(runs, new ParagraphSpec(100000, ctx.Leading, Alignment.Left, 0, 0, 0, false, language), out _);
        double max = natural.Count == 0 ? 0 : natural.Max(l => l.Width);
        double min = 0;
        foreach (var run in runs)
            foreach (var word in run.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var w = setter.Set([run with { Text = word }], new ParagraphSpec(100000, ctx.Leading, Alignment.Left, 0, 0, 0, false, language), out _);
                if (w.Count > 0) min = Math.Max(min, w[0].Width);
            }
        return (Math.Min(min, max), max);
    }

    /// <summary>A horizontal bar chart drawn as vectors, labels as real text, caption below.</summary>
    void ChartBlock(List<VItem> items, BarChart c, BlockContext ctx)
    {
        if (c.Bars.Count == 0) return;
        var small = ctx with { Size = style.SmallSize, Leading = style.SmallLeading };
        double labelWidth = 0;
        var labels = c.Bars.Select(b => setter.Set(flattener.Flatten([new Text(b.Label)], FontFlags.None, small.Size, language),
            new ParagraphSpec(ctx.Width * 0.4, small.Leading, Alignment.Right, 0, 0, 0, false, language), out _)).ToList();
        foreach (var l in labels) labelWidth = Math.Max(labelWidth, l.Max(x => x.Width));
        double maxValue = c.Bars.Max(b => b.Value);
        double valueRoom = style.BodySize * 3.5;
        double barLeft = ctx.Left + labelWidth + style.BodySize * 0.8;
        double barSpan = ctx.Width - (barLeft - ctx.Left) - valueRoom;
        Space(items, ctx.Leading * 0.6);
        double rowH = small.Leading * 1.5;
        for (int i = 0; i < c.Bars.Count; i++)
        {
            var d = new DrawItem { Height = rowH, BreakAfter = false };
            double w = maxValue > 0 ? barSpan * c.Bars[i].Value / maxValue : 0;
            d.Items.Add(new FilledRect(barLeft, rowH * 0.18, Math.Max(w, 0.5), rowH * 0.64, 0.35));
            var lab = labels[i];
            double y0 = (rowH - lab.Count * small.Leading) / 2;
            for (int k = 0; k < lab.Count; k++)
                d.Lines.Add((new LineItem { Line = lab[k], X = ctx.Left, Height = small.Leading, Baseline = small.Leading * 0.78 },
                    ctx.Left + labelWidth - lab[k].Width, y0 + k * small.Leading));
            var valueText = Core.Project.Numbers.Format(c.Bars[i].Value.ToString(System.Globalization.CultureInfo.InvariantCulture), language);
            var val = setter.Set(flattener.Flatten([new Text(valueText)], FontFlags.None, small.Size, language),
                new ParagraphSpec(valueRoom, small.Leading, Alignment.Left, 0, 0, 0, false, language), out _);
            if (val.Count > 0)
                d.Lines.Add((new LineItem { Line = val[0], X = 0, Height = small.Leading, Baseline = small.Leading * 0.78 },
                    barLeft + w + style.BodySize * 0.4, (rowH - small.Leading) / 2));
            items.Add(d);
        }
        items.Add(new SpaceItem { Height = small.Leading * 0.4, BreakAfter = false });
        var cap = Paragraph(items, CaptionContent(c.Label, c.Caption), small, Alignment.Left, 0, c.Span, hyphenate: false);
        Tag(cap, Parent, "Caption");
        if (c.Notes.Count > 0) foreach (var l in cap) l.BreakAfter = false;
        TableNotes(items, c.Notes, ctx.Left, ctx.Width, ctx);
        Space(items, ctx.Leading * 0.6);
    }
}
