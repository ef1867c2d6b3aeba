using System.Globalization;
using Book.Model;
using Book.Pages;
using Book.Layout.Flow;
using Book.Layout.Paragraphs;
using Book.Layout.Styles;

namespace Book.Layout.Blocks;

using Text = Book.Model.Text;

public sealed partial class BlockLayout
{
    const double ThickRule = 0.8, ThinRule = 0.4;
    /// <summary>A table narrower than this share of the measure is widened to it, so its caption and notes have room.</summary>
    const double MinTableShare = 0.6;
    /// <summary>A table wider than this share of the measure is spread to the full measure.</summary>
    const double FullTableShare = 0.75;
    /// <summary>The smallest type a table is set in to make it fit, in points.</summary>
    const double MinTableSize = 5;
    /// <summary>A table of this many body rows or fewer is kept on one page.</summary>
    const int ShortTableRows = 8;

    /// <summary>Column widths and the type a table is set in, once they fit the measure.</summary>
    sealed record TableFit(double[] Widths, double Gap, BlockContext Cell, bool Hyphenated, bool Overflows);

    /// <summary>
    /// A booktabs table: caption above, rules top / under the header / bottom, no vertical rules,
    /// column widths from content like a browser's auto layout, header repeated after a page break.
    /// A table too wide for the measure is set smaller, then with words hyphenated inside cells,
    /// with a warning naming its widest cell.
    /// </summary>
    void TableBlock(List<VItem> items, Table t, BlockContext ctx)
    {
        int cols = Math.Max(t.Header.Count > 0 ? t.Header.Max(r => r.Count) : 0, t.Rows.Count > 0 ? t.Rows.Max(r => r.Count) : 0);
        if (cols == 0) return;
        var allRows = t.Header.Select(r => (Row: r, Header: true)).Concat(t.Rows.Select(r => (Row: r, Header: false))).ToList();
        var fit = FitColumns(t, allRows, cols, ctx);
        double gap = fit.Gap;
        var widths = fit.Widths;
        var cellCtx = fit.Cell;

        double tableWidth = widths.Sum() + gap * (cols - 1);
        double target = tableWidth > ctx.Width * FullTableShare ? ctx.Width : Math.Max(tableWidth, ctx.Width * MinTableShare);
        if (!fit.Overflows && target > tableWidth) Spread(widths, target - tableWidth, t, cols);
        tableWidth = widths.Sum() + gap * (cols - 1);
        double left = ctx.Left + Math.Max(0, (ctx.Width - tableWidth) / 2);
        // The caption and notes stay within the measure when the columns cannot.
        double textWidth = Math.Min(tableWidth, ctx.Width);
        var xs = new double[cols];
        for (int c = 1; c < cols; c++) xs[c] = xs[c - 1] + widths[c - 1] + gap;

        // Caption and notes keep the book's small size even when the cells are reduced.
        var captionCtx = ctx with { Left = left, Width = textWidth, Size = style.SmallSize, Leading = style.SmallLeading, Indent = false };
        Space(items, ctx.Leading * 0.6);
        var captionContent = CaptionContent(t.Label, t.Caption);
        captionContent = [new Target(ListOfBlock.AnchorOf(t.Id, t.Label)), .. captionContent];
        var capLines = Paragraph(items, captionContent, captionCtx, Alignment.Left, 0, t.Span, hyphenate: false);
        foreach (var l in capLines) l.BreakAfter = false;
        Tag(capLines, Parent, "Caption");
        items.Add(Rule(left, tableWidth, ThickRule, cellCtx.Leading * 0.3));
        int headerStart = items.Count;

        var headerRows = allRows.Where(r => r.Header).Select(r => r.Row).ToList();
        foreach (var row in headerRows) items.Add(Row(row, true, t.Align, xs, widths, left, cellCtx, fit.Hyphenated, null));
        if (headerRows.Count > 0) items.Add(Rule(left, tableWidth, ThinRule, cellCtx.Leading * 0.25));

        // What a continued table starts with on its next page: the same caption marked "(continued)"
        // and the header again. Its lines carry no notes: those were placed with the first page.
        var contCaption = new List<VItem>();
        var contTmp = new List<VItem>();
        // Without the table's target: the anchor stays where the table starts (a second one is a duplicate destination).
        Paragraph(contTmp, [.. CaptionContent(t.Label, t.Caption), new Text(" (continued)")], captionCtx, Alignment.Left, 0, null, hyphenate: false);
        contCaption.AddRange(contTmp.OfType<LineItem>());
        contCaption.Add(Rule(left, tableWidth, ThickRule, cellCtx.Leading * 0.3));
        foreach (var row in headerRows) contCaption.Add(Row(row, true, t.Align, xs, widths, left, cellCtx, fit.Hyphenated, null));
        if (headerRows.Count > 0) contCaption.Add(Rule(left, tableWidth, ThinRule, cellCtx.Leading * 0.25));
        foreach (var c in contCaption)
        {
            c.BreakAfter = false;
            foreach (var line in Lines(c)) line.NoteIds.Clear();
        }

        var bodyRows = allRows.Where(r => !r.Header).ToList();
        // A row must fit on a page under the repeated caption and header; a taller one is sliced.
        double tallest = style.TextHeight - contCaption.Sum(c => c.Height) - 2 * ctx.Leading;
        for (int r = 0; r < bodyRows.Count; r++)
        {
            var it = Row(bodyRows[r].Row, false, t.Align, xs, widths, left, cellCtx, fit.Hyphenated, r == 0 ? null : contCaption);
            // Never the header alone at a page's foot: the first two rows stay with it, the last two
            // together; a short table is never broken at all (it moves whole to the next page).
            it.BreakAfter = bodyRows.Count > ShortTableRows && r >= 1 && r < bodyRows.Count - 2;
            items.AddRange(Slices(it, tallest, cellCtx.Leading, contCaption));
        }
        WarnSetting(t.Span, items.Skip(headerStart).OfType<DrawItem>().SelectMany(d => d.Lines.Select(l => l.Line.Line)).ToList());
        var bottom = Rule(left, tableWidth, ThickRule, cellCtx.Leading * 0.3);
        bottom.BreakAfter = t.Notes.Count == 0;
        items.Add(bottom);
        TableNotes(items, t.Notes, left, textWidth, ctx);
        Space(items, ctx.Leading * 0.6);
    }

    static IEnumerable<TextLine> Lines(VItem item) => item switch
    {
        LineItem l => [l.Line],
        DrawItem d => d.Lines.Select(x => x.Line.Line),
        _ => [],
    };

    /// <summary>
    /// Column widths like a browser's automatic table layout: every column at its natural width
    /// when that fits, else each at its narrowest plus a share of the room left in proportion to
    /// what it would like. When even the narrowest widths do not fit, the cells are set smaller
    /// and then with hyphenation inside words; only if that fails too do columns overflow.
    /// </summary>
    TableFit FitColumns(Table t, List<(IReadOnlyList<TableCell> Row, bool Header)> allRows, int cols, BlockContext ctx)
    {
        // The space between columns is an em of the cells' type: it shrinks with them.
        double Avail(double size) => ctx.Width - size * (cols - 1);
        double avail = Avail(style.SmallSize);
        // Whole words first, then words hyphenated inside cells (ordinary table setting), and only
        // then smaller type, which is worth a warning.
        double smallest = Math.Round(style.BodySize * 0.72, 2);
        var steps = new List<(double Size, bool Hyphenate)> { (style.SmallSize, false), (style.SmallSize, true), (style.NoteSize, true) };
        if (smallest < style.NoteSize) steps.Add((smallest, true));

        double[] min = [], wholeMin = [], max = [], bodyMax = [];
        int bodyRows = allRows.Count(r => !r.Header);
        (int Row, int Col, string Word) widest = default;
        BlockContext cell = ctx;
        bool hyphenating = false;
        void MeasureAll(double size, bool hyphenate)
        {
            cell = ctx with { Size = size, Leading = Math.Round(size * 1.3, 2), Indent = false };
            hyphenating = hyphenate;
            avail = Avail(size);
            min = new double[cols]; wholeMin = new double[cols]; max = new double[cols]; bodyMax = new double[cols];
            double widestMin = 0;
            for (int r = 0; r < allRows.Count; r++)
            {
                var (row, header) = allRows[r];
                for (int c = 0; c < row.Count && c < cols; c++)
                {
                    var m = MeasureCell(row[c], header, cell, hyphenate);
                    min[c] = Math.Max(min[c], m.Min); wholeMin[c] = Math.Max(wholeMin[c], m.WholeWords);
                    // A header may wrap to a second line more readily than the body: the body's
                    // natural widths decide the shares when the table must be narrowed.
                    max[c] = Math.Max(max[c], m.Max);
                    bodyMax[c] = Math.Max(bodyMax[c], header && bodyRows > 0 ? m.WholeWords : m.Max);
                    if (m.WholeWords > widestMin) { widestMin = m.WholeWords; widest = (r - t.Header.Count + 1, c + 1, m.Word); }
                }
            }
        }
        foreach (var (size, hyphenate) in steps)
        {
            MeasureAll(size, hyphenate);
            if (min.Sum() <= avail) break;
        }
        // Still too wide (long names are never hyphenated): smaller still, as small as it takes,
        // down to a floor below which type stops being legible; past that the table sticks out.
        bool belowSmallest = false;
        if (min.Sum() > avail)
        {
            double size = Math.Max(MinTableSize, Math.Floor(cell.Size * ctx.Width / (min.Sum() + cell.Size * (cols - 1)) * 10) / 10);
            MeasureAll(size, true);
            while (min.Sum() > avail && size > MinTableSize)
            {
                size = Math.Max(MinTableSize, size - 0.2);
                MeasureAll(size, true);
            }
            belowSmallest = true;
        }
        var widths = new double[cols];
        bool overflows = min.Sum() > avail;
        if (max.Sum() <= avail) Array.Copy(max, widths, cols);
        // Nothing fits: columns at their narrowest and the table sticking out into the margin,
        // as TeX's overfull boxes do, rather than words printed over their neighbours.
        else if (overflows) Array.Copy(min, widths, cols);
        else Share(widths, min, bodyMax, avail);
        bool hyphenated = hyphenating && wholeMin.Sum() > avail;
        if (cell.Size < style.SmallSize || overflows)
        {
            string where = widest.Row <= 0 ? $"the header, column {widest.Col}" : $"row {widest.Row}, column {widest.Col}";
            string size = cell.Size.ToString("0.#", CultureInfo.InvariantCulture);
            string what = overflows
                ? $"is wider than the page even in {size} pt type with words hyphenated in its cells; it sticks out into the margin"
                : belowSmallest
                ? $"is wider than the page even in {smallest.ToString("0.#", CultureInfo.InvariantCulture)} pt type with words hyphenated in its cells; set in {size} pt, too small to read comfortably"
                : $"is wider than the page at its narrowest in {style.SmallSize.ToString("0.#", CultureInfo.InvariantCulture)} pt type, even with words hyphenated in its cells; set in {size} pt";
            diags.Warning(t.Span, $"{t.Label ?? "a table"} {what} (its widest word, \u201C{widest.Word}\u201D, is in {where}); shorten the longest words or split the table");
        }
        return new TableFit(widths, cell.Size, cell, hyphenated, overflows);
    }

    /// <summary>
    /// Room beyond the narrowest widths goes to columns in proportion to their natural widths,
    /// none past its natural width: a short label column gets its share rather than being
    /// hyphenated while a column of long quotations takes everything.
    /// </summary>
    static void Share(double[] widths, double[] min, double[] max, double avail)
    {
        Array.Copy(min, widths, widths.Length);
        var open = Enumerable.Range(0, widths.Length).Where(c => max[c] > min[c]).ToHashSet();
        double extra = avail - min.Sum();
        while (extra > 0.01 && open.Count > 0)
        {
            double weight = open.Sum(c => max[c]);
            double given = 0;
            foreach (var c in open.ToList())
            {
                double add = Math.Min(extra * max[c] / weight, max[c] - widths[c]);
                widths[c] += add; given += add;
                if (widths[c] >= max[c] - 0.01) open.Remove(c);
            }
            extra -= given;
            if (given < 0.01) break;
        }
    }

    /// <summary>Gives a table's spare width to its text columns (numbers stay close to their labels), else to every column.</summary>
    static void Spread(double[] widths, double extra, Table t, int cols)
    {
        var text = Enumerable.Range(0, cols).Where(c => !IsNumberColumn(t, c)).ToList();
        if (text.Count == 0) text = Enumerable.Range(0, cols).ToList();
        double total = text.Sum(c => widths[c]);
        foreach (var c in text) widths[c] += total > 0 ? extra * widths[c] / total : extra / text.Count;
    }

    static bool IsNumberColumn(Table t, int c) =>
        t.Rows.Count > 0 && t.Rows.All(r => c >= r.Count || r[c].Numeric || r[c].Content.Count == 0);

    static IReadOnlyList<Inline> CaptionContent(string? label, IReadOnlyList<Inline> caption) =>
        label is null ? caption : [new Strong([new Text(label)]), new Text(caption.Count > 0 ? "\u2003" : ""), .. caption];

    void TableNotes(List<VItem> items, IReadOnlyList<TableNote> notes, double left, double width, BlockContext ctx)
    {
        if (notes.Count == 0) return;
        items.Add(new SpaceItem { Height = style.NoteLeading * 0.3, BreakAfter = false });
        var noteCtx = ctx with { Left = left, Width = width, Size = style.NoteSize, Leading = style.NoteLeading };
        var all = new List<LineItem>();
        foreach (var n in notes)
        {
            IReadOnlyList<Inline> content = n.Mark.Length > 0 ? [new Span([new Text(n.Mark)], null, ["table-note-mark"]), new Text("\u2002"), .. n.Content] : n.Content;
            var lines = Paragraph(items, content, noteCtx, Alignment.Left, 0, null, hyphenate: true);
            Tag(lines, BlockParent, "Note");
            if (lines.Count > 0) lines[^1].BreakAfter = true;
            all.AddRange(lines);
        }
        // The notes belong to the table: a few lines of them go with its last rows as one block;
        // a long set may break between notes, never before its first two lines.
        if (all.Count <= 10) foreach (var l in all) l.BreakAfter = false;
        else foreach (var l in all.Take(2)) l.BreakAfter = false;
        if (all.Count > 0) all[^1].BreakAfter = true;
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

    static Alignment CellAlignment(TableCell cell, int c, IReadOnlyList<ColumnAlign> align)
    {
        var a = c < align.Count ? align[c] : ColumnAlign.Default;
        if (a == ColumnAlign.Default) a = cell.Numeric ? ColumnAlign.Right : ColumnAlign.Left;
        return a switch { ColumnAlign.Right => Alignment.Right, ColumnAlign.Center => Alignment.Center, _ => Alignment.Left };
    }

    List<StyledRun> CellRuns(TableCell cell, bool header, double size)
    {
        var content = cell.Marked ? [.. cell.Content, new Span([new Text("*")], null, ["table-note-mark"])] : cell.Content;
        return flattener.Flatten(content, header ? FontFlags.Italic : FontFlags.None, size, language);
    }

    /// <summary>Sets a cell's text: ragged, hyphenated when it must, figures tabular in body cells.</summary>
    List<TextLine> SetCell(List<StyledRun> runs, double width, double leading, Alignment align, bool hyphenate, bool tabular)
    {
        var lines = setter.Set(runs, new ParagraphSpec(width, leading, align, 0, 0, 0, hyphenate, language), out _);
        if (tabular) foreach (var l in lines) TabularFigures(l, align);
        return lines;
    }

    DrawItem Row(IReadOnlyList<TableCell> row, bool header, IReadOnlyList<ColumnAlign> align, double[] xs, double[] widths, double left,
        BlockContext cellCtx, bool hyphenate, IReadOnlyList<VItem>? continuation)
    {
        var cells = new List<(List<TextLine> Lines, double X)>();
        int maxLines = 1;
        for (int c = 0; c < row.Count && c < xs.Length; c++)
        {
            // Words are hyphenated only when whole words do not fit the columns: a narrow column
            // set ragged reads better with short lines than with broken words.
            var lines = SetCell(CellRuns(row[c], header, cellCtx.Size), widths[c], cellCtx.Leading, CellAlignment(row[c], c, align), hyphenate, !header);
            cells.Add((lines, left + xs[c]));
            maxLines = Math.Max(maxLines, lines.Count);
        }
        double pad = cellCtx.Leading * 0.18;
        var d = new DrawItem { Height = maxLines * cellCtx.Leading + 2 * pad, ContinuationHeader = continuation, BreakAfter = false };
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

    /// <summary>
    /// A cell's narrowest width (its widest unbreakable word, or word fragment when hyphenating),
    /// the width of its widest whole word, its natural one-line width, and that word for warnings.
    /// </summary>
    (double Min, double WholeWords, double Max, string Word) MeasureCell(TableCell cell, bool header, BlockContext ctx, bool hyphenate)
    {
        var runs = CellRuns(cell, header, ctx.Size);
        var natural = SetCell(runs, 100000, ctx.Leading, Alignment.Left, false, !header);
        double max = natural.Count == 0 ? 0 : natural.Max(l => l.Width);
        // Set as narrow as possible: every line then holds one unbreakable unit (a word, with its note mark).
        var narrow = SetCell(runs, 0.5, ctx.Leading, Alignment.Left, false, !header);
        double wholeWords = narrow.Count == 0 ? 0 : narrow.Max(l => l.Width);
        var widestLine = narrow.Count == 0 ? null : narrow.MaxBy(l => l.Width);
        string word = widestLine is null ? "" : string.Concat(widestLine.Pieces.Select(p => p.Text)).Trim();
        double min = wholeWords;
        if (hyphenate)
        {
            var fragments = SetCell(runs, 0.5, ctx.Leading, Alignment.Left, true, !header);
            if (fragments.Count > 0) min = fragments.Max(l => l.Width);
        }
        return (Math.Min(min, max), Math.Min(wholeWords, max), max, word);
    }

    /// <summary>
    /// Replaces figures with the font's tabular ones ('tnum'), so digits in a column line up, and
    /// moves the line's pieces (and links) for the new widths, keeping a right- or centre-aligned
    /// line's edge where it was. Fonts without 'tnum' leave the line as set.
    /// </summary>
    static void TabularFigures(TextLine line, Alignment align)
    {
        double delta = 0;
        var moved = new List<(double X, double Delta)>();
        for (int i = 0; i < line.Pieces.Count; i++)
        {
            var p = line.Pieces[i];
            var map = p.Font.SingleSubstitutions("tnum");
            PlacedGlyph[]? glyphs = null;
            double change = 0, scale = p.Size / p.Font.UnitsPerEm;
            if (map.Count > 0)
                for (int k = 0; k < p.Glyphs.Length; k++)
                {
                    if (!map.TryGetValue(p.Glyphs[k].Glyph, out var tab)) continue;
                    glyphs ??= (PlacedGlyph[])p.Glyphs.Clone();
                    float advance = (float)(p.Font.GetAdvance(tab) * scale);
                    change += advance - p.Glyphs[k].Advance;
                    glyphs[k] = p.Glyphs[k] with { Glyph = tab, Advance = advance };
                }
            moved.Add((p.X, delta));
            line.Pieces[i] = p with { X = p.X + delta, Glyphs = glyphs ?? p.Glyphs, Width = p.Width + change };
            delta += change;
        }
        if (delta == 0) return;
        for (int i = 0; i < line.Marks.Count; i++)
        {
            var m = line.Marks[i];
            double before = moved.LastOrDefault(x => x.X <= m.X + 0.01).Delta;
            line.Marks[i] = m with { X = m.X + before };
        }
        line.Width += delta;
        double back = align switch { Alignment.Right => -delta, Alignment.Center => -delta / 2, _ => 0 };
        if (back == 0) return;
        for (int i = 0; i < line.Pieces.Count; i++) line.Pieces[i] = line.Pieces[i] with { X = line.Pieces[i].X + back };
        for (int i = 0; i < line.Marks.Count; i++) line.Marks[i] = line.Marks[i] with { X = line.Marks[i].X + back };
    }

    /// <summary>A horizontal bar chart drawn as vectors, labels as real text, caption below.</summary>
    void ChartBlock(List<VItem> items, BarChart c, BlockContext ctx)
    {
        if (c.Bars.Count == 0) return;
        var small = ctx with { Size = style.SmallSize, Leading = style.SmallLeading };
        // Labels are set flush left in a box as wide as the widest; each is then placed flush right against the bars.
        var labels = c.Bars.Select(b => SetCell(flattener.Flatten([new Text(b.Label)], FontFlags.None, small.Size, language),
            ctx.Width * 0.4, small.Leading, Alignment.Left, true, false)).ToList();
        double labelWidth = labels.Max(l => l.Count == 0 ? 0 : l.Max(x => x.Width));
        var values = c.Bars.Select(b => SetCell(flattener.Flatten([new Text(Numbers.Format(b.Value.ToString(CultureInfo.InvariantCulture), language))],
            FontFlags.None, small.Size, language), 100000, small.Leading, Alignment.Left, false, true)).ToList();
        double valueRoom = values.Max(v => v.Count == 0 ? 0 : v[0].Width) + style.BodySize * 0.5;
        double maxValue = c.Bars.Max(b => b.Value);
        double barLeft = ctx.Left + labelWidth + style.BodySize * 0.6;
        double barSpan = ctx.Width - (barLeft - ctx.Left) - valueRoom;
        Space(items, ctx.Leading * 0.6);
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
                d.Lines.Add((new LineItem { Line = lab[k], X = ctx.Left, Height = small.Leading, Baseline = small.Leading * 0.78 },
                    ctx.Left + labelWidth - lab[k].Width, y0 + k * small.Leading));
            if (values[i].Count > 0)
                d.Lines.Add((new LineItem { Line = values[i][0], X = 0, Height = small.Leading, Baseline = small.Leading * 0.78 },
                    barLeft + w + style.BodySize * 0.4, (h - small.Leading) / 2));
            items.Add(d);
        }
        items.Add(new SpaceItem { Height = small.Leading * 0.4, BreakAfter = false });
        var cap = Paragraph(items, [new Target(ListOfBlock.AnchorOf(c.Id, c.Label)), .. CaptionContent(c.Label, c.Caption)], small, Alignment.Left, 0, c.Span, hyphenate: false);
        Tag(cap, Parent, "Caption");
        if (c.Notes.Count > 0) foreach (var l in cap) l.BreakAfter = false;
        TableNotes(items, c.Notes, ctx.Left, ctx.Width, ctx);
        Space(items, ctx.Leading * 0.6);
    }
}
