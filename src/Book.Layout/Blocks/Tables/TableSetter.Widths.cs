using System.Globalization;
using Book.Model;

namespace Book.Layout.Blocks;

/// <summary>Columns whose widths the source gives (Pandoc's multiline and grid tables, long pipe tables).</summary>
sealed partial class TableSetter
{
    /// <summary>
    /// Each column takes its fraction of the measure left between the gaps, as Pandoc's LaTeX does, so a
    /// table the source draws narrow stays narrow. Cells are set in the small size, hyphenated when their
    /// words do not fit, then in note size; a column too narrow even then is widened to its longest word,
    /// the width coming from columns with room to spare, and the table only sticks out when nothing has.
    /// </summary>
    TableFit FitGiven(Table t, IReadOnlyList<double> given, List<(IReadOnlyList<TableCell> Row, bool Header)> allRows, int cols, BlockContext ctx)
    {
        double sum = given.Sum();
        var share = given.Select(w => sum > 1 ? w / sum : w).ToArray();
        var steps = new List<(double Size, bool Hyphenate)> { (Small(ctx).Size, false), (Small(ctx).Size, true), (style.NoteSize, true) };
        BlockContext cell = ctx;
        double[] widths = [], min = [];
        double avail = 0;
        bool hyphenate = false;
        (int Col, string Word) widest = default;
        foreach (var (size, hyph) in steps)
        {
            cell = ctx with { Size = size, Leading = Math.Round(size * 1.3, 2), Indent = false };
            hyphenate = hyph;
            avail = ctx.Width - size * (cols - 1);
            widths = share.Select(s => s * avail).ToArray();
            min = new double[cols];
            double worst = 0;
            foreach (var (row, header) in allRows)
                for (int c = 0; c < row.Count && c < cols; c++)
                {
                    var m = MeasureCell(row[c], header, cell, hyph);
                    min[c] = Math.Max(min[c], m.Min);
                    if (m.Min - widths[c] > worst) { worst = m.Min - widths[c]; widest = (c + 1, m.Word); }
                }
            if (worst <= 0.01) break;
        }
        bool widened = false;
        for (int c = 0; c < cols; c++) widened |= min[c] > widths[c] + 0.01;
        if (widened) Widen(widths, min);
        bool overflows = widths.Sum() > avail + 0.01;
        if (widened)
        {
            string size = cell.Size.ToString("0.#", CultureInfo.InvariantCulture);
            string what = overflows
                ? "sticks out into the margin: its columns' widest words do not fit the measure"
                : $"has column {widest.Col} widened past the width the source gives it, to hold \u201C{widest.Word}\u201D in {size} pt type";
            diags.Warning(t.Span, $"{t.Label ?? "a table"} {what}; widen that column in the source or shorten the word");
        }
        return new TableFit(widths, cell.Size, cell, hyphenate, overflows) { Given = true };
    }

    /// <summary>Brings every column to its narrowest width, taking what that costs from the columns with room, in proportion to their room.</summary>
    static void Widen(double[] widths, double[] min)
    {
        double need = 0, room = 0;
        for (int c = 0; c < widths.Length; c++)
        {
            if (widths[c] < min[c]) { need += min[c] - widths[c]; widths[c] = min[c]; }
            else room += widths[c] - min[c];
        }
        if (room <= 0) return;
        double take = Math.Min(need, room);
        for (int c = 0; c < widths.Length; c++)
            if (widths[c] > min[c]) widths[c] -= (widths[c] - min[c]) * take / room;
    }
}
