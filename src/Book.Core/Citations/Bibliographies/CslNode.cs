using Book.Model;

namespace Book.Core.Citations.Bibliographies;

/// <summary>
/// A format-neutral tree of CSL data with the position of every node, so YAML and JSON share one
/// interpreter (<see cref="CslItemReader"/>) and give identical data and identical diagnostics.
/// </summary>
public abstract record CslNode(SourceSpan Span);

public sealed record CslScalar(string Value, SourceSpan Span) : CslNode(Span);

public sealed record CslList(IReadOnlyList<CslNode> Items, SourceSpan Span) : CslNode(Span);

public sealed record CslMap(IReadOnlyList<CslMapEntry> Entries, SourceSpan Span) : CslNode(Span)
{
    public CslNode? Get(string key) => Entries.FirstOrDefault(e => e.Key == key)?.Value;
}

public sealed record CslMapEntry(string Key, SourceSpan KeySpan, CslNode Value);
