using Book.Model;

namespace Book.Core.Citations.Bibliographies.BibTex;

/// <summary>A field of a .bib entry: its name (lower case), its raw LaTeX value (macros expanded,
/// pieces joined, inner braces kept) and where the name was written.</summary>
public sealed record BibField(string Name, string Value, SourceSpan Span);

/// <summary>One <c>@type{key, field = value, …}</c> entry as written; <see cref="Type"/> is lower case.</summary>
public sealed record BibEntry(string Type, string Key, IReadOnlyList<BibField> Fields, SourceSpan Span)
{
    public string? Get(string name) => Fields.FirstOrDefault(f => f.Name == name)?.Value;
    public BibField? Field(string name) => Fields.FirstOrDefault(f => f.Name == name);
}
