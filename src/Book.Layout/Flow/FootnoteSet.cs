using Book.Pages;
using Book.Layout.Paragraphs;

namespace Book.Layout.Flow;

/// <summary>The set lines of every note of a division, by note id.</summary>
public sealed class FootnoteSet
{
    readonly Dictionary<string, List<TextLine>> _lines = new(StringComparer.Ordinal);

    /// <summary>A one-line note no wider than this may share its row with the next short note.</summary>
    public double PairWidth { get; init; }

    public void Add(string id, List<TextLine> lines) => _lines[id] = lines;
    public IReadOnlyList<TextLine> Lines(string id) => _lines.TryGetValue(id, out var l) ? l : [];

    public bool IsShort(string id) => PairWidth > 0 && _lines.TryGetValue(id, out var l) && l.Count == 1 && l[0].Width <= PairWidth;
}

/// <summary>One row of the note area: a note line, and beside it a second short note when two fit.</summary>
public sealed record NoteRow(TextLine Left, TextLine? Right = null);
