using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Book.Core.Citations;
using Book.Core.Citations.Bibliographies;
using Book.Model;
using Xunit.Abstractions;

namespace Book.Tests.Citations.BibJudge;

/// <summary>
/// Pandoc as the judge of how .bib entries become CSL items: every .bib file here is read by
/// Pandoc (<c>-f biblatex</c> and <c>-f bibtex</c>, <c>-t csljson</c>) and by us, and the items are
/// compared field by field. Differences we keep on purpose are listed in known-differences.txt
/// with the reason; a new difference fails, and so does a listed one that now matches.
/// Two rules apply to every field: Pandoc 2.17's CSL-JSON writer drops <c>nocase</c> spans (we keep
/// them for the processor's title case), and its empty type for @misc is CSL's generic "document".
/// </summary>
public sealed partial class BibPandocJudgeTests(ITestOutputHelper output)
{
    static string Folder => Path.Combine(RepoPaths.Root, "tests", "Book.Tests", "Citations", "BibJudge");

    [Fact]
    public void Each_field_is_mapped_as_pandoc_maps_it_except_the_known_differences()
    {
        Assert.True(ProcessRunner.IsAvailable("pandoc"), "pandoc is the judge here: install it (Debian package 'pandoc')");
        var differing = new Dictionary<string, string>(StringComparer.Ordinal);
        var compared = 0;
        foreach (var path in Directory.GetFiles(Folder, "*.bib").Order(StringComparer.Ordinal))
            foreach (var variant in new[] { "biblatex", "bibtex" })
            {
                var pandoc = ProcessRunner.Run("pandoc", "-f", variant, "-t", "csljson", path);
                Assert.True(pandoc.ExitCode == 0, pandoc.StdErr);
                var theirs = JsonNode.Parse(pandoc.StdOut)!.AsArray().Select(n => n!.AsObject()).ToDictionary(o => o["id"]!.GetValue<string>());
                var diags = new DiagnosticBag();
                var ours = BibliographyFormats.ReadBib(File.ReadAllText(path), Path.GetFileName(path), diags, bibtex: variant == "bibtex")
                    .ToDictionary(i => i.Id, i => i.Csl);
                Assert.DoesNotContain(diags.Items, d => d.Severity == Severity.Error);
                Assert.Equal(theirs.Keys.Order(), ours.Keys.Order());
                foreach (var (id, t) in theirs)
                {
                    var o = ours[id];
                    foreach (var field in t.Select(p => p.Key).Union(o.Select(p => p.Key)).Order(StringComparer.Ordinal))
                    {
                        compared++;
                        var tv = Normal(field, t[field]);
                        var ov = Normal(field, o[field]);
                        if (tv != ov) differing[$"{Path.GetFileName(path)} {variant} {id}.{field}"] = $"pandoc: {tv}\n  book:   {ov}";
                    }
                }
            }
        output.WriteLine($"BibTeX judge: {compared - differing.Count} of {compared} fields as Pandoc maps them");
        foreach (var (k, v) in differing) output.WriteLine($"{k}\n  {v}");

        var known = File.ReadAllLines(Path.Combine(Folder, "known-differences.txt"))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split(" | ")[0].Trim()).ToHashSet(StringComparer.Ordinal);
        var problems = new StringBuilder();
        foreach (var (k, v) in differing.Where(d => !known.Contains(d.Key)))
            problems.Append($"NEW difference in '{k}'\n  {v}\n");
        foreach (var k in known.Where(k => !differing.ContainsKey(k)))
            problems.Append($"'{k}' now matches Pandoc (or is no field): remove it from known-differences.txt\n");
        Assert.True(problems.Length == 0, problems.ToString());
    }

    [GeneratedRegex("<span class=\"nocase\">(.*?)</span>")]
    private static partial Regex NoCase();

    static string Normal(string field, JsonNode? value)
    {
        if (value is null) return "(absent)";
        if (field == "type" && value.GetValue<string>() == "") return "\"document\"";
        return Canonical(value).ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    /// <summary>Keys in order (JSON objects have none), nocase spans dropped from texts.</summary>
    static JsonNode? Canonical(JsonNode? n) => n switch
    {
        JsonObject o => new JsonObject(o.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => KeyValuePair.Create(p.Key, Canonical(p.Value)))),
        JsonArray a => new JsonArray(a.Select(Canonical).ToArray()),
        JsonValue v when v.TryGetValue<string>(out var s) => JsonValue.Create(NoCase().Replace(s, "$1")),
        JsonValue v => v.DeepClone(),
        _ => null,
    };
}
