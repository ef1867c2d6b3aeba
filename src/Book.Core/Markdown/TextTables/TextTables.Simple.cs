using Book.Model;

namespace Book.Core.Markdown;

static partial class TextTables
{
    /// <summary>
    /// A simple table: a header line over a line of dash runs, one line per row, ended by a blank line
    /// (or by a dash line and a blank line); without a header it opens and closes with dash lines.
    /// One column is never a simple table: "Title" over dashes is a setext heading, and dashes around a
    /// line are rules. Pandoc gives simple tables no relative widths, and neither does this.
    /// </summary>
    static TextTable? Simple(IReadOnlyList<string> lines, int i, bool header)
    {
        int dashAt = header ? i + 1 : i;
        if (dashAt >= lines.Count) return null;
        if (header && (IsDashLine(lines[i]) || lines[i].TrimStart().StartsWith('+'))) return null;
        var runs = DashRuns(lines[dashAt]);
        if (runs is null || runs.Count < 2) return null;
        var rows = new List<int>();
        int k = dashAt + 1, last = -1;
        for (; k < lines.Count; k++)
        {
            if (Blank(lines[k]))
            {
                if (!header) return null; // a headerless one must close with dashes
                last = k - 1;
                break;
            }
            if (IsDashLine(lines[k]))
            {
                if (!EndsHere(lines, k)) return null;
                last = k;
                break;
            }
            rows.Add(k);
        }
        if (k >= lines.Count)
        {
            if (!header) return null;
            last = lines.Count - 1;
        }
        if (rows.Count == 0) return null;

        var headLines = header ? new List<int> { i } : [rows[0]];
        var align = runs.Select((r, c) => AlignOf(headLines.Select(l => RawSlice(lines[l], runs, c)), r.End - r.Start)).ToList();
        var head = header ? [Cells(lines, [i], runs)] : new List<IReadOnlyList<TextCell>>();
        var body = rows.Select(r => Cells(lines, [r], runs)).ToList();
        return new TextTable(TextTableKind.Simple, i, last, align, null, NoEmptyHeader(head), body);
    }

    /// <summary>
    /// A multiline table: a dash line, the header's lines, a line of dash runs, rows of one or more lines
    /// with a blank line between rows, and a closing dash line followed by a blank line. Without a header
    /// the dash runs open it. Its columns keep the widths of their dashes, as Pandoc's do.
    /// </summary>
    static TextTable? Multiline(IReadOnlyList<string> lines, int i, bool header)
    {
        if (!IsDashLine(lines[i])) return null;
        int sep = i;
        var headLines = new List<int>();
        if (header)
        {
            int k = i + 1;
            while (k < lines.Count && !Blank(lines[k]) && !IsDashLine(lines[k])) headLines.Add(k++);
            if (headLines.Count == 0 || k >= lines.Count || Blank(lines[k])) return null;
            sep = k;
        }
        var runs = DashRuns(lines[sep]);
        if (runs is null || runs.Count < 2) return null;
        // The first row follows at once: a blank line there ends whatever this is (a headerless simple table, rules).
        if (sep + 1 >= lines.Count || Blank(lines[sep + 1]) || IsDashLine(lines[sep + 1])) return null;
        var rows = new List<List<int>>();
        int last = -1;
        var current = new List<int>();
        for (int k = sep + 1; k < lines.Count; k++)
        {
            if (IsDashLine(lines[k]))
            {
                if (!EndsHere(lines, k)) return null;
                last = k;
                break;
            }
            if (Blank(lines[k]))
            {
                if (current.Count > 0) rows.Add(current);
                current = new List<int>();
                continue;
            }
            current.Add(k);
        }
        if (last < 0) return null;
        if (current.Count > 0) rows.Add(current);
        if (rows.Count == 0) return null;
        // Headerless, the blank lines are what tell it from a simple table: one row without them is a simple one.
        if (!header && rows.Count == 1 && rows[0].Count == 1) return null;

        var alignFrom = header ? headLines : rows[0];
        var align = runs.Select((r, c) => AlignOf(alignFrom.Select(l => RawSlice(lines[l], runs, c)), r.End - r.Start)).ToList();
        var head = header ? [Cells(lines, headLines, runs)] : new List<IReadOnlyList<TextCell>>();
        var body = rows.Select(r => Cells(lines, r, runs)).ToList();
        return new TextTable(TextTableKind.Multiline, i, last, align, WidthsFromRuns(runs), NoEmptyHeader(head), body);
    }

    /// <summary>
    /// Pandoc's relative widths: each column from its dashes' start to the next column's start, the last
    /// its dashes and one more (a column a space or two narrower than the one before it is taken as wide as
    /// that one: the gap it lacks is the table's right edge), over 72 characters or the table's width if wider.
    /// </summary>
    static double[] WidthsFromRuns(List<(int Start, int End)> runs)
    {
        var lengths = new int[runs.Count];
        for (int c = 0; c < runs.Count; c++)
            lengths[c] = c + 1 < runs.Count ? runs[c + 1].Start - runs[c].Start : runs[c].End - runs[c].Start + 1;
        if (runs.Count >= 2)
        {
            int x = lengths[^1], y = lengths[^2];
            if (x < y && y - x <= 2) lengths[^1] = y;
        }
        double total = Math.Max(lengths.Sum() + runs[0].Start, Columns);
        return lengths.Select(l => l / total).ToArray();
    }

    /// <summary>Column <paramref name="c"/> of a line as it stands: from its dashes' start to the next column's (the first from the margin, so no text is lost).</summary>
    static string RawSlice(string line, List<(int Start, int End)> runs, int c) =>
        Slice(line, c == 0 ? runs[0].Start : runs[c].Start, c + 1 < runs.Count ? runs[c + 1].Start : int.MaxValue);

    /// <summary>One row's cells from its source lines, each column's text trimmed, its lines joined.</summary>
    static List<TextCell> Cells(IReadOnlyList<string> lines, List<int> rowLines, List<(int Start, int End)> runs)
    {
        var cells = new List<TextCell>(runs.Count);
        for (int c = 0; c < runs.Count; c++)
        {
            int from = c == 0 ? 0 : runs[c].Start, to = c + 1 < runs.Count ? runs[c + 1].Start : int.MaxValue;
            var parts = new List<string>();
            int line = rowLines[0], column = from;
            foreach (var l in rowLines)
            {
                var raw = Slice(lines[l], from, to);
                var t = raw.Trim();
                if (t.Length == 0) continue;
                if (parts.Count == 0) { line = l; column = from + raw.Length - raw.TrimStart().Length; }
                parts.Add(t);
            }
            cells.Add(new TextCell(string.Join('\n', parts), line, column));
        }
        return cells;
    }

    /// <summary>A header of nothing but empty cells is no header (Pandoc's rule).</summary>
    static List<IReadOnlyList<TextCell>> NoEmptyHeader(List<IReadOnlyList<TextCell>> head) =>
        head.Count == 1 && head[0].All(c => c.Text.Length == 0) ? [] : head;
}
