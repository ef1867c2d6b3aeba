using Book.Core.Citations;
using Book.Model;

namespace Book.Core.Pipeline;

/// <summary>Loads the bibliography files, formats citations by the book's CSL style (notes or in-text) and fills the bibliography appendix.</summary>
public sealed class CitationStage : IResolveStage
{
    public BookDocument Apply(BookDocument book, ResolveContext context)
    {
        var diags = context.Diagnostics;
        var bib = BibliographyLoader.Load(context.Files, context.Manifest, diags);
        var style = CitationStyleLoader.Load(context.Files, context.Manifest.Csl, diags);
        return CitationResolver.Resolve(book, bib, style, diags);
    }
}
