using Book.Csl;
using Book.Model;

namespace Book.Core.Citations;

/// <summary>
/// Turns the <see cref="Citation"/> inlines of a book into text by a CSL style, in reading order:
/// <list type="bullet">
/// <item>With a note style, a citation in body text (paragraphs, headings, quotes, lists, table
/// captions, chronology entries) becomes a new footnote: a <see cref="NoteRef"/> at that point and a
/// <see cref="Note"/> holding the formatted citation. A bracketed citation's mark moves after a
/// following punctuation mark ("text [@a]." → "text.¹"), as Pandoc does for note styles. A
/// narrative <c>@key</c> prints the author followed by the mark. In table cells it becomes a
/// lettered note under the table.</item>
/// <item>With an in-text style ("(Doe 1999)", "[1]"), a citation stays where it is; a narrative
/// <c>@key</c> prints "Doe (1999)".</item>
/// <item>Inside an existing note a citation is its formatted text (in parentheses with a note
/// style: no note inside a note); in notes under tables, which are source lines, the text alone.</item>
/// </list>
/// "Ibid." never reaches back over a chapter boundary, a footnote that cites nothing or several
/// sources, or a note under a table. Numbering the notes is left to the stage after this one.
/// Unknown keys are errors (with a suggestion); sources never cited are warnings and stay out of
/// the bibliography, which the style formats and orders.
/// </summary>
public static class CitationResolver
{
    /// <summary>Resolves every citation of the book and fills its (empty) generated bibliography appendix with the sources cited.</summary>
    public static BookDocument Resolve(BookDocument doc, Bibliography bib, CslStyle style, DiagnosticBag diags) =>
        Resolve(doc, bib, Processor(bib, style, doc.Meta.Language), diags);

    /// <summary>The processor for a bibliography and style in the book's language; it needs nothing of the book's text.</summary>
    public static CslProcessor Processor(Bibliography bib, CslStyle style, string? language) =>
        new(style, LocaleSet.BuiltIn, language, CitationTexts.Items(bib))
        {
            // The bibliography files by the book's alphabet, the same on every machine.
            CollationKey = Collation.For(language).SortKey,
        };

    /// <summary>As above, with the processor made beforehand by <see cref="Processor"/> from the same bibliography.</summary>
    public static BookDocument Resolve(BookDocument doc, Bibliography bib, CslProcessor processor, DiagnosticBag diags)
    {
        var texts = new CitationTexts(processor);
        var collect = new CitationRun(bib, texts, diags);
        collect.Rewrite(doc);
        texts.Format();
        var run = new CitationRun(bib, texts, diags);
        var resolved = run.Rewrite(doc);

        foreach (var item in bib.Items.Where(i => !run.Cited.Contains(i.Id)))
            diags.Warning(item.Span, $"source '{item.Id}' is never cited; it is left out of the bibliography");

        if (run.Cited.Count == 0 || !resolved.Divisions.Any(d => d.Generated == GeneratedAppendix.Bibliography && d.Blocks.Count == 0))
            return resolved;
        var entries = processor.Bibliography(i => run.Cited.Contains(i.Id)).Entries
            .Select(e => (Block)new Book.Model.BibliographyEntry(e.Id, RichTextInlines.Map(e.Text))).ToList();
        // An author-date or numeric style lists "References", as APA, IEEE and Harvard name the list.
        IReadOnlyList<Inline>? title = processor.Class == "in-text" ? [new Text(doc.Meta.Locale["references"])] : null;
        return resolved with
        {
            Divisions = resolved.Divisions.Select(d => d.Generated == GeneratedAppendix.Bibliography && d.Blocks.Count == 0
                ? d with { Blocks = entries, Title = title ?? d.Title } : d).ToList(),
        };
    }
}
