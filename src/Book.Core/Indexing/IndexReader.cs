using Book.Core.Chronology;
using Book.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Book.Core.Indexing;

/// <summary>
/// Reads index.yaml: a list of <c>{ term, variants: [..] }</c> and cross-references
/// <c>{ term, see }</c>. Errors carry line and column; a broken entry is left out, the rest are read.
/// </summary>
public static class IndexReader
{
    public const string FileName = "index.yaml";
    static readonly string[] Known = ["term", "variants", "see"];

    public static IReadOnlyList<IndexDefinition> Read(string yaml, DiagnosticBag diags, string file = FileName)
    {
        SourceSpan At(YamlNode n) => new(file, (int)n.Start.Line, (int)n.Start.Column);
        var root = Sources.YamlDocument.Load(yaml, file, diags, out bool failed);
        if (failed) return [];
        if (root is null or YamlScalarNode { Value: null or "" }) return [];
        if (root is not YamlSequenceNode list)
        {
            diags.Error(At(root), "index.yaml must be a list of entries, each starting with '- term: …'");
            return [];
        }

        var result = new List<IndexDefinition>();
        var seeNodes = new Dictionary<IndexDefinition, YamlNode>();
        var terms = new Dictionary<string, IndexDefinition>(StringComparer.Ordinal);
        var variantOwner = new Dictionary<string, IndexDefinition>(StringComparer.Ordinal);
        foreach (var item in list)
        {
            if (item is not YamlMappingNode map) { diags.Error(At(item), "each index entry must be a mapping with a 'term'"); continue; }
            YamlScalarNode? termNode = null, seeNode = null; YamlNode? variantsNode = null;
            bool broken = false;
            foreach (var (k, v) in map.Children)
            {
                var key = (k as YamlScalarNode)?.Value ?? "";
                if (!Known.Contains(key)) { diags.Warning(At(k), $"unknown key '{key}' in an index entry is ignored"); continue; }
                if (key == "variants") { variantsNode = v; continue; }
                if (v is not YamlScalarNode s) { diags.Error(At(v), $"'{key}' must be a single value"); broken = true; continue; }
                if (key == "term") termNode = s; else seeNode = s;
            }
            var term = termNode?.Value?.Trim();
            if (string.IsNullOrEmpty(term))
            {
                diags.Error(termNode is null ? At(map) : At(termNode), "index entry has no term; add e.g. 'term: \"Bagirov, Allahverdi\"'");
                continue;
            }

            var variants = new List<(string Text, YamlNode Node)>();
            switch (variantsNode)
            {
                case null: break;
                case YamlScalarNode one: variants.Add((one.Value ?? "", one)); break;
                case YamlSequenceNode seq:
                    foreach (var v in seq)
                        if (v is YamlScalarNode s) variants.Add((s.Value ?? "", s));
                        else { diags.Error(At(v), "each variant must be a piece of text"); broken = true; }
                    break;
                default: diags.Error(At(variantsNode), "'variants' must be a list such as [\"Bagirov\", \"Bağırov\"]"); broken = true; break;
            }
            foreach (var (text, node) in variants)
                if (text.Trim().Length == 0 || text != text.Trim())
                { diags.Error(At(node), "a variant must be non-empty and have no leading or trailing spaces"); broken = true; }

            string? see = seeNode?.Value?.Trim();
            if (seeNode is not null && string.IsNullOrEmpty(see)) { diags.Error(At(seeNode), "'see' must name another term"); broken = true; }
            if (see is not null && variants.Count > 0)
            {
                diags.Error(At(variantsNode!), "an entry with 'see' is a cross-reference only and cannot have variants; put them on the entry it points to");
                broken = true;
            }
            if (terms.TryGetValue(term, out var first))
            {
                diags.Error(At(termNode!), $"term '{term}' is already defined at line {first.Span?.Line}; merge the two entries");
                broken = true;
            }
            if (broken) continue;

            IReadOnlyList<string> texts = see is not null ? [] : variants.Count == 0 ? [term] : variants.Select(v => v.Text).Distinct(StringComparer.Ordinal).ToList();
            var def = new IndexDefinition(term, texts, see, At(map));
            foreach (var v in texts)
            {
                if (variantOwner.TryGetValue(v, out var owner))
                {
                    var node = variants.FirstOrDefault(x => x.Text == v).Node ?? termNode!;
                    diags.Error(At(node), $"'{v}' is already a variant of '{owner.Term}'; a spelling can belong to one entry only");
                    broken = true;
                }
            }
            if (broken) continue;
            foreach (var v in texts) variantOwner[v] = def;
            terms[term] = def;
            if (seeNode is not null) seeNodes[def] = seeNode;
            result.Add(def);
        }

        foreach (var def in result)
        {
            if (def.See is null) continue;
            if (!terms.TryGetValue(def.See, out var target))
                diags.Error(At(seeNodes[def]), $"'see' points to '{def.See}', which is not a term of the index");
            else if (target.IsCrossReference)
                diags.Error(At(seeNodes[def]), $"'see' points to '{def.See}', which is itself a cross-reference; point to the entry with pages");
        }
        return result;
    }
}
