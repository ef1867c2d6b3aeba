namespace Book.Csl;

/// <summary>One element of a style or locale as read: its name, attributes, children and where it
/// stands in the file. The renderer interprets elements by name, so a new attribute needs no new class.</summary>
sealed class El
{
    public required string Name { get; init; }
    public Dictionary<string, string> A { get; } = new(StringComparer.Ordinal);
    public List<El> Kids { get; } = [];
    public string Text { get; set; } = "";
    public int Line { get; init; }
    public int Col { get; init; }
    /// <summary>An &lt;if&gt;/&lt;else-if&gt;'s tests, parsed on first use.</summary>
    internal Conditions.Spec? Conditions;
    /// <summary>The formatting its attributes ask for, read on first use.</summary>
    internal RichStyle[]? Styles;

    public string? this[string attr] => A.TryGetValue(attr, out var v) ? v : null;
    public bool Is(string attr, string value) => A.TryGetValue(attr, out var v) && v == value;
    public bool Flag(string attr) => A.TryGetValue(attr, out var v) && v == "true";
    public El? Kid(string name) => Kids.FirstOrDefault(k => k.Name == name);
    public IEnumerable<El> All(string name) => Kids.Where(k => k.Name == name);
}
