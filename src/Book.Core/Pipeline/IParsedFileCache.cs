using Book.Model;

namespace Book.Core.Pipeline;

/// <summary>
/// Lets a long-running caller (book watch) keep parsed files between builds. BookLoader asks it
/// for each Markdown file; an implementation returns the earlier parse while the file's text,
/// book.yaml and every file that parse read (CSV data) are unchanged, replaying its diagnostics.
/// Called from several threads at once (chapters parse in parallel), never twice for one key in a build.
/// </summary>
public interface IParsedFileCache
{
    /// <param name="key">the file's place in the book: path, kind and number</param>
    /// <param name="inputs">the texts the parse depends on from the start: the file and book.yaml</param>
    /// <param name="diags">where the parse's diagnostics (fresh or replayed) belong</param>
    /// <param name="parse">parses into the bag it is given, reporting each further file it reads (full path, text)</param>
    Division? GetOrParse(string key, IReadOnlyList<string> inputs, DiagnosticBag diags, Func<DiagnosticBag, Action<string, string>, Division?> parse);
}
