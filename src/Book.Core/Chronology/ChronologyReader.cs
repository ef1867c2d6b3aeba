using Book.Core.Markdown;
using Book.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Book.Core.Chronology;

/// <summary>
/// Reads chronology.yaml: a list of events, each <c>date</c> and <c>text</c> (Markdown) with optional
/// <c>approximate: true</c> and <c>see: sec:id</c>. Uses YamlDotNet's representation model so every
/// value stays a string (an unquoted 1988-02-20 is not turned into a DateTime) and keeps its line and
/// column for diagnostics. A broken event is reported and left out; the others are still read.
/// </summary>
public static class ChronologyReader
{
    public const string FileName = "chronology.yaml";
    /// <summary>Prefix of the ids of notes written inside entries (<c>^[...]</c>).</summary>
    public const string NotePrefix = "d-chronology";
    static readonly string[] Known = ["date", "text", "approximate", "see"];

    public static ChronologyFile Read(string yaml, DiagnosticBag diags, string file = FileName, IBlockExtensions? extensions = null)
    {
        var parser = new ChapterParser(file, NotePrefix, diags, extensions);
        var events = new List<ChronologyEvent>();
        SourceSpan At(YamlNode n) => new(file, (int)n.Start.Line, (int)n.Start.Column);

        var root = Sources.YamlDocument.Load(yaml, file, diags, out bool failed);
        if (failed) return new ChronologyFile([], []);
        if (root is null or YamlScalarNode { Value: null or "" }) return new ChronologyFile([], []);
        if (root is not YamlSequenceNode list)
        {
            diags.Error(At(root), "chronology.yaml must be a list of events, each starting with '- date: …'");
            return new ChronologyFile([], []);
        }

        var lines = yaml.Split('\n');
        foreach (var item in list)
        {
            if (item is not YamlMappingNode map)
            {
                diags.Error(At(item), "each event must be a mapping with 'date' and 'text'");
                continue;
            }
            var fields = new Dictionary<string, YamlScalarNode>(StringComparer.Ordinal);
            bool broken = false;
            foreach (var (k, v) in map.Children)
            {
                var key = (k as YamlScalarNode)?.Value ?? "";
                if (!Known.Contains(key)) { diags.Warning(At(k), $"unknown key '{key}' in a chronology event is ignored"); continue; }
                if (v is not YamlScalarNode s) { diags.Error(At(v), $"'{key}' must be a single value"); broken = true; continue; }
                fields[key] = s;
            }

            EventDate? date = null;
            if (!fields.TryGetValue("date", out var dateNode) || string.IsNullOrWhiteSpace(dateNode.Value))
            {
                diags.Error(dateNode is null ? At(map) : At(dateNode), "event has no date; add e.g. 'date: 1992-02-26'");
                broken = true;
            }
            else
            {
                date = EventDate.Parse(dateNode.Value!, out var why);
                if (date is null) { diags.Error(At(dateNode), "invalid date: " + why); broken = true; }
            }

            if (!fields.TryGetValue("text", out var textNode) || string.IsNullOrWhiteSpace(textNode.Value))
            {
                diags.Error(textNode is null ? At(map) : At(textNode), "event has no text; add 'text: \"…\"' saying what happened");
                broken = true;
            }

            bool approximate = false;
            if (fields.TryGetValue("approximate", out var approxNode))
            {
                switch (approxNode.Value)
                {
                    case "true" or "yes": approximate = true; break;
                    case "false" or "no": break;
                    default: diags.Error(At(approxNode), $"approximate must be true or false, not '{approxNode.Value}'"); broken = true; break;
                }
            }

            string? see = null; SourceSpan? seeSpan = null;
            if (fields.TryGetValue("see", out var seeNode))
            {
                see = seeNode.Value?.Trim().TrimStart('@');
                seeSpan = At(seeNode);
                if (string.IsNullOrEmpty(see)) { diags.Error(seeSpan, "see must name a section id such as sec:siege"); broken = true; }
            }

            if (broken || date is null || textNode is null) continue;
            var (line0, col0) = ContentStart(textNode, lines);
            var content = parser.ParseInlines(textNode.Value!, line0, col0);
            events.Add(new ChronologyEvent(date, approximate, content, see, At(map), seeSpan));
        }
        return new ChronologyFile(events, parser.Notes.ToList());
    }

    /// <summary>
    /// 0-based line and column where a scalar's text begins, so Markdown diagnostics point into the
    /// YAML file: after the opening quote, or on the line after a block scalar's '|' or '>'.
    /// (Escapes inside double quotes can shift later columns; the line is always right.)
    /// </summary>
    static (int Line, int Column) ContentStart(YamlScalarNode node, string[] lines)
    {
        int line0 = (int)node.Start.Line - 1, col0 = (int)node.Start.Column - 1;
        switch (node.Style)
        {
            case ScalarStyle.DoubleQuoted or ScalarStyle.SingleQuoted:
                return (line0, col0 + 1);
            case ScalarStyle.Literal or ScalarStyle.Folded:
                for (int l = line0 + 1; l < lines.Length; l++)
                {
                    var text = lines[l].TrimEnd('\r');
                    if (text.Trim().Length == 0) continue;
                    return (l, text.Length - text.TrimStart(' ').Length);
                }
                return (line0 + 1, 0);
            default:
                return (line0, col0);
        }
    }
}

static class YamlText
{
    /// <summary>YamlDotNet's message without its "(Line: 3, Col: 5, ...)" prefix, which our span already says.</summary>
    public static string Message(YamlException e)
    {
        var m = e.InnerException?.Message ?? e.Message;
        int i = m.IndexOf("): ", StringComparison.Ordinal);
        return i >= 0 ? m[(i + 3)..] : m;
    }
}
