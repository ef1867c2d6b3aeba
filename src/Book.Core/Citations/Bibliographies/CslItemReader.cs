using System.Text.Json.Nodes;
using Book.Model;

namespace Book.Core.Citations.Bibliographies;

/// <summary>
/// Interprets a <see cref="CslNode"/> tree (CSL-YAML or CSL-JSON) as CSL-JSON items, Pandoc's way:
/// the root is a list of items, or a map whose <c>references</c> key holds that list. Variables keep
/// what was written (rich-text markup included) for the processor; names and dates must have their
/// shape, and a date written as text (EDTF, or raw as Zotero exports it) becomes date-parts. A date
/// that cannot be read is a warning and is printed as written.
/// </summary>
public static class CslItemReader
{
    public static IReadOnlyList<BibItem> Read(CslNode root, DiagnosticBag diags)
    {
        CslNode list = root;
        if (root is CslMap m)
        {
            if (m.Get("references") is not { } refs)
            {
                diags.Error(root.Span, "expected a list of sources, or a 'references:' key holding one");
                return [];
            }
            list = refs;
        }
        if (list is CslScalar { Value: "" }) return [];
        if (list is not CslList items)
        {
            diags.Error(list.Span, "expected a list of sources");
            return [];
        }
        var result = new List<BibItem>();
        foreach (var item in items.Items)
            if (ReadItem(item, diags) is { } e) result.Add(e);
        return result;
    }

    static BibItem? ReadItem(CslNode node, DiagnosticBag diags)
    {
        if (node is not CslMap map)
        {
            diags.Error(node.Span, "a source must be a mapping of fields (id, type, title, …)");
            return null;
        }
        var json = new JsonObject();
        var spans = new Dictionary<string, SourceSpan>(StringComparer.Ordinal);
        foreach (var (key, keySpan, value) in map.Entries)
        {
            spans[key] = value.Span;
            JsonNode? v = CslVariables.Names.Contains(key) ? Names(key, value, diags)
                : CslVariables.Dates.Contains(key) ? Date(key, value, diags)
                : CslVariables.Texts.Contains(key) || key is "id" or "type" ? Text(key, value, diags)
                : Generic(value);
            if (v is not null) json[key] = v;
        }
        var id = json["id"]?.GetValue<string>();
        var type = json["type"]?.GetValue<string>();
        if (id is null)
        {
            diags.Error(map.Span, "source has no 'id'");
            return null;
        }
        if (type is null)
        {
            diags.Error(map.Span, $"source '{id}' has no 'type'");
            return null;
        }
        return new BibItem(id, type, json, map.Span) { FieldSpans = spans };
    }

    static JsonValue? Text(string key, CslNode n, DiagnosticBag diags)
    {
        if (n is CslScalar s) return string.IsNullOrWhiteSpace(s.Value) ? null : JsonValue.Create(s.Value.Trim());
        diags.Error(n.Span, $"'{key}' must be text, not a {Describe(n)}");
        return null;
    }

    /// <summary>Anything else (Zotero's <c>custom</c>, <c>system_id</c>…) passes through as it is.</summary>
    static JsonNode? Generic(CslNode n) => n switch
    {
        CslScalar s => s.Value.Length == 0 ? null : JsonValue.Create(s.Value),
        CslList l => new JsonArray(l.Items.Select(Generic).ToArray()),
        CslMap m => new JsonObject(m.Entries.Select(e => KeyValuePair.Create(e.Key, Generic(e.Value)))),
        _ => null,
    };

    static readonly string[] NameParts =
        ["family", "given", "literal", "dropping-particle", "non-dropping-particle", "suffix", "comma-suffix", "static-ordering", "parse-names"];

    static JsonArray? Names(string key, CslNode n, DiagnosticBag diags)
    {
        if (n is CslScalar { Value: "" }) return null;
        if (n is not CslList list)
        {
            diags.Error(n.Span, $"'{key}' must be a list of names ({{family, given}} or {{literal}}), not a {Describe(n)}");
            return null;
        }
        var names = new JsonArray();
        foreach (var item in list.Items)
        {
            if (item is not CslMap nm)
            {
                diags.Error(item.Span, $"each '{key}' must be a mapping with 'family' and 'given', or 'literal'");
                continue;
            }
            var name = new JsonObject();
            foreach (var part in NameParts)
                if (nm.Get(part) is { } p)
                {
                    if (p is not CslScalar ps) diags.Error(p.Span, $"'{part}' must be text, not a {Describe(p)}");
                    else if (!string.IsNullOrWhiteSpace(ps.Value))
                        name[part] = part is "comma-suffix" or "static-ordering" or "parse-names"
                            ? JsonValue.Create(ps.Value is "true" or "1") : JsonValue.Create(ps.Value.Trim());
                }
            if (name["family"] is null && name["given"] is null && name["literal"] is null)
            {
                diags.Error(item.Span, $"'{key}' entry has neither 'family', 'given' nor 'literal'");
                continue;
            }
            names.Add((JsonNode)name);
        }
        return names;
    }

    static JsonObject? Date(string key, CslNode n, DiagnosticBag diags)
    {
        switch (n)
        {
            case CslScalar { Value: "" }:
                return null;
            case CslScalar s:
                return FromText(key, s, diags);
            case CslMap dm:
            {
                JsonObject? date = null;
                if (dm.Get("date-parts") is { } parts) date = DateParts(key, parts, diags);
                else if (dm.Get("raw") is CslScalar raw) date = FromText(key, raw, diags);
                else if (dm.Get("literal") is CslScalar { Value.Length: > 0 } lit) date = new JsonObject { ["literal"] = lit.Value.Trim() };
                else
                {
                    diags.Error(dm.Span, $"'{key}' needs 'date-parts', 'literal' or 'raw'");
                    return null;
                }
                if (date is null) return null;
                if (dm.Get("circa") is CslScalar { Value: not ("" or "false" or "0") }) date["circa"] = true;
                if (dm.Get("season") is CslScalar { Value.Length: > 0 } season) date["season"] = season.Value;
                if (dm.Get("literal") is CslScalar { Value.Length: > 0 } l2 && date["literal"] is null) date["literal"] = l2.Value.Trim();
                return date;
            }
            default:
                diags.Error(n.Span, $"'{key}' must be a date (\"2024-02-23\", date-parts or literal), not a list");
                return null;
        }
    }

    static JsonObject FromText(string key, CslScalar s, DiagnosticBag diags)
    {
        if (DateText.Parse(s.Value) is { } d) return d;
        diags.Warning(s.Span, $"cannot read '{key}' date '{s.Value.Trim()}'; it is printed as written (write 2024-02-23, 2024-02 or 2024, or a date such as March 2, 1992)");
        return new JsonObject { ["literal"] = s.Value.Trim() };
    }

    static JsonObject? DateParts(string key, CslNode parts, DiagnosticBag diags)
    {
        // date-parts: [[2024, 2, 23]] or, for a range, [[2024, 2, 23], [2024, 2, 25]].
        if (parts is not CslList { Items.Count: >= 1 } outer || outer.Items.Any(p => p is not CslList))
        {
            diags.Error(parts.Span, $"'{key}' date-parts must be a list of lists, like [[2024, 2, 23]]");
            return null;
        }
        var result = new JsonArray();
        foreach (CslList p in outer.Items.Take(2))
        {
            var nums = new List<int>();
            foreach (var v in p.Items)
            {
                if (v is CslScalar s && int.TryParse(s.Value, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var k))
                    nums.Add(k);
                else
                {
                    diags.Error(v.Span, $"'{key}' date part must be a whole number");
                    return null;
                }
            }
            if (nums.Count is < 1 or > 3)
            {
                diags.Error(p.Span, $"'{key}' date part list must hold a year, and optionally a month and day");
                return null;
            }
            var written = string.Join("-", nums);
            if (!DateText.IsReal(nums[0], nums.Count > 1 ? nums[1] : null, nums.Count > 2 ? nums[2] : null))
            {
                diags.Warning(p.Span, $"'{key}' is not a real date: {written}; it is printed as written");
                return new JsonObject { ["literal"] = written };
            }
            result.Add((JsonNode)new JsonArray(nums.Select(x => (JsonNode)x).ToArray()));
        }
        return new JsonObject { ["date-parts"] = result };
    }

    static string Describe(CslNode n) => n switch { CslList => "list", CslMap => "mapping", _ => "value" };
}
