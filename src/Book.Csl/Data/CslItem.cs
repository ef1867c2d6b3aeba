using System.Text.Json;

namespace Book.Csl;

/// <summary>One source in CSL-JSON terms: a type, string variables, name lists and dates.</summary>
public sealed class CslItem
{
    public required string Id { get; init; }
    public string Type { get; init; } = "article";
    public IReadOnlyDictionary<string, string> Variables { get; init; } = new Dictionary<string, string>();
    public IReadOnlyDictionary<string, IReadOnlyList<CslName>> Names { get; init; } = new Dictionary<string, IReadOnlyList<CslName>>();
    public IReadOnlyDictionary<string, CslDate> Dates { get; init; } = new Dictionary<string, CslDate>();
    /// <summary>What could not be read as given (an unparseable date, …); the item is still usable.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    public string? Get(string variable) => Variables.TryGetValue(variable, out var v) && v.Length > 0 ? v : null;

    /// <summary>Reads a CSL-JSON item as Zotero and Pandoc write it. Never throws for bad values:
    /// what cannot be read is kept as written and named in <see cref="Warnings"/>.</summary>
    public static CslItem FromJson(JsonElement element) => CslJsonReader.Read(element);

    /// <summary>Builds an item from already-mapped values (e.g. from YAML or BibTeX).</summary>
    public static CslItem Create(string id, string type, IReadOnlyDictionary<string, string> variables,
        IReadOnlyDictionary<string, IReadOnlyList<CslName>>? names = null, IReadOnlyDictionary<string, CslDate>? dates = null,
        IReadOnlyList<string>? warnings = null) => new()
        {
            Id = id, Type = type, Variables = variables,
            Names = names ?? new Dictionary<string, IReadOnlyList<CslName>>(),
            Dates = dates ?? new Dictionary<string, CslDate>(),
            Warnings = warnings ?? [],
        };
}
