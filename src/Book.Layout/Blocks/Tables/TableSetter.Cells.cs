using System.Globalization;
using Book.Model;
using Book.Pages;
using Book.Layout.Flow;
using Book.Layout.Paragraphs;
using Book.Layout.Styles;

namespace Book.Layout.Blocks;

using Text = Book.Model.Text;

sealed partial class TableSetter
{
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
    public List<TextLine> SetCell(List<StyledRun> runs, double width, double leading, Alignment align, bool hyphenate, bool tabular)
    {
        var lines = setter.Set(runs, new ParagraphSpec(width, leading, align, 0, 0, 0, hyphenate, language), out _);
        if (tabular) foreach (var l in lines) TabularFigures(l, align);
        return lines;
    }

    DrawItem Row(IReadOnlyList<TableCell> row, bool header, IReadOnlyList<ColumnAlign> align, double[] xs, double[] widths, double left,
        BlockContext cellCtx, bool hyphenate, IReadOnlyList<VItem>? continuation)
    {
        double pad = cellCtx.Leading * 0.18;
        var tr = layout.Parent?.Add("TR");
        var placed = new List<(LineItem Line, double X, double Y)>();
        var drawn = new List<PageItem>();
        double height = cellCtx.Leading;
        for (int c = 0; c < row.Count && c < xs.Length; c++)
        {
            var cell = tr?.Add(header ? "TH" : "TD");
            double x = left + xs[c];
            if (row[c].Blocks is { } blocks)
            {
                height = Math.Max(height, BlockCell(blocks, CellAlignment(row[c], c, align), header, x, widths[c], pad, cellCtx, cell, placed, drawn));
                continue;
            }
            // Words are hyphenated only when whole words do not fit the columns: a narrow column
            // set ragged reads better with short lines than with broken words.
            var lines = SetCell(CellRuns(row[c], header, cellCtx.Size), widths[c], cellCtx.Leading, CellAlignment(row[c], c, align), hyphenate, !header);
            foreach (var line in lines) line.Tag = cell;
            for (int i = 0; i < lines.Count; i++)
                placed.Add((new LineItem { Line = lines[i], X = x, Height = cellCtx.Leading, Baseline = BookStyle.Baseline(cellCtx.Leading) }, x, pad + i * cellCtx.Leading));
            height = Math.Max(height, lines.Count * cellCtx.Leading);
        }
        var d = new DrawItem { Height = height + 2 * pad, ContinuationHeader = continuation, BreakAfter = false };
        d.Lines.AddRange(placed);
        d.Items.AddRange(drawn);
        return d;
    }

    /// <summary>
    /// A cell's narrowest width (its widest unbreakable word, or word fragment when hyphenating),
    /// the width of its widest whole word, its natural one-line width, and that word for warnings.
    /// </summary>
    (double Min, double WholeWords, double Max, string Word) MeasureCell(TableCell cell, bool header, BlockContext ctx, bool hyphenate)
    {
        if (cell.Blocks is { } blocks) return MeasureBlocks(blocks, header, ctx, hyphenate);
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
            line.MoveMark(i, m.X + before);
        }
        line.Width += delta;
        double back = align switch { Alignment.Right => -delta, Alignment.Center => -delta / 2, _ => 0 };
        if (back == 0) return;
        for (int i = 0; i < line.Pieces.Count; i++) line.Pieces[i] = line.Pieces[i] with { X = line.Pieces[i].X + back };
        for (int i = 0; i < line.Marks.Count; i++) line.MoveMark(i, line.Marks[i].X + back);
    }

}
