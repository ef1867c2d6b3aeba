using System.Globalization;

namespace Book.Cli;

/// <summary>`book watch` settings: a build request, the quiet time before a rebuild, and an optional stop.</summary>
public sealed record WatchOptions(BuildRequest Build, TimeSpan Debounce, int? MaxRebuilds = null);

/// <summary>
/// `book watch`: builds, then rebuilds whenever a file of the project changes, reporting the time
/// each rebuild took. Parsed files that did not change are kept between rebuilds (<see cref="ParsedFileCache"/>);
/// the fonts, hyphenation patterns and the warmed-up code stay loaded in the process. A failed
/// rebuild writes nothing, so the last good PDF stays where it was for the reader that has it open.
/// Stops on Ctrl+C (the token) or after --max-rebuilds; the exit code is the last build's.
/// </summary>
public static class Watcher
{
    public static int Run(WatchOptions o, OutputStyle style, TextWriter stdout, TextWriter stderr, CancellationToken cancel)
    {
        var session = new WatchSession(o.Build, style);
        var last = session.Build(stdout, stderr);
        if (!Directory.Exists(o.Build.ProjectDir)) return last.ExitCode;

        using var changes = new ChangeFeed(o.Build.ProjectDir, o.Build.OutDir);
        var info = style.Format == DiagnosticFormat.Json ? stderr : stdout;
        if (!style.Quiet) info.WriteLine($"watching {o.Build.ProjectDir} for changes; press Ctrl+C to stop");
        info.Flush();

        // While waiting for the first change, so that the first rebuild is as quick as the later ones.
        var memory = new RebuildMemory();
        var warmUp = Task.Run(() => { session.WarmUp(); memory.Idle(afterRebuild: false); });

        int rebuilds = 0;
        while (o.MaxRebuilds is null || rebuilds < o.MaxRebuilds)
        {
            var changed = changes.Next(o.Debounce, cancel);
            if (changed is null) break;
            warmUp.Wait(CancellationToken.None);
            var started = System.Diagnostics.Stopwatch.StartNew();
            memory.RebuildStarts();
            last = session.Build(stdout, stderr);
            var took = started.Elapsed;
            rebuilds++;
            // A line a benchmark or a script can read: "rebuilt in 312 ms …" or "rebuild failed in 95 ms …".
            var what = Describe(changed, o.Build.ProjectDir);
            var cache = session.Cache;
            var reuse = $"reused {cache.Hits.ToString(CultureInfo.InvariantCulture)} of {(cache.Hits + cache.Misses).ToString(CultureInfo.InvariantCulture)} parsed files";
            if (last.Succeeded)
                info.WriteLine($"{Reporter.Paint(style, "\u001b[32m", "rebuilt")} in {Reporter.Millis(took)} ms after a change to {what}; {reuse}");
            else
                stderr.WriteLine($"rebuild failed in {Reporter.Millis(took)} ms after a change to {TerminalText.Safe(what)}; the last good outputs are kept");
            info.Flush(); stderr.Flush();
            memory.Idle(afterRebuild: true);
        }
        return last.ExitCode;
    }

    /// <summary>The files that changed, leaving out an editor's temporaries that came and went during the save.</summary>
    static string Describe(IReadOnlyList<string> changed, string projectDir)
    {
        var still = changed.Where(c => File.Exists(Path.Combine(projectDir, c))).ToList();
        if (still.Count > 0) changed = still;
        return changed.Count switch
        {
            1 => changed[0],
            <= 3 => string.Join(", ", changed),
            _ => $"{changed[0]} and {(changed.Count - 1).ToString(CultureInfo.InvariantCulture)} other files",
        };
    }
}
