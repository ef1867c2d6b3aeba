using Book.Core.Citations;
using Book.Core.Citations.Bibliographies;
using Book.Model;

namespace Book.Core.Pipeline;

/// <summary>Loads the bibliography files, turns citations into notes and fills the bibliography appendix.</summary>
public sealed class CitationStage : IResolveStage
{
    public BookDocument Apply(BookDocument book, ResolveContext context)
    {
        var diags = context.Diagnostics;
        var bib = BibliographyLoader.Load(context.Files, context.Manifest, diags);
        // A CSL type the built-in style has no form for is said, not silently printed as a web page.
        foreach (var item in bib.Items.Where(i => CslTypes.All.Contains(i.Type) && !ChicagoNotesStyle.KnownTypes.Contains(i.Type)))
            diags.Warning(item.At("type"), $"source '{item.Id}' has type '{item.Type}', which the citation style does not know; it is formatted like a web page");
        return CitationResolver.Resolve(book, bib, new ChicagoNotesStyle(), diags);
    }
}
