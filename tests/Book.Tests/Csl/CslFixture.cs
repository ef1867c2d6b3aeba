using System.Text.Json;
using System.Text.RegularExpressions;
using Book.Csl;

namespace Book.Tests.Csl;

/// <summary>One fixture of the CSL processor test suite (processor-tests/humans/*.txt): its sections,
/// and how the suite's reference runner (citeproc-js) turns them into one output string.</summary>
sealed partial class CslFixture
{
    public required string Name { get; init; }
    public required Dictionary<string, string> Sections { get; init; }

    [GeneratedRegex(@">>=+ ([A-Z-]+) =+>>\r?\n(.*?)\r?\n<<=+ \1 =+<<", RegexOptions.Singleline)]
    private static partial Regex Section();

    public static CslFixture Load(string path)
    {
        var text = File.ReadAllText(path);
        var sections = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match m in Section().Matches(text)) sections[m.Groups[1].Value] = m.Groups[2].Value;
        return new CslFixture { Name = Path.GetFileNameWithoutExtension(path), Sections = sections };
    }

    public string Expected => Sections.GetValueOrDefault("RESULT", "").Trim();

    /// <summary>Runs the fixture the way the suite's runner does and returns the output to compare.</summary>
    public string Run()
    {
        var style = CslStyle.Parse(Sections["CSL"], Name + ".csl");
        var items = JsonDocument.Parse(Sections["INPUT"]).RootElement.EnumerateArray().Select(CslItem.FromJson).ToList();
        var mode = Sections["MODE"].Trim();
        if (Sections.TryGetValue("BIBENTRIES", out var be))
        {
            var sets = JsonDocument.Parse(be).RootElement.EnumerateArray().ToList();
            var last = sets[^1].EnumerateArray().Select(x => x.ToString()).ToList();
            var byId = items.ToDictionary(i => i.Id);
            items = last.Where(byId.ContainsKey).Select(id => byId[id]).ToList();
        }
        // citeproc-js's registry holds only the items cited (when the fixture cites any, and names no
        // bibliography entries): an uncited look-alike makes nothing ambiguous.
        else if (CitedIds() is { } cited) items = items.Where(i => cited.Contains(i.Id)).ToList();
        if (Sections.ContainsKey("CITATIONS")) return RunCitations(style, items, mode);
        var p = new CslProcessor(style, LocaleSet.BuiltIn, null, items);
        List<CitationCluster> clusters;
        if (Sections.TryGetValue("CITATION-ITEMS", out var ci))
            clusters = JsonDocument.Parse(ci).RootElement.EnumerateArray()
                .Select((c, i) => new CitationCluster(c.EnumerateArray().Select(Cite).ToList(), i + 1)).ToList();
        else clusters = [new CitationCluster(items.Select(i => new CiteItem(i.Id)).ToList(), 1)];
        if (mode == "citation")
            return string.Join("\n", p.ProcessCitations(clusters).Select(r => r.ToHtml()));
        if (Sections.ContainsKey("CITATION-ITEMS")) p.ProcessCitations(clusters);
        return Bib(p);
    }

    HashSet<string>? CitedIds()
    {
        string? json = Sections.GetValueOrDefault("CITATION-ITEMS");
        IEnumerable<JsonElement> cites;
        if (json is not null) cites = JsonDocument.Parse(json).RootElement.EnumerateArray().SelectMany(c => c.EnumerateArray());
        else if (Sections.GetValueOrDefault("CITATIONS") is { } cj)
            cites = JsonDocument.Parse(cj).RootElement.EnumerateArray().SelectMany(step => step[0].GetProperty("citationItems").EnumerateArray());
        else return null;
        return cites.Select(c => c.GetProperty("id").ToString()).ToHashSet(StringComparer.Ordinal);
    }

    string Bib(CslProcessor p)
    {
        Func<CslItem, bool>? filter = null;
        if (Sections.TryGetValue("BIBSECTION", out var bs)) filter = BibSection(JsonDocument.Parse(bs).RootElement);
        return p.Bibliography(filter).ToHtml();
    }

    static Func<CslItem, bool> BibSection(JsonElement spec)
    {
        static bool Match(CslItem it, JsonElement cond)
        {
            var field = cond.GetProperty("field").GetString()!;
            var value = cond.GetProperty("value").GetString()!;
            string? actual = field == "type" ? it.Type : it.Get(field);
            if (field == "categories" && it.Get("categories") is { } cats) return cats.Split('\u001f').Contains(value);
            if (value.Length == 0) return actual is null && !it.Dates.ContainsKey(field) && !it.Names.ContainsKey(field);
            return actual == value;
        }
        return it =>
        {
            bool keep = true;
            if (spec.TryGetProperty("select", out var s)) keep = s.EnumerateArray().All(c => Match(it, c));
            else if (spec.TryGetProperty("include", out var inc)) keep = inc.EnumerateArray().Any(c => Match(it, c));
            else if (spec.TryGetProperty("exclude", out var exc)) keep = !exc.EnumerateArray().Any(c => Match(it, c));
            if (spec.TryGetProperty("quash", out var q) && q.EnumerateArray().All(c => Match(it, c))) keep = false;
            return keep;
        };
    }

    static CiteItem Cite(JsonElement e)
    {
        string? S(string k) => e.TryGetProperty(k, out var v) ? v.ValueKind == JsonValueKind.String ? v.GetString() : v.ValueKind == JsonValueKind.Number ? v.GetRawText() : null : null;
        bool B(string k) => e.TryGetProperty(k, out var v) && (v.ValueKind == JsonValueKind.True || (v.ValueKind == JsonValueKind.Number && v.GetRawText() != "0"));
        return new CiteItem(S("id")!)
        {
            Locator = S("locator"), Label = S("label"), Prefix = S("prefix"), Suffix = S("suffix"),
            SuppressAuthor = B("suppress-author"), AuthorOnly = B("author-only"),
        };
    }

    /// <summary>processCitationCluster, one call per entry: the output lists every citation in
    /// document order, ">>" marking those the last call returned: the citation it was given, every
    /// other whose text changed, and those citeproc-js renders again because one of their items changed
    /// (its disambiguation, or the citation number or first note number when the style prints them).</summary>
    string RunCitations(CslStyle style, List<CslItem> items, string mode)
    {
        var steps = JsonDocument.Parse(Sections["CITATIONS"]).RootElement.EnumerateArray().ToList();
        var clusters = new Dictionary<string, (List<CiteItem> items, int note)>();
        List<string> order = [];
        List<(string id, string text)> Render(int upTo, out CslProcessor p)
        {
            clusters.Clear();
            order = [];
            for (int s = 0; s <= upTo; s++)
            {
                var step = steps[s];
                var cit = step[0];
                var id = cit.TryGetProperty("citationID", out var cid) ? cid.GetString()! : "CITATION-" + s;
                int note = cit.TryGetProperty("properties", out var props) && props.TryGetProperty("noteIndex", out var ni) && ni.ValueKind == JsonValueKind.Number ? ni.GetInt32() : 0;
                clusters[id] = (cit.GetProperty("citationItems").EnumerateArray().Select(Cite).ToList(), note);
                var newOrder = new List<string>();
                foreach (var pre in step[1].EnumerateArray()) { var pid = pre[0].GetString()!; newOrder.Add(pid); if (clusters.TryGetValue(pid, out var c)) clusters[pid] = (c.items, pre[1].GetInt32()); }
                newOrder.Add(id);
                foreach (var post in step[2].EnumerateArray()) { var pid = post[0].GetString()!; newOrder.Add(pid); if (clusters.TryGetValue(pid, out var c)) clusters[pid] = (c.items, post[1].GetInt32()); }
                order = newOrder.Where(clusters.ContainsKey).ToList();
            }
            // Like citeproc-js's registry, only the items the document still cites take part.
            var present = order.SelectMany(id => clusters[id].items).Select(ci => ci.Id).ToHashSet(StringComparer.Ordinal);
            p = new CslProcessor(style, LocaleSet.BuiltIn, null, items.Where(i => present.Contains(i.Id)));
            var texts = p.ProcessCitations(order.Select(id => new CitationCluster(clusters[id].items, clusters[id].note)).ToList());
            return order.Select((id, i) => (id, texts[i].ToHtml())).ToList();
        }
        var csl = Sections["CSL"];
        bool numbers = csl.Contains("\"citation-number\"", StringComparison.Ordinal);
        bool firstNotes = csl.Contains("\"first-reference-note-number\"", StringComparison.Ordinal);
        // Per item: the processor's choices for it, and the note it is first cited in.
        Dictionary<string, string> ItemStates(CslProcessor p)
        {
            var firstNote = new Dictionary<string, int>();
            foreach (var id in order) foreach (var ci in clusters[id].items) firstNote.TryAdd(ci.Id, clusters[id].note);
            return items.Where(it => firstNote.ContainsKey(it.Id)).ToDictionary(it => it.Id, it =>
            {
                var s = p.ChoicesFor(it.Id);
                if (!numbers) s = s[..s.LastIndexOf('|')];
                return firstNotes ? s + "|" + firstNote.GetValueOrDefault(it.Id) : s;
            });
        }
        Dictionary<string, string> before = [], statesBefore = [];
        if (steps.Count > 1)
        {
            before = Render(steps.Count - 2, out var pBefore).ToDictionary(x => x.id, x => x.text);
            statesBefore = ItemStates(pBefore);
        }
        var after = Render(steps.Count - 1, out var proc);
        if (mode != "citation") return Bib(proc);
        var statesAfter = ItemStates(proc);
        var current = steps[^1][0].TryGetProperty("citationID", out var curId) ? curId.GetString() : "CITATION-" + (steps.Count - 1);
        bool Same(string id, string text) => id != current && before.TryGetValue(id, out var b) && b == text
            && clusters[id].items.All(ci => statesBefore.GetValueOrDefault(ci.Id) == statesAfter.GetValueOrDefault(ci.Id));
        return string.Join("\n", after.Select((x, i) => (Same(x.id, x.text) ? ".." : ">>") + $"[{i}] " + x.text));
    }
}
