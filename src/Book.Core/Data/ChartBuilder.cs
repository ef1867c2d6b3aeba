using Book.Core.Markdown;
using Book.Model;
using SourceSpan = Book.Model.SourceSpan;

namespace Book.Core.Data;

/// <summary>A <c>.chart type="bar"</c> div's CSV as a bar chart: one bar per row, its sources as a note beneath.</summary>
public static class ChartBuilder
{
    public static IEnumerable<Model.Block> Build(CsvData data, Dictionary<string, string> props, string? id, IReadOnlyList<Model.Inline> caption, SourceSpan at, ChapterParser parser, Locale locale)
    {
        if (props.GetValueOrDefault("type", "bar") != "bar")
            parser.Diagnostics.Error(at, $"chart type '{props["type"]}' is not supported; use type=\"bar\"");
        int label = ColumnIndex(data, props.GetValueOrDefault("label-column"), 0, at, parser);
        int value = ColumnIndex(data, props.GetValueOrDefault("value-column"), 1, at, parser);
        if (label < 0 || value < 0) return [];
        var bars = new List<(string, double)>();
        foreach (var (line, f) in data.Rows)
        {
            if (!Numbers.TryParse(f[value], out var v))
            {
                parser.Diagnostics.Error(new SourceSpan(data.File, line, value + 1), $"'{f[value]}' in column '{data.Header[value]}' is not a number");
                continue;
            }
            bars.Add((f[label], v));
        }
        var alt = props.GetValueOrDefault("alt") ?? "";
        if (alt.Length == 0) parser.Diagnostics.Warning(at, "chart has no alt=\"…\" text; readers of the e-book and of tagged PDF need one");
        var notes = new List<TableNote>();
        int cite = Array.IndexOf(data.Header, props.GetValueOrDefault("cite-column") ?? "source");
        if (cite >= 0)
        {
            var keys = data.Rows.SelectMany(r => r.Fields[cite].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).Distinct(StringComparer.Ordinal).ToList();
            if (keys.Count > 0) notes.Add(new TableNote("", [new Model.Text(locale.Source + " "), .. parser.ParseInlines("[" + string.Join("; ", keys.Select(k => "@" + k)) + "]")]));
        }
        return [new BarChart(id, null, caption, alt, bars, notes) { Span = at }];
    }

    static int ColumnIndex(CsvData data, string? name, int fallback, SourceSpan at, ChapterParser parser)
    {
        if (name is null) return fallback < data.Header.Length ? fallback : -1;
        int i = Array.IndexOf(data.Header, name);
        if (i < 0) parser.Diagnostics.Error(at, $"column '{name}' is not in {data.File} (columns: {string.Join(", ", data.Header)})");
        return i;
    }
}
