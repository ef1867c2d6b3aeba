using Book.Core.Pipeline;
using Book.Core.Sources;
using Book.Model;

namespace Book.Build;

/// <summary>How to build: which outputs, where they go, what to reuse, and who listens to the stages.</summary>
public sealed class BuildOptions
{
    /// <summary>Where <see cref="Publication.WriteAll"/> puts the outputs.</summary>
    public string OutDir { get; init; } = "out";

    /// <summary>Comma-separated output names (the CLI's --format); null writes what book.yaml lists.</summary>
    public string? Formats { get; init; }

    /// <summary>Parsed files kept from earlier builds (book watch); null parses everything.</summary>
    public IParsedFileCache? Cache { get; init; }

    /// <summary>Told the name of each stage as it starts ("Typesetting"); called on the build's thread.</summary>
    public Action<string>? OnStage { get; init; }

    /// <summary>Where the build reports; null gives it a fresh bag. A caller that passes its own still has
    /// what was reported before an exception (a bug) ended the build.</summary>
    public DiagnosticBag? Diagnostics { get; init; }

    /// <summary>Marked as each stage ends (BOOK_TIMINGS); null times nothing.</summary>
    public StageTimings? Timings { get; init; }
}
