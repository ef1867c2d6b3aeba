namespace Book.Epub;

/// <summary>Where each model id landed: the file and the XHTML id. First occurrence wins.</summary>
sealed class AnchorMap
{
    readonly Dictionary<string, (string File, string XmlId)> _map = new(StringComparer.Ordinal);

    public void Add(string modelId, string file, string xmlId) => _map.TryAdd(modelId, (file, xmlId));

    public bool TryGet(string modelId, out (string File, string XmlId) place) => _map.TryGetValue(modelId, out place);

    /// <summary>The href to <paramref name="modelId"/> as written from <paramref name="fromFile"/>.</summary>
    public string? Href(string modelId, string fromFile)
    {
        if (!_map.TryGetValue(modelId, out var p)) return null;
        return (p.File == fromFile ? "" : p.File) + "#" + p.XmlId;
    }
}
