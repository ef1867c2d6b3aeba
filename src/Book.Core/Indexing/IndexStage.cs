using Book.Model;
using Book.Core.Project;

namespace Book.Core.Indexing;

/// <summary>
/// The resolve step for the index: reads index.yaml, marks occurrences in the text and fills the
/// generated "index" appendix. Runs before citations are resolved, so the notes that citations
/// generate are not searched; author-written notes are.
/// </summary>
public static class IndexStage
{
    public const string AppendixId = "index";

    public static BookDocument Apply(BookDocument book, ProjectFiles files, Manifest manifest, DiagnosticBag diags)
    {
        var yaml = GeneratedAppendixFile.Read(files, manifest, AppendixId, IndexReader.FileName,
            "add 'index' to the appendices in book.yaml to print the index", diags);
        if (yaml is null) return book;
        var definitions = IndexReader.Read(yaml, diags, files.Display(IndexReader.FileName));
        var generated = manifest.Appendices.Where(a => a.IsGenerated).Select(a => a.Path).ToHashSet(StringComparer.Ordinal);
        var marked = IndexMarker.Mark(book, definitions, d => SearchedForTerms(d, generated));
        return marked.Book with
        {
            Divisions = marked.Book.Divisions
                .Select(d => d.Kind == DivisionKind.Appendix && d.Id == AppendixId && generated.Contains(d.Id)
                    ? IndexBuilder.BuildAppendix(d, marked.Terms, diags) : d)
                .ToList(),
        };
    }

    /// <summary>
    /// The text a reader looks up: chapters, front-matter files and appendices written in Markdown.
    /// Not the generated appendices (chronology, bibliography, index), nor colophon and dedication.
    /// </summary>
    public static bool SearchedForTerms(Division d, IReadOnlySet<string> generatedAppendixIds) => d.Kind switch
    {
        DivisionKind.Chapter or DivisionKind.FrontMatter => true,
        DivisionKind.Appendix => !generatedAppendixIds.Contains(d.Id),
        _ => false,
    };
}
