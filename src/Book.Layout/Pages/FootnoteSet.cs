using Book.Layout.Paragraphs;

namespace Book.Layout.Pages;

/// <summary>The set lines of every note of a division, by note id, and the order of marks.</summary>
public sealed class FootnoteSet
{
    readonly Dictionary<string, List<TextLine>> _lines = new(StringComparer.Ordinal);
    public void Add(string id, List<TextLine> lines) => _lines[id] = lines;
    public IReadOnlyList<TextLine> Lines(string id) => _lines.TryGetValue(id, out var l) ? l : [];
}
