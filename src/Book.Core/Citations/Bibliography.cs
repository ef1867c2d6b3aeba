using Book.Model;

namespace Book.Core.Citations;

/// <summary>
/// The sources a book may cite, in file order, looked up by id. Load it from CSL-YAML
/// (<c>sources.yaml</c>) or CSL-JSON (<c>sources.json</c>); both give the same entries.
/// </summary>
public sealed class Bibliography
{
    readonly Dictionary<string, SourceEntry> _byId;

    public Bibliography(IEnumerable<SourceEntry> entries, DiagnosticBag? diags = null)
    {
        var list = new List<SourceEntry>();
        _byId = new Dictionary<string, SourceEntry>(StringComparer.Ordinal);
        foreach (var e in entries)
        {
            if (_byId.TryGetValue(e.Id, out var first))
            {
                var where = first.Span is { } s ? $" (first defined at line {s.Line})" : "";
                diags?.Error(e.Span, $"duplicate source id '{e.Id}'{where}");
                continue;
            }
            _byId.Add(e.Id, e);
            list.Add(e);
        }
        Entries = list;
    }

    /// <summary>All sources, in the order of the file.</summary>
    public IReadOnlyList<SourceEntry> Entries { get; }

    public IEnumerable<string> Keys => Entries.Select(e => e.Id);

    public bool TryGet(string id, out SourceEntry entry) => _byId.TryGetValue(id, out entry!);

    public static Bibliography Empty { get; } = new([]);

    /// <summary>
    /// Parses CSL-YAML. <paramref name="file"/> is the project-relative name used in diagnostics.
    /// On a syntax error the diagnostics say where, and the result holds no sources.
    /// </summary>
    public static Bibliography FromYaml(string text, string file, DiagnosticBag diags) =>
        FromTree(CslYamlReader.Read(text, file, diags), diags);

    /// <summary>Parses CSL-JSON (an array of items); same contract as <see cref="FromYaml"/>.</summary>
    public static Bibliography FromJson(string text, string file, DiagnosticBag diags) =>
        FromTree(CslJsonReader.Read(text, file, diags), diags);

    /// <summary>Loads a file by its extension (.json is CSL-JSON, anything else CSL-YAML).</summary>
    public static Bibliography Load(string path, string displayName, DiagnosticBag diags)
    {
        string text;
        try { text = File.ReadAllText(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diags.Error(new SourceSpan(displayName, 0, 0), $"cannot read sources: {e.Message}");
            return Empty;
        }
        return Path.GetExtension(path).Equals(".json", StringComparison.OrdinalIgnoreCase)
            ? FromJson(text, displayName, diags)
            : FromYaml(text, displayName, diags);
    }

    static Bibliography FromTree(CslNode? root, DiagnosticBag diags) =>
        root is null ? Empty : new Bibliography(CslEntryReader.Read(root, diags), diags);
}
