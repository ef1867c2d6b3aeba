using Markdig;
using Markdig.Renderers;

namespace Book.Core.Citations;

// Placeholder until the citation branch lands: registers nothing.
public sealed class CitationExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline) { }
    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer) { }
}

// Placeholder node until the citation branch lands.
public sealed class CitationNode : Markdig.Syntax.Inlines.LeafInline
{
    public required Model.Citation Value { get; init; }
}
