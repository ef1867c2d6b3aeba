using Markdig.Syntax.Inlines;

namespace Book.Core.Citations;

/// <summary>
/// A citation found by <see cref="CitationInlineParser"/>. <see cref="Value"/>.Span has a 1-based line
/// and column; its File is the one given through <see cref="CitationExtension.ContextFor"/>, or "" —
/// then the converter fills it in (<c>Value with { Span = Value.Span! with { File = path } }</c>).
/// </summary>
public sealed class CitationNode : LeafInline
{
    public Model.Citation Value = null!;

    public override string ToString() =>
        (Value.Narrative ? "@" : "[@") + string.Join("; @", Value.Items.Select(i => i.Key)) + (Value.Narrative ? "" : "]");
}
