using Markdig;

namespace Book.Core.Markdown;

/// <summary>The one Markdig pipeline every chapter, note and cell is parsed with (Pandoc-compatible subset).</summary>
public static class MarkdownPipelines
{
    public static readonly MarkdownPipeline Book = Create();

    static MarkdownPipeline Create()
    {
        var b = new MarkdownPipelineBuilder()
            .UseYamlFrontMatter()
            .UseFootnotes()
            .UseCustomContainers()
            .UsePipeTables()
            .UseDefinitionLists()
            .UseSmartyPants();
        b.Extensions.AddIfNotAlready<PandocInlinesExtension>();
        b.Extensions.AddIfNotAlready<Citations.CitationExtension>();
        b.Extensions.AddIfNotAlready<LargeParagraphsExtension>();
        return b.UseGenericAttributes().Build(); // generic attributes must come last
    }
}
