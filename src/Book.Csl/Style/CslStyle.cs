namespace Book.Csl;

/// <summary>A parsed CSL style (.csl). Parse once and share: it is immutable and thread-safe.</summary>
public sealed class CslStyle
{
    internal El Root { get; }
    internal El? Citation { get; }
    internal El? Bibliography { get; }
    internal IReadOnlyDictionary<string, El> Macros { get; }
    internal IReadOnlyList<El> Locales { get; }

    /// <summary>"note" or "in-text".</summary>
    public string Class { get; }
    public string Title { get; }
    public string? DefaultLocale { get; }
    public bool HasBibliography => Bibliography is not null;

    CslStyle(El root, string fileName)
    {
        Root = root;
        if (root.Name != "style") throw new CslException(fileName, root.Line, root.Col, $"expected a <style> element, found <{root.Name}>");
        Class = root["class"] ?? "in-text";
        if (Class is not ("note" or "in-text"))
            throw new CslException(fileName, root.Line, root.Col, $"class must be \"note\" or \"in-text\", not \"{Class}\"");
        Title = root.Kid("info")?.Kid("title")?.Text.Trim() ?? "";
        DefaultLocale = root["default-locale"];
        Citation = root.Kid("citation");
        Bibliography = root.Kid("bibliography");
        if (Citation?.Kid("layout") is null)
            throw new CslException(fileName, Citation?.Line ?? root.Line, Citation?.Col ?? root.Col, "the style has no <citation> with a <layout>");
        var macros = new Dictionary<string, El>(StringComparer.Ordinal);
        foreach (var m in root.All("macro"))
            if (m["name"] is { } n) macros[n] = m;
        Macros = macros;
        Locales = root.All("locale").ToList();
        CheckMacroCalls(root, fileName);
    }

    void CheckMacroCalls(El e, string fileName)
    {
        if (e["macro"] is { } m && e.Name is "text" or "key" && !Macros.ContainsKey(m))
            throw new CslException(fileName, e.Line, e.Col, $"macro \"{m}\" is not defined");
        foreach (var k in e.Kids) CheckMacroCalls(k, fileName);
    }

    /// <summary>Reads a style; malformed XML or a style that cannot work throws <see cref="CslException"/>
    /// naming fileName:line:col.</summary>
    public static CslStyle Parse(string xml, string fileName) => new(XmlTree.Load(xml, fileName), fileName);
}
