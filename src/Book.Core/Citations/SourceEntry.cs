using Book.Core.Citations.Bibliographies;
using Book.Model;

namespace Book.Core.Citations;

/// <summary>A personal or corporate name from a CSL <c>author</c>/<c>editor</c> list.</summary>
public sealed record PersonName(
    string? Family,
    string? Given,
    string? Literal = null,
    string? DroppingParticle = null,
    string? NonDroppingParticle = null,
    string? Suffix = null)
{
    /// <summary>"Given [particles] Family[ Suffix]", as names read in notes and running text.</summary>
    public string DisplayOrder => Literal ?? Join(Given, DroppingParticle, NonDroppingParticle, Family, Suffix);

    /// <summary>"[particle] Family, Given [particle][, Suffix]", for the first name of a bibliography entry.</summary>
    public string InvertedOrder
    {
        get
        {
            if (Literal is not null) return Literal;
            var family = Join(NonDroppingParticle, Family);
            var given = Join(Given, DroppingParticle);
            var s = given.Length == 0 ? family : family.Length == 0 ? given : family + ", " + given;
            return Suffix is null ? s : s + ", " + Suffix;
        }
    }

    /// <summary>The surname alone ("Erdogan"), or the literal name, for short notes.</summary>
    public string ShortForm => Literal ?? (Join(NonDroppingParticle, Family) is { Length: > 0 } f ? f : Given ?? "");

    static string Join(params string?[] parts) => string.Join(" ", parts.Where(p => !string.IsNullOrWhiteSpace(p)));
}

/// <summary>
/// A CSL date: year, month and day as far as known, or a literal text for anything else.
/// A range keeps its end (<see cref="End"/>) so it is not silently truncated.
/// </summary>
public sealed record CslDate(int? Year, int? Month, int? Day, string? Literal = null, CslDate? End = null);

/// <summary>One source of the bibliography files; every field but id and type may be absent.</summary>
public sealed record SourceEntry(string Id, string Type)
{
    public string? Title { get; init; }
    public string? TitleShort { get; init; }
    public string? ContainerTitle { get; init; }
    public IReadOnlyList<PersonName> Authors { get; init; } = [];
    public IReadOnlyList<PersonName> Editors { get; init; } = [];
    public CslDate? Issued { get; init; }
    public CslDate? Accessed { get; init; }
    public string? Url { get; init; }
    public string? Page { get; init; }
    public string? Publisher { get; init; }
    public string? PublisherPlace { get; init; }
    public string? Volume { get; init; }
    public string? Issue { get; init; }
    public string? Number { get; init; }
    public string? Authority { get; init; }
    public string? Note { get; init; }
    /// <summary>Where the entry starts in its file, for "never cited" and similar diagnostics.</summary>
    public SourceSpan? Span { get; init; }
    /// <summary>The CSL-JSON item this entry was read from (null for one made in code).</summary>
    public BibItem? Item { get; init; }
}
