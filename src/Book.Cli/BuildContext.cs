using Book.Build;
using Book.Core.Pipeline;
using Book.Core.Sources;

namespace Book.Cli;

/// <summary>
/// How the command line runs a build (<see cref="Publication"/> does the building): what it may
/// reuse and how it talks to the user. A plain `book build` uses the defaults; `book watch` keeps
/// one <see cref="Cache"/> across rebuilds and reads <see cref="Outcome"/>.
/// </summary>
public sealed class BuildContext
{
    /// <summary>Parsed files kept from earlier builds; null parses everything.</summary>
    public IParsedFileCache? Cache { get; init; }

    public OutputStyle Style { get; init; } = OutputStyle.Plain;

    /// <summary>Files, fonts and date; null is this machine (<see cref="FileSystemHost"/>).</summary>
    public IBuildHost? Host { get; init; }

    /// <summary>Told the name of each stage as it starts; the progress display listens here. Called on the build's thread.</summary>
    public Action<string>? OnStage { get; init; }

    /// <summary>Set by the build when it ends, whether it succeeded or not.</summary>
    public BuildOutcome? Outcome { get; internal set; }

    /// <summary>Whether this build writes its outputs (build, watch) or only checks (check).</summary>
    internal bool Writes { get; set; } = true;

    /// <summary>`book check --print`: after the build, judge whether the book is ready for a printer.</summary>
    public bool PrintPreflight { get; init; }

    /// <summary>How many findings the print preflight made; null when it did not run.</summary>
    internal int? PrintFindings { get; set; }
}

/// <summary>How one build ended: exit code, time, counts, and the files written (none when it failed).</summary>
public sealed record BuildOutcome(int ExitCode, TimeSpan Elapsed, int Errors, int Warnings, IReadOnlyList<WrittenFile> Files, bool Wrote)
{
    /// <summary>The print preflight's findings (the build's warnings among them); null when it did not run.</summary>
    public int? PrintFindings { get; init; }

    public bool Succeeded => ExitCode == Commands.Ok;
}

/// <summary>An output and what it holds, in words ("80 pages").</summary>
public sealed record WrittenFile(string Path, string What);
