using Book.Model;

namespace Book.Core.Citations;

/// <summary>
/// A note-based citation style. Note forms return one cited item without prefix, suffix or final
/// period — the resolver adds those, joins several items with "; " and closes the note.
/// </summary>
public interface ICitationStyle
{
    /// <summary>The first citation of a source in the book.</summary>
    IReadOnlyList<Inline> FullNote(SourceEntry source, CitationItem item);

    /// <summary>Later citations: who and a short title, with the locator.</summary>
    IReadOnlyList<Inline> ShortNote(SourceEntry source, CitationItem item);

    /// <summary>The same single source as the note just before; <paramref name="locator"/> is null when it did not change.</summary>
    IReadOnlyList<Inline> Ibid(SourceEntry source, string? locator);

    /// <summary>What a narrative citation (<c>@key</c>) prints in running text: the author, or who stands in for one.</summary>
    IReadOnlyList<Inline> NarrativeText(SourceEntry source, bool firstMention);

    /// <summary>The full bibliography entry, closing period included.</summary>
    IReadOnlyList<Inline> BibliographyEntry(SourceEntry source);

    /// <summary>A key whose ordinal order is the bibliography's order.</summary>
    string BibliographySortKey(SourceEntry source);
}
