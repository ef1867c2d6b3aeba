using Markdig;
using Markdig.Parsers.Inlines;
using Markdig.Renderers;

namespace Book.Core.Citations;

/// <summary>
/// Adds Pandoc citation syntax to a Markdig pipeline, producing <see cref="CitationNode"/>s.
/// Order: it only adds an inline parser (placed before <see cref="LinkInlineParser"/>), and
/// GenericAttributes only hooks block parsers and its own '{' inline parser, so this extension
/// works whether it is added before or after <c>UseGenericAttributes()</c>.
/// </summary>
public sealed class CitationExtension : IMarkdownExtension
{
    /// <summary>Key in <see cref="MarkdownParserContext.Properties"/> for the file name put into citation spans.</summary>
    public static readonly object SourceFileKey = typeof(CitationExtension);

    /// <summary>A parser context that makes citation spans carry <paramref name="file"/>: <c>Markdown.Parse(text, pipeline, ContextFor(path))</c>.</summary>
    public static MarkdownParserContext ContextFor(string file)
    {
        var context = new MarkdownParserContext();
        context.Properties[SourceFileKey] = file;
        return context;
    }

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (pipeline.InlineParsers.Contains<CitationInlineParser>()) return;
        if (!pipeline.InlineParsers.InsertBefore<LinkInlineParser>(new CitationInlineParser()))
            pipeline.InlineParsers.Add(new CitationInlineParser());
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        // No HTML rendering: the book converts the syntax tree to its own model.
    }
}
