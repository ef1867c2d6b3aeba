using Book.Build;

namespace Book.Cli;

/// <summary>
/// The builds of one `book watch`: one request, one <see cref="ParsedFileCache"/> kept across
/// builds, fonts and patterns loaded once per process. Public so a benchmark can time exactly
/// what watch does after an edit: <c>Build</c>, <c>WarmUp</c>, edit a file, <c>Build</c> again.
/// </summary>
public sealed class WatchSession(BuildRequest request, OutputStyle style)
{
    public BuildRequest Request { get; } = request;
    public ParsedFileCache Cache { get; } = new();

    /// <summary>One build as the user sees it (progress on a terminal), reusing what did not change.</summary>
    public BuildOutcome Build(TextWriter stdout, TextWriter stderr)
    {
        Cache.ResetCounts();
        return BuildRunner.Run(Request, style, Cache, stdout, stderr);
    }

    /// <summary>
    /// Silent builds that write nothing. The runtime compiles hot code again, optimised, once it
    /// has run a while; running the pipeline a couple more times while waiting for the first
    /// change means the first real rebuild is about as quick as the later ones.
    /// </summary>
    public void WarmUp(int rounds = 2)
    {
        for (int i = 0; i < rounds; i++)
            Builder.Build(Request.ProjectDir, Request.OutDir, Request.Formats, write: false, TextWriter.Null, TextWriter.Null,
                new BuildContext { Cache = Cache, Style = OutputStyle.Plain with { Quiet = true } });
    }
}
