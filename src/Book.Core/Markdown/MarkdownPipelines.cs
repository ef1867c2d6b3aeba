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
            .UseTaskLists()
            // Pandoc's ~~strikeout~~, ^superscript^ and ~subscript~ (^[inline notes] are matched first, by our parser).
            .UseEmphasisExtras(Markdig.Extensions.EmphasisExtras.EmphasisExtraOptions.Strikethrough
                | Markdig.Extensions.EmphasisExtras.EmphasisExtraOptions.Superscript
                | Markdig.Extensions.EmphasisExtras.EmphasisExtraOptions.Subscript);
        // No SmartyPants: quotes, dashes and ellipses are set once the book is whole (TypographyStage),
        // where a quote's language and what stands on both sides of it across inline formatting are known.
        b.Extensions.AddIfNotAlready<FancyListsExtension>();
        b.Extensions.AddIfNotAlready<PandocInlinesExtension>();
        b.Extensions.AddIfNotAlready<Citations.CitationExtension>();
        b.Extensions.AddIfNotAlready<TexMathExtension>();
        b.Extensions.AddIfNotAlready<LargeParagraphsExtension>();
        b.UseGenericAttributes(); // generic attributes must come last
        b.Extensions.AddIfNotAlready<LiteralBracesExtension>(); // only puts its parser in front of them
        b.Extensions.AddIfNotAlready<HeadingAttributesExtension>(); // a heading's {…} is the one ending its line
        return b.Build();
    }
}
