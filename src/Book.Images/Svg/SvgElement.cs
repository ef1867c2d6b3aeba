namespace Book.Images.Svg;

/// <summary>
/// One SVG element as read from the file: its local name, its attributes (namespaced ones only
/// for xlink:href, kept as "href", and xml:space), its children in order and, inside text, the
/// character data between them (as strings).
/// </summary>
internal sealed class SvgElement(string name, int line, int column)
{
    public string Name { get; } = name;
    public int Line { get; } = line;
    public int Column { get; } = column;
    public Dictionary<string, string> Attributes { get; } = new(StringComparer.Ordinal);
    /// <summary><see cref="SvgElement"/>s and, inside text elements, strings.</summary>
    public List<object> Content { get; } = new();

    public string? this[string attribute] => Attributes.GetValueOrDefault(attribute);

    public IEnumerable<SvgElement> Children => Content.OfType<SvgElement>();
}
