using Book.Core.Markdown;
using Book.Model;
using SourceSpan = Book.Model.SourceSpan;

namespace Book.Core.Data;

/// <summary>
/// A <c>.table</c> div's CSV as a table: numeric columns found and grouped per language, a
/// source column turned into lettered notes (or one "Source:" line), comparison tables marking
/// the values that differ.
/// </summary>
public static class TableBuilder
{
    public static Model.Block Build(CsvData data, Dictionary<string, string> props, string? id, IReadOnlyList<Model.Inline> caption, SourceSpan at, ChapterParser parser, Locale locale)
    {
        var language = locale.Tag;
        string? citeCol = props.GetValueOrDefault("cite-column") ?? (data.Header.Contains("source") ? "source" : null);
        int cite = citeCol is null ? -1 : Array.IndexOf(data.Header, citeCol);
        if (citeCol is not null && cite < 0) parser.Diagnostics.Error(at, $"cite-column '{citeCol}' is not a column of {data.File}");
        bool compare = props.GetValueOrDefault("compare") is "true" or "yes";
        var shown = Enumerable.Range(0, data.Header.Length).Where(i => i != cite).ToArray();
        // The column whose cells carry a row's source mark: the first, unless the table groups
        // rows under a leading column (then the mark belongs with the account, not the group).
        int label = 0;
        if (props.GetValueOrDefault("label-column") is { } labelCol)
        {
            label = Array.IndexOf(shown, Array.IndexOf(data.Header, labelCol));
            if (label < 0) { parser.Diagnostics.Error(at, $"label-column '{labelCol}' is not a shown column of {data.File}"); label = 0; }
        }
        var numeric = shown.Select(i => i > 0 && data.Rows.All(r => r.Fields[i].Length == 0 || Numbers.IsNumber(r.Fields[i]))
                                         && data.Rows.Any(r => r.Fields[i].Length > 0)).ToArray();
        var raw = shown.Select(i => data.Header[i].Contains("year", StringComparison.OrdinalIgnoreCase)).ToArray();
        // In a comparison table a row is read across, and its cells mix figures and quoted words:
        // every source column is set flush left so the figures of one row start together.
        var align = ParseAlign(props.GetValueOrDefault("align"), compare ? new bool[numeric.Length] : numeric);
        var header = new List<IReadOnlyList<TableCell>>
        {
            shown.Select((col, k) => new TableCell(HeaderText(data.Header[col], compare && k > 0), numeric[k])).ToList(),
        };
        var rows = new List<IReadOnlyList<TableCell>>();
        var notes = new List<TableNote>();
        var sourceNotes = new Dictionary<string, string>(StringComparer.Ordinal); // keys → mark
        var keysAt = new Dictionary<string, SourceSpan>(StringComparer.Ordinal); // keys → the first cell naming them
        var marked = new List<string>();
        foreach (var (line, fields) in data.Rows)
        {
            var cells = new List<TableCell>();
            string? disagreement = compare ? Disagreement(fields, shown) : null;
            for (int k = 0; k < shown.Length; k++)
            {
                var v = fields[shown[k]];
                // A figure is grouped per the book's language wherever it stands (a column may mix
                // figures and words); a "year" column and the row labels keep their digits as written.
                bool number = k > 0 && Numbers.IsNumber(v);
                if (number && !raw[k]) v = Numbers.Format(v, language);
                IReadOnlyList<Model.Inline> content = numeric[k] || number ? [new Model.Text(v)] : parser.ParseInlines(v);
                bool mark = disagreement is not null && k > 0 && fields[shown[k]].Length > 0 && fields[shown[k]] != disagreement;
                cells.Add(new TableCell(content, numeric[k] || number, mark));
            }
            if (compare && cells.Any(x => x.Marked)) marked.Add(fields[shown[0]]);
            if (cite >= 0 && fields[cite].Length > 0)
            {
                var keys = string.Join("; ", fields[cite].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(k => "@" + k));
                if (!sourceNotes.TryGetValue(keys, out var m)) sourceNotes[keys] = m = NoteMark(sourceNotes.Count);
                keysAt.TryAdd(keys, new SourceSpan(data.File, line, cite + 1));
                cells[label] = cells[label] with { Content = [.. cells[label].Content, new Span([new Model.Text(m)], null, ["table-note-mark"])] };
            }
            rows.Add(cells);
        }
        if (sourceNotes.Count == 1)
        {
            // One source for every row: a plain "Source:" line, no marks.
            rows = rows.Select(r => (IReadOnlyList<TableCell>)r.Select((x, i) => i == label ? x with { Content = x.Content.Where(y => y is not Span { Classes: ["table-note-mark"] }).ToList() } : x).ToList()).ToList();
            var keys = sourceNotes.Keys.First();
            notes.Add(new TableNote("", [new Model.Text(locale.Source + " "), .. AtCell(parser.ParseInlines("[" + keys + "]"), keysAt[keys])]));
        }
        else
            foreach (var (keys, m) in sourceNotes)
                notes.Add(new TableNote(m, AtCell(parser.ParseInlines("[" + keys + "]"), keysAt[keys])));
        if (marked.Count > 0)
            notes.Add(new TableNote("*", [new Model.Text(locale.Format("marked-values", string.Join("; ", marked)))]));
        if (props.GetValueOrDefault("note") is { Length: > 0 } extra)
            notes.Add(new TableNote("", [new Model.Text(locale.Note + " "), .. parser.ParseInlines(extra)]));
        return new Model.Table(id, null, caption, align, header, rows, notes) { Span = at };
    }

    /// <summary>The citations made from a source cell answer for that cell (an unknown key is reported at the CSV row, not the chapter).</summary>
    static IReadOnlyList<Model.Inline> AtCell(IReadOnlyList<Model.Inline> inlines, SourceSpan cell) =>
        inlines.Select(i => i is Model.Citation c ? c with { Span = cell } : i).ToList();

    /// <summary>In a comparison row, the value most sources give (null when all agree).</summary>
    static string? Disagreement(string[] fields, int[] shown)
    {
        var values = shown.Skip(1).Select(i => fields[i]).Where(v => v.Length > 0).ToList();
        if (values.Distinct(StringComparer.Ordinal).Count() <= 1) return null;
        return values.GroupBy(v => v, StringComparer.Ordinal).OrderByDescending(g => g.Count()).First().Key;
    }

    /// <summary>A header cell; in a comparison table a source column's header names the source (resolved from its key).</summary>
    static IReadOnlyList<Model.Inline> HeaderText(string h, bool sourceColumn) =>
        sourceColumn ? [new Model.Citation([new CitationItem(h, null, null, null, false)], true, null)]
        : [new Model.Text(h.Length > 0 ? char.ToUpperInvariant(h[0]) + h[1..].Replace('-', ' ').Replace('_', ' ') : h)];

    static IReadOnlyList<ColumnAlign> ParseAlign(string? spec, bool[] numeric)
    {
        var result = new List<ColumnAlign>();
        for (int i = 0; i < numeric.Length; i++)
        {
            char c = spec is not null && i < spec.Length ? spec[i] : numeric[i] ? 'r' : 'l';
            result.Add(c switch { 'r' => ColumnAlign.Right, 'c' => ColumnAlign.Center, _ => ColumnAlign.Left });
        }
        return result;
    }

    static string NoteMark(int i) => ((char)('a' + i % 26)).ToString();
}
