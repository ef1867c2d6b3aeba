using Book.Core.Model;

namespace Book.Core.Project;

/// <summary>
/// The resolve stage: everything that needs the whole book. Numbers tables and figures per
/// chapter, resolves cross-references, then (as later stages land) citations, chronology, index.
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
        return book;
    }
}
