using Book.Core.Citations;
using Book.Model;

namespace Book.Core.Project;

/// <summary>
/// The resolve stage: everything that needs the whole book. Numbers tables and figures per
/// chapter, resolves cross-references, then citations (which must come last: every text
/// that may cite, chronology included, has to be in the book by then).
/// </summary>
public static class Resolver
{
    public static BookDocument Resolve(BookDocument book, ProjectFiles files, Manifest manifest, DiagnosticBag diags)
    {
        // Generated appendices first: their headings, cross-references and citations are resolved below.
        book = Chronology.ChronologyStage.Apply(book, files, manifest, diags);
        book = Indexing.IndexStage.Apply(book, files, manifest, diags);
        var targets = Numbering.Assign(ref book);
        book = CrossRefs.Resolve(book, targets, diags);
        book = Citations(book, files, diags);
        return book;
    }

    /// <summary>Loads sources.yaml (or sources.json), turns citations into notes and fills the bibliography appendix.</summary>
    static BookDocument Citations(BookDocument book, ProjectFiles files, DiagnosticBag diags)
    {
        var bib = Bibliography.Empty;
        foreach (var name in new[] { "sources.yaml", "sources.yml", "sources.json" })
        {
            if (!files.Exists(name)) continue;
            var text = files.ReadText(name, null, diags);
            if (text is null) return book;
            bib = name.EndsWith(".json", StringComparison.Ordinal)
                ? Bibliography.FromJson(text, files.Display(name), diags)
                : Bibliography.FromYaml(text, files.Display(name), diags);
            break;
        }
        var resolved = CitationResolver.Resolve(book, bib, new ChicagoNotesStyle(), diags, out var bibliography);
        var divisions = resolved.Divisions.Select(d =>
            d.Kind == DivisionKind.Appendix && d.Id == CitationResolver.BibliographyId && d.Blocks.Count == 0
                ? (bibliography ?? d) with { Span = d.Span }
                : d).ToList();
        return resolved with { Divisions = divisions };
    }
}
