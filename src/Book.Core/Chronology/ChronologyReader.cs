using Book.Core.Markdown;
using Book.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Book.Core.Chronology;

/// <summary>
/// Reads chronology.yaml: a list of events, each <c>date</c> and <c>text</c> (Markdown) with optional
/// <c>approximate: true</c>, <c>see: sec:id</c>, and, to place a loosely dated event as the sources
/// tell it, <c>id</c> with <c>after: other-id</c> or <c>sort: 1992-02-29</c> (<see cref="ChronologyOrder"/>). Uses YamlDotNet's representation model so every
/// value stays a string (an unquoted 1988-02-20 is not turned into a DateTime) and keeps its line and
/// column for diagnostics. A broken event is reported and left out; the others are still read.
/// </summary>
public static class ChronologyReader
{
    public const string FileName = "chronology.yaml";
    /// <summary>Prefix of the ids of notes written inside entries (<c>^[...]</c>).</summary>
    public const string NotePrefix = "d-chronology";
    static readonly string[] Known = ["date", "text", "approximate", "see", "id", "after", "sort"];

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

            EventDate? sortDate = null;
            if (fields.TryGetValue("sort", out var sortNode))
            {
                sortDate = EventDate.Parse(sortNode.Value ?? "", out var why);
                if (sortDate is null) { diags.Error(At(sortNode), "invalid sort date: " + why); broken = true; }
                else if (fields.ContainsKey("after")) { diags.Error(At(sortNode), "give either 'after' or 'sort', not both: 'after' already places the event"); broken = true; }
            }
            string? Name(string key)
            {
                if (!fields.TryGetValue(key, out var node)) return null;
                var v = node.Value?.Trim();
                if (string.IsNullOrEmpty(v) || v.Any(char.IsWhiteSpace))
                {
                    diags.Error(At(node), $"{key} must be an event id: one word such as 'assault' or 'bodies-to-agdam'");
                    broken = true;
                    return null;
                }
                return v;
            }
            var id = Name("id");
            var after = Name("after");

            if (broken || date is null || textNode is null) continue;
            var (line0, col0) = ContentStart(textNode, lines);
            var content = parser.ParseInlines(textNode.Value!, line0, col0);
            events.Add(new ChronologyEvent(date, approximate, content, see, At(map), seeSpan)
            {
                Id = id, After = after, AfterSpan = fields.TryGetValue("after", out var afterNode) ? At(afterNode) : null, SortDate = sortDate,
                IdSpan = fields.TryGetValue("id", out var idNode) ? At(idNode) : null,
            });
        }
        CheckPlacement(events, diags);
        return new ChronologyFile(events, parser.Notes.ToList());
    }

    /// <summary>Ids are unique; an <c>after:</c> names an event of the file and does not lead round in a circle.</summary>
    static void CheckPlacement(List<ChronologyEvent> events, DiagnosticBag diags)
    {
        var byId = new Dictionary<string, ChronologyEvent>(StringComparer.Ordinal);
        foreach (var e in events)
        {
            if (e.Id is not { } id) continue;
            if (byId.TryGetValue(id, out var first))
                diags.Error(e.IdSpan ?? e.Span, $"the event id '{id}' is used twice (first at line {first.Span.Line}); give each event its own id");
            else byId[id] = e;
        }
        var known = byId.Keys.Order(StringComparer.Ordinal).ToList();
        foreach (var e in events)
        {
            if (e.After is not { } after) continue;
            if (!byId.ContainsKey(after))
            {
                var hint = DidYouMean.Closest(after, known);
                diags.Error(e.AfterSpan ?? e.Span, $"after: no event has the id '{after}'" +
                    (hint is null ? "; give the event it follows an 'id: …'" : $" (did you mean '{hint}'?)"));
            }
            else if (ChronologyOrder.InCycle(e, byId))
                diags.Error(e.AfterSpan ?? e.Span, $"after: '{after}' leads round in a circle back to this event; one of them must be placed by its date or 'sort:'");
        }
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
