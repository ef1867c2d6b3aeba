using System.Globalization;
using System.Text.Json;

namespace Book.Csl;

/// <summary>CSL-JSON → <see cref="CslItem"/>: which value is a name list, a date or a string is
/// decided by its shape, as citeproc-js does, so unknown variables survive.</summary>
static class CslJsonReader
{
    public static CslItem Read(JsonElement e)
    {
        var vars = new Dictionary<string, string>(StringComparer.Ordinal);
        var names = new Dictionary<string, IReadOnlyList<CslName>>(StringComparer.Ordinal);
        var dates = new Dictionary<string, CslDate>(StringComparer.Ordinal);
        var warnings = new List<string>();
        string id = "", type = "article";
        if (e.ValueKind != JsonValueKind.Object)
            return CslItem.Create("", type, vars, warnings: ["an item is not a JSON object"]);
        foreach (var p in e.EnumerateObject())
        {
            var key = p.Name;
            var v = p.Value;
            if (key == "id") { id = Scalar(v) ?? ""; continue; }
            if (key == "type") { type = Scalar(v) ?? "article"; continue; }
            if (v.ValueKind == JsonValueKind.Array && CslVocabulary.IsNameVariable(key))
            {
                names[key] = v.EnumerateArray().Where(n => n.ValueKind == JsonValueKind.Object).Select(ReadName).ToList();
                continue;
            }
            if (v.ValueKind == JsonValueKind.Object && CslVocabulary.IsDateVariable(key))
            {
                var d = ReadDate(v, out var problem);
                if (problem is not null) warnings.Add($"{id}: {key}: {problem}");
                if (d is not null) dates[key] = d;
                continue;
            }
            if (v.ValueKind == JsonValueKind.String && CslVocabulary.IsDateVariable(key))
            {
                var d = DateParsing.ParseRaw(v.GetString()!, out var ok);
                if (!ok) warnings.Add($"{id}: {key}: cannot read the date \"{v.GetString()}\"; printed as written");
                dates[key] = d;
                continue;
            }
            var s = Scalar(v);
            if (s is not null) vars[key] = s;
        }
        if (vars.TryGetValue("note", out var note)) vars["note"] = NoteVariables(note, id, vars, names, dates, warnings);
        if (!CslVocabulary.Types.Contains(type))
        {
            var near = CslVocabulary.Nearest(type, CslVocabulary.Types);
            warnings.Add($"{id}: unknown type \"{type}\"" + (near is null ? "" : $" (did you mean \"{near}\"?)"));
        }
        return CslItem.Create(id, type, vars, names, dates, warnings);
    }

    /// <summary>Zotero's "Extra" field arrives as the note; its "variable: value" lines (one per line,
    /// names as "Family || Given") fill variables the item does not have, as citeproc-js reads them.
    /// The note keeps its other lines.</summary>
    static string NoteVariables(string note, string id, Dictionary<string, string> vars,
        Dictionary<string, IReadOnlyList<CslName>> names, Dictionary<string, CslDate> dates, List<string> warnings)
    {
        var kept = new List<string>();
        var added = new Dictionary<string, List<CslName>>(StringComparer.Ordinal);
        foreach (var line in note.Split('\n'))
        {
            var m = System.Text.RegularExpressions.Regex.Match(line, @"^\s*([A-Za-z][A-Za-z_-]*)\s*:\s*(.*?)\s*$");
            var key = m.Groups[1].Value;
            var value = m.Groups[2].Value;
            if (!m.Success || value.Length == 0) { kept.Add(line); continue; }
            if (CslVocabulary.IsNameVariable(key) && (!names.ContainsKey(key) || added.ContainsKey(key)))
            {
                var parts = value.Split("||", 2);
                var name = parts.Length == 2 ? new CslName { Family = parts[0].Trim(), Given = parts[1].Trim() } : new CslName { Literal = value };
                if (!added.TryGetValue(key, out var list)) added[key] = list = [];
                list.Add(name.Literal is null ? NameParsing.Parse(name) : name);
            }
            else if (CslVocabulary.IsDateVariable(key) && !dates.ContainsKey(key))
            {
                dates[key] = DateParsing.ParseRaw(value, out var ok);
                if (!ok) warnings.Add($"{id}: {key}: cannot read the date \"{value}\"; printed as written");
            }
            else if ((CslVocabulary.TextVariables.Contains(key) || CslVocabulary.NumberVariables.Contains(key)) && !vars.ContainsKey(key)) vars[key] = value;
            else kept.Add(line);
        }
        foreach (var (k, list) in added) names[k] = list;
        return string.Join("\n", kept).Trim();
    }

    static string? Scalar(JsonElement v) => v.ValueKind switch
    {
        JsonValueKind.String => v.GetString(),
        JsonValueKind.Number => v.GetRawText(),
        JsonValueKind.True => "true",
        JsonValueKind.False => null,
        _ => null,
    };

    static CslName ReadName(JsonElement n)
    {
        string? S(string k) => n.TryGetProperty(k, out var x) ? Scalar(x) : null;
        bool B(string k) => n.TryGetProperty(k, out var x) && (x.ValueKind == JsonValueKind.True || (x.ValueKind == JsonValueKind.Number && x.GetRawText() != "0") || (x.ValueKind == JsonValueKind.String && x.GetString() is "true" or "1"));
        var parse = !(n.TryGetProperty("parse-names", out var pn) && (pn.ValueKind == JsonValueKind.False || (pn.ValueKind == JsonValueKind.String && pn.GetString() is "false") || (pn.ValueKind == JsonValueKind.Number && pn.GetRawText() == "0")));
        var name = new CslName
        {
            Family = S("family"), Given = S("given"), DroppingParticle = S("dropping-particle"),
            NonDroppingParticle = S("non-dropping-particle"), Suffix = S("suffix"), Literal = S("literal"),
            CommaSuffix = B("comma-suffix"), StaticOrdering = B("static-ordering"),
        };
        if (name.Literal is null && name.Family is null && S("name") is { } whole) name = name with { Literal = whole };
        return parse ? NameParsing.Parse(name) : name;
    }

    static CslDate? ReadDate(JsonElement d, out string? problem)
    {
        problem = null;
        string? literal = d.TryGetProperty("literal", out var l) ? Scalar(l) : null;
        bool circa = d.TryGetProperty("circa", out var c) && c.ValueKind is not (JsonValueKind.False or JsonValueKind.Null)
                     && !(c.ValueKind == JsonValueKind.String && c.GetString() is "" or "0" or "false") && !(c.ValueKind == JsonValueKind.Number && c.GetRawText() == "0");
        string? season = d.TryGetProperty("season", out var s) ? Scalar(s) : null;
        if (d.TryGetProperty("date-parts", out var dp) && dp.ValueKind == JsonValueKind.Array)
        {
            var ends = dp.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.Array).Select(ReadParts).ToList();
            if (ends.Count > 0 && !ends[0].IsEmpty)
            {
                var start = ends[0];
                DateParts? end = ends.Count > 1 && !ends[1].IsEmpty ? ends[1] : null;
                if (end == start) end = null;
                bool open = ends.Count > 1 && ends[1].IsEmpty;
                return Seasoned(new CslDate { Start = start, End = end, OpenEnd = open, Circa = circa, Season = season, Literal = literal });
            }
        }
        if (d.TryGetProperty("raw", out var raw) && Scalar(raw) is { } r)
        {
            var parsed = DateParsing.ParseRaw(r, out var ok);
            if (!ok) problem = $"cannot read the date \"{r}\"; printed as written";
            return parsed with { Circa = parsed.Circa || circa, Season = parsed.Season ?? season };
        }
        if (literal is not null) return new CslDate { Literal = literal, Circa = circa, Season = season };
        if (season is not null) return new CslDate { Season = season, Circa = circa };
        return null;
    }

    /// <summary>Months 13–16 (and EDTF 21–24) stand for seasons; they stay in the month so that both
    /// ends of a range keep theirs (the date renderer prints them as season terms).</summary>
    internal static CslDate Seasoned(CslDate d) => d;

    static DateParts ReadParts(JsonElement a)
    {
        var v = new int[3];
        int i = 0;
        foreach (var x in a.EnumerateArray())
        {
            if (i == 3) break;
            int n = 0;
            if (x.ValueKind == JsonValueKind.Number) x.TryGetInt32(out n);
            else if (x.ValueKind == JsonValueKind.String) int.TryParse(x.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out n);
            v[i++] = n;
        }
        return new DateParts(v[0], v[1], v[2]);
    }
}
