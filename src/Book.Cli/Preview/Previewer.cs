using System.Net;

namespace Book.Cli;

/// <summary>`book preview` settings: the project, the output folder, the port, the quiet time before a rebuild.</summary>
public sealed record PreviewOptions(string ProjectDir, string OutDir, int Port, TimeSpan Debounce);

/// <summary>
/// `book preview`: builds the web edition and the PDF, serves them on the loopback address
/// (<see cref="PreviewServer"/>) and rebuilds on every save as `book watch` does (one
/// <see cref="WatchSession"/>, one <see cref="ChangeFeed"/>); open pages reload after a good build and
/// show a failed build's errors over the last good page. Stops on Ctrl+C (the token).
/// </summary>
public static class Previewer
{
    public const string Formats = "html,pdf";

    public static int Run(PreviewOptions o, OutputStyle style, TextWriter stdout, TextWriter stderr, CancellationToken cancel)
    {
        var session = new WatchSession(new BuildRequest(o.ProjectDir, o.OutDir, Formats), style);
        PreviewServer server;
        try { server = new PreviewServer(o.OutDir, o.Port); }
        catch (HttpListenerException e)
        {
            stderr.WriteLine($"error: cannot serve on 127.0.0.1:{o.Port}: {e.Message}; choose another port with --port");
            return Commands.UsageError;
        }
        using (server)
        {
            var last = Build(session, server, stdout, stderr);
            if (!Directory.Exists(o.ProjectDir)) return last.ExitCode;
            using var changes = new ChangeFeed(o.ProjectDir, o.OutDir);
            stdout.WriteLine($"previewing {o.ProjectDir} at {server.Url} (the PDF too); rebuilding on every save; press Ctrl+C to stop");
            stdout.Flush();
            // As `book watch`: while waiting for the first save, so that the first rebuild is as quick as the later ones.
            var warmUp = Task.Run(() => session.WarmUp());
            while (changes.Next(o.Debounce, cancel) is { } changed)
            {
                warmUp.Wait(CancellationToken.None);
                last = Build(session, server, stdout, stderr);
                stdout.WriteLine(last.Succeeded ? $"rebuilt after a change to {string.Join(", ", changed)}" : "rebuild failed; the page shows the errors");
                stdout.Flush();
            }
            return last.ExitCode;
        }
    }

    static BuildOutcome Build(WatchSession session, PreviewServer server, TextWriter stdout, TextWriter stderr)
    {
        var errors = new StringWriter();
        var outcome = session.Build(stdout, errors);
        var text = errors.ToString();
        stderr.Write(text);
        stderr.Flush();
        if (outcome.Succeeded && outcome.Files.FirstOrDefault(f => Directory.Exists(f.Path)) is { } site) server.Built(site.Path);
        else
        {
            var lines = text.Split('\n').Where(l => l.Contains(": error:", StringComparison.Ordinal) || l.StartsWith("error:", StringComparison.Ordinal)).ToList();
            server.Failed(lines.Count > 0 ? string.Join("\n", lines) : text.Trim());
        }
        return outcome;
    }
}
