using Book.Core.Citations;
using Book.Csl;
using Book.Model;

namespace Book.Core.Pipeline;

/// <summary>Loads the bibliography files, formats citations by the book's CSL style (notes or in-text) and fills the bibliography appendix.</summary>
public sealed class CitationStage : IResolveStage
{
    sealed record Setup(Bibliography Bibliography, CslProcessor Processor);

    /// <summary>The bibliography, the style and the processor over them need only the project's files.</summary>
    public object? Prepare(ResolveContext context, DiagnosticBag diags)
    {
        var bib = BibliographyLoader.Load(context.Files, context.Manifest, diags);
        var style = CitationStyleLoader.Load(context.Files, context.Manifest.Csl, diags);
        return new Setup(bib, CitationResolver.Processor(bib, style, context.Manifest.Meta.Language));
    }

    public BookDocument Apply(BookDocument book, ResolveContext context)
    {
        var setup = (Setup)context.Prepared(this)!;
        return CitationResolver.Resolve(book, setup.Bibliography, setup.Processor, context.Diagnostics);
    }
}
