namespace Book.Build;

/// <summary>What an output is made from: the document model alone, or the typeset pages too.</summary>
public enum OutputNeeds { Model, Pages }

/// <summary>
/// One kind of output a build can write (pdf, print, print-trim, print-cover, epub, html). Registered in
/// <see cref="OutputFormats"/>: the names --format and book.yaml's <c>outputs:</c> accept come from there.
/// </summary>
public interface IOutputFormat
{
    /// <summary>The name in --format and <c>outputs:</c>.</summary>
    string Name { get; }

    /// <summary>The file written, from the book's slug ("khojaly-1992" → "khojaly-1992.pdf").</summary>
    string FileName(string slug);

    OutputNeeds Needs { get; }

    /// <summary>Written on a thread of its own while the others are written (it must only read the input).</summary>
    bool Concurrent { get; }

    /// <summary>The output is a folder (its stream holds a <see cref="Saving.FolderBundle"/>), saved as a whole.</summary>
    bool Folder => false;

    /// <summary>The progress line shown while it is written; null to fold it into the stage before.</summary>
    string? Stage { get; }

    void Write(OutputInput input, Stream destination);

    /// <summary>What the written file holds, in words ("80 pages"), for the closing summary.</summary>
    string Describe(OutputInput input);
}
