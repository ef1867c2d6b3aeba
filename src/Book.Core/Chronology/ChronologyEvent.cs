using Book.Model;

namespace Book.Core.Chronology;

/// <summary>
/// One dated event of chronology.yaml, its text already parsed as Markdown (citations are
/// still unresolved <see cref="Citation"/> inlines). <see cref="See"/> is a section id such as "sec:siege".
/// <see cref="Id"/> names the event for another's <see cref="After"/>; <see cref="After"/> and
/// <see cref="SortDate"/> place a loosely dated event where the sources tell it, while its own
/// date is what is printed (<see cref="ChronologyOrder"/>).
/// </summary>
public sealed record ChronologyEvent(
    EventDate Date,
    bool Approximate,
    IReadOnlyList<Inline> Content,
    string? See,
    SourceSpan Span,
    SourceSpan? SeeSpan = null)
{
    public string? Id { get; init; }
    public SourceSpan? IdSpan { get; init; }
    public string? After { get; init; }
    public SourceSpan? AfterSpan { get; init; }
    public EventDate? SortDate { get; init; }

    /// <summary>The date as an English book writes it.</summary>
    public string DateText => DateFormatter.Format(Date, Approximate);

    /// <summary>The date as a book in <paramref name="locale"/>'s language writes it.</summary>
    public string DateIn(Locale locale) => DateFormatter.Format(Date, Approximate, locale);
}

/// <summary>What chronology.yaml holds: its events in file order and any notes their texts made (^[...]).</summary>
public sealed record ChronologyFile(IReadOnlyList<ChronologyEvent> Events, IReadOnlyList<Note> Notes);
