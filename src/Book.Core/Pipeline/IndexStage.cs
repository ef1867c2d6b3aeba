using Book.Core.Indexing;
using Book.Core.Sources;
using Book.Model;

namespace Book.Core.Pipeline;

/// <summary>
/// Reads index.yaml, marks occurrences in the text and fills the generated index appendix. Runs
/// before citations are resolved, so the notes that citations generate are not searched;
/// author-written notes are.
/// </summary>
public sealed class IndexStage : IResolveStage
{
    /// <summary>index.yaml is read and parsed while the chapters are.</summary>
    public object? Prepare(ResolveContext context, DiagnosticBag diags)
    {
        var files = context.Files;
        var yaml = GeneratedAppendixFile.Read(files, context.Manifest, GeneratedAppendix.Index, IndexReader.FileName,
            "add 'index' to the appendices in book.yaml to print the index", diags);
        return yaml is null ? null : IndexReader.Read(yaml, diags, files.Display(IndexReader.FileName));
    }

    public BookDocument Apply(BookDocument book, ResolveContext context)
    {
        var diags = context.Diagnostics;
        if (context.Prepared(this) is not { } prepared) return book;
        var definitions = (IReadOnlyList<IndexDefinition>)prepared;
        var marked = IndexMarker.Mark(book, definitions, SearchedForTerms);
        return marked.Book with
        {
            Divisions = marked.Book.Divisions
                .Select(d => d.Generated == GeneratedAppendix.Index ? IndexBuilder.BuildAppendix(d, marked.Terms, diags, book.Meta.Language) : d)
                .ToList(),
        };
    }

    /// <summary>
    /// The text a reader looks up: chapters, front-matter files and appendices written in Markdown.
    /// Not the generated appendices (chronology, bibliography, index), nor colophon and dedication.
    /// </summary>
    public static bool SearchedForTerms(Division d) => d.Kind switch
    {
        DivisionKind.Chapter or DivisionKind.FrontMatter => true,
        DivisionKind.Appendix => d.Generated is null,
        _ => false,
    };
}
