using Book.Model;

namespace Book.Core.Indexing;

/// <summary>
/// One entry of index.yaml: the heading printed in the index (<see cref="Term"/>), the spellings
/// that are marked in the text (<see cref="Variants"/>; a term without variants is its own only
/// variant), or, for a cross-reference such as "Kargar river, see Gargar river", <see cref="See"/>
/// and no variants. <see cref="Span"/> is null for entries made from explicit marks in the text.
/// </summary>
public sealed record IndexDefinition(string Term, IReadOnlyList<string> Variants, string? See, SourceSpan? Span)
{
    public bool IsCrossReference => See is not null;
}
