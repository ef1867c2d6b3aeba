using Book.Model;

namespace Book.Build.Preflight;

/// <summary>The title page's facts and the cover: who edited the book (or that nobody is named, on purpose), when, and what is on the outside.</summary>
static class MetadataChecks
{
    public static void Check(BookDocument book, PreflightChoices choices, string manifestFile, DiagnosticBag diags)
    {
        var top = new SourceSpan(manifestFile, 1, 1);
        if (book.Meta.Editors.Count == 0 && !choices.NoEditors)
            diags.Warning(choices.EditorsAt is { } at ? new SourceSpan(manifestFile, at.Line, at.Column) : top,
                "no editor or author is named; add editors: [\u2026] to book.yaml, or editors: none if the book deliberately names nobody");
        if (book.Meta.Date is null)
            diags.Warning(top, "the edition has no date; add date: YYYY-MM-DD to book.yaml (it prints on the title page and the colophon)");
        if (book.Meta.Cover is null)
            diags.Warning(top, "the book has no cover; add cover: { front: typographic, back: back-cover.md } to book.yaml, or a front picture");
    }
}
