using Book.Core.Sources;
using Book.Model;

namespace Book.Core.Pipeline;

/// <summary>
/// The resolve stage: everything that needs the whole book, as one declared pipeline. The order
/// matters: the generated appendices come first so that their headings, cross-references and
/// citations are resolved with the rest; the index marks the text before citations add notes
/// (it searches what authors wrote); numbering gives cross-references their labels; citations
/// come next because every text that may cite has to be in the book by then; notes are numbered
/// last, once, when every note (written or made from a citation) is in place; quotes, dashes and
/// no-break spaces are set after everything, so generated text gets them too.
/// </summary>
public static class Resolver
{
    public static ResolvePipeline Default { get; } = new ResolvePipelineBuilder()
        .Use(new ChronologyStage())
        .Use(new IndexStage())
        .Use(new NumberingStage())
        .Use(new CrossRefStage())
        .Use(new CitationStage())
        .Use(new NoteNumberingStage())
        .Use(new TypographyStage())
        .Build();

    public static BookDocument Resolve(BookDocument book, ProjectFiles files, Manifest manifest, DiagnosticBag diags) =>
        Default.Run(book, new ResolveContext(files, manifest, diags));
}
