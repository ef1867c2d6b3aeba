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
    /// <summary>
    /// Column widths like a browser's automatic table layout: every column at its natural width
    /// when that fits, else each at its narrowest plus a share of the room left in proportion to
    /// what it would like. When even the narrowest widths do not fit, the cells are set smaller
    /// and then with hyphenation inside words; only if that fails too do columns overflow.
    /// </summary>
    TableFit FitColumns(Table t, List<(IReadOnlyList<TableCell> Row, bool Header)> allRows, int cols, BlockContext ctx)
    {
        if (t.Widths is { } given && given.Count == cols && given.All(w => w > 0) && given.Sum() > 0) return FitGiven(t, given, allRows, cols, ctx);
        // The space between columns is an em of the cells' type: it shrinks with them.
        double Avail(double size) => ctx.Width - size * (cols - 1);
        var (small, _) = Small(ctx);
        double avail = Avail(small);
        // Whole words first, then words hyphenated inside cells (ordinary table setting), and only
        // then smaller type, which is worth a warning.
        double smallest = Math.Round(style.BodySize * 0.72, 2);
        var steps = new List<(double Size, bool Hyphenate)> { (small, false), (small, true), (style.NoteSize, true) };
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
        if (cell.Size < small || overflows)
        {
            string where = widest.Row <= 0 ? $"the header, column {widest.Col}" : $"row {widest.Row}, column {widest.Col}";
            string size = cell.Size.ToString("0.#", CultureInfo.InvariantCulture);
            string what = overflows
                ? $"is wider than the page even in {size} pt type with words hyphenated in its cells; it sticks out into the margin"
                : belowSmallest
                ? $"is wider than the page even in {smallest.ToString("0.#", CultureInfo.InvariantCulture)} pt type with words hyphenated in its cells; set in {size} pt, too small to read comfortably"
                : $"is wider than the page at its narrowest in {small.ToString("0.#", CultureInfo.InvariantCulture)} pt type, even with words hyphenated in its cells; set in {size} pt";
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

}
