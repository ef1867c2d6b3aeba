using Book.Core.Markdown;
using Book.Core.Sources;
using Book.Model;
using Markdig.Extensions.CustomContainers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using SourceSpan = Book.Model.SourceSpan;

namespace Book.Core.Data;

/// <summary>
/// Fenced divs that pull data into the book: <c>::: {.table source="data/x.csv" #tbl:x caption="…"}</c>
/// and <c>::: {.chart type="bar" source="…" #fig:x}</c>: reads the CSV (<see cref="CsvData"/>) and
/// hands it to <see cref="TableBuilder"/> or <see cref="ChartBuilder"/>.
/// </summary>
public sealed class DataBlocks(ProjectFiles files, BookMetadata meta) : IBlockExtensions
{
    public IEnumerable<Model.Block>? TryDiv(ChapterParser parser, CustomContainer div)
    {
        var attrs = div.TryGetAttributes();
        var classes = attrs?.Classes ?? [];
        bool isTable = classes.Contains("table"), isChart = classes.Contains("chart");
        if (!isTable && !isChart) return null;
        var props = (attrs?.Properties ?? []).ToDictionary(p => p.Key, p => p.Value ?? "", StringComparer.Ordinal);
        var at = parser.Where(div);
        if (!props.TryGetValue("source", out var source) || source.Length == 0)
        {
            parser.Diagnostics.Error(at, $"a .{(isTable ? "table" : "chart")} div needs source=\"data/file.csv\"");
            return [];
        }
        var data = CsvData.Read(files, source, at, parser.Diagnostics);
        if (data is null) return [];
        var caption = props.TryGetValue("caption", out var c) ? parser.ParseInlines(c, div.Line, div.Column) : [];
        return isTable ? [TableBuilder.Build(data, props, attrs?.Id, caption, at, parser, meta.Locale)] : ChartBuilder.Build(data, props, attrs?.Id, caption, at, parser, meta.Locale);
    }

    public IEnumerable<Model.Block>? TryParagraph(ChapterParser parser, ParagraphBlock p, List<Markdig.Syntax.Block> siblings, ref int index) => null;
}
