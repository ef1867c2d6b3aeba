using Book.Model;

namespace Book.Core.Markdown;

static partial class TextTables
{
    /// <summary>
    /// A grid table: a top border of + and dashes, rows of | … | lines closed by +---+ borders, the
    /// header's closed by +===+. Cells hold Markdown blocks. Alignment colons sit on the header's
    /// +===+ line (on the top border when there is no header); widths come from the border's dashes.
    /// A grid that does not line up (or spans cells) is reported and left as text.
    /// </summary>
    static TextTable? Grid(IReadOnlyList<string> lines, int i, List<TextTableProblem> problems)
    {
        var top = lines[i].TrimEnd();
        int indent = Indent(top);
        if (indent > 3) return null;
        var bounds = Borders(top, indent);
        if (bounds is null || bounds.Count < 2) return null;
        int last = i;
        while (last + 1 < lines.Count && lines[last + 1].Length > indent && lines[last + 1][indent] is '|' or '+' && Indent(lines[last + 1]) == indent) last++;

        var rows = new List<List<int>>();
        var current = new List<int>();
        int headerEnd = -1; // index in rows where the body starts
        int headerLine = -1;
        for (int k = i + 1; k <= last; k++)
        {
            var line = lines[k].TrimEnd();
            if (line[indent] == '+')
            {
                if (!IsBorder(line, bounds))
                    return Problem(problems, k, indent, "this grid table's border does not line up with its top border, or joins cells; grid tables with cells spanning rows or columns are not supported, so it is left as text");
                if (current.Count == 0)
                    return Problem(problems, k, indent, "this grid table has two borders with no row between them; it is left as text");
                rows.Add(current);
                current = new List<int>();
                if (line.Contains('='))
                {
                    if (headerEnd >= 0)
                        return Problem(problems, k, indent, "this grid table has a second +===+ header border; it is left as text");
                    headerEnd = rows.Count;
                    headerLine = k;
                }
                continue;
            }
            for (int b = 0; b < bounds.Count; b++)
                if (bounds[b] >= line.Length || line[bounds[b]] != '|')
                    return Problem(problems, k, Math.Min(line.Length, bounds[b]), "a row of this grid table has no | where its top border has a +; grid tables with cells spanning columns are not supported, and the text must line up: it is left as text");
            current.Add(k);
        }
        if (current.Count > 0)
            return Problem(problems, last, indent, "this grid table does not end with a +---+ border; it is left as text");
        if (rows.Count == 0) return null;
        // A +===+ line closing the table marks no header: its rows are the body.
        if (headerEnd == rows.Count) { headerEnd = -1; }

        var alignLine = headerEnd > 0 ? lines[headerLine].TrimEnd() : top;
        var align = new List<ColumnAlign>();
        for (int b = 0; b + 1 < bounds.Count; b++)
        {
            var seg = alignLine[(bounds[b] + 1)..bounds[b + 1]];
            bool l = seg.StartsWith(':'), r = seg.EndsWith(':');
            align.Add((l, r) switch { (true, true) => ColumnAlign.Center, (true, false) => ColumnAlign.Left, (false, true) => ColumnAlign.Right, _ => ColumnAlign.Default });
        }
        // Pandoc's fractions: each column's dashes and one border, over the table's width or 72 characters.
        var raw = Enumerable.Range(0, bounds.Count - 1).Select(b => bounds[b + 1] - bounds[b]).ToList();
        double norm = Math.Max(raw.Sum() + raw.Count - 2, Columns);
        var widths = raw.Select(w => w / norm).ToArray();

        var cells = rows.Select(r => (IReadOnlyList<TextCell>)GridCells(lines, r, bounds)).ToList();
        var head = headerEnd > 0 ? cells.Take(headerEnd).ToList() : new List<IReadOnlyList<TextCell>>();
        var body = headerEnd > 0 ? cells.Skip(headerEnd).ToList() : cells;
        head = NoEmptyHeader(head);
        return new TextTable(TextTableKind.Grid, i, last, align, widths, head, body);
    }

    static TextTable? Problem(List<TextTableProblem> problems, int line, int column, string message)
    {
        problems.Add(new TextTableProblem(line, column, message));
        return null;
    }

    /// <summary>The + positions of a border line (+---+:==:+), or null when the line is none.</summary>
    static List<int>? Borders(string line, int indent)
    {
        if (line.Length < indent + 3 || line[indent] != '+' || line[^1] != '+') return null;
        var bounds = new List<int> { indent };
        for (int k = indent + 1; k < line.Length; k++)
        {
            char ch = line[k];
            if (ch == '+')
            {
                if (k == bounds[^1] + 1) return null;
                bounds.Add(k);
            }
            else if (ch is not ('-' or '=' or ':')) return null;
        }
        return bounds;
    }

    /// <summary>A border with its + exactly where the top border has them.</summary>
    static bool IsBorder(string line, List<int> bounds)
    {
        if (line.Length != bounds[^1] + 1) return false;
        for (int k = bounds[0]; k < line.Length; k++)
        {
            bool plus = bounds.BinarySearch(k) >= 0;
            if (plus ? line[k] != '+' : line[k] is not ('-' or '=' or ':')) return false;
        }
        return true;
    }

    /// <summary>A grid row's cells: each column's text between its bars, trailing spaces cut and one common leading space removed.</summary>
    static List<TextCell> GridCells(IReadOnlyList<string> lines, List<int> rowLines, List<int> bounds)
    {
        var cells = new List<TextCell>();
        for (int b = 0; b + 1 < bounds.Count; b++)
        {
            var parts = rowLines.Select(l => Slice(lines[l].TrimEnd(), bounds[b] + 1, bounds[b + 1]).TrimEnd()).ToList();
            int column = bounds[b] + 1;
            if (parts.All(p => p.Length == 0 || p[0] == ' '))
            {
                parts = parts.Select(p => p.Length > 0 ? p[1..] : p).ToList();
                column++;
            }
            // Blank lines at the top and bottom of a cell are its padding, not its text.
            int first = parts.FindIndex(p => p.Trim().Length > 0);
            int lastText = parts.FindLastIndex(p => p.Trim().Length > 0);
            cells.Add(first < 0
                ? new TextCell("", rowLines[0], column)
                : new TextCell(string.Join('\n', parts.Skip(first).Take(lastText - first + 1)), rowLines[first], column));
        }
        return cells;
    }
}
