using System.Diagnostics;
using Book.Build;
using Book.Model;

namespace Book.Cli;

/// <summary>One build as the command line runs it: <see cref="Publication.Build"/>, the outputs written, then the report.</summary>
public static class Builder
{
    /// <param name="ctx">how to report and what to reuse (book watch keeps one cache across builds); null for a plain build</param>
    public static int Build(string projectDir, string outDir, string? formats, bool write, TextWriter stdout, TextWriter stderr, BuildContext? ctx = null)
    {
        ctx ??= new BuildContext();
        ctx.Writes = write;
        var total = Stopwatch.StartNew();
        var timings = new StageTimings(); // BOOK_TIMINGS=1: time per stage on stderr
        var diags = new DiagnosticBag();
        System.Runtime.InteropServices.PosixSignal? interrupted = null;
        try
        {
            // A build stopped mid-save left a mix: put the previous set back first, even if this build fails.
            if (write)
                try { Publication.Recover(outDir, notice => stderr.WriteLine(TerminalText.Safe(notice))); }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    diags.Error(new SourceSpan(outDir, 0, 0), $"cannot use the output folder: {e.Message}");
                    return Report(diags, stdout, stderr, Commands.InputError, ctx, total);
                }
            // The print preflight judges the reading PDF's pages, pictures and fonts, and scans every file the build reads.
            var observed = ctx.PrintPreflight ? new Book.Build.Preflight.ObservedHost(ctx.Host ?? FileSystemHost.Instance) : null;
            var result = Publication.Build(projectDir, new BuildOptions
            {
                OutDir = outDir, Formats = observed is null ? formats : "pdf", Cache = ctx.Cache, OnStage = ctx.OnStage, Timings = timings, Diagnostics = diags,
            }, (IBuildHost?)observed ?? ctx.Host);
            if (!result.Succeeded) return Report(diags, stdout, stderr, Commands.InputError, ctx, total);
            if (observed is not null)
            {
                ctx.PrintFindings = Book.Build.Preflight.PrintPreflight.Check(result, observed.Texts, observed.ManifestFile);
                return Report(diags, stdout, stderr, ctx.PrintFindings > 0 ? Commands.InputError : Commands.Ok, ctx, total);
            }
            if (write)
            {
                try
                {
                    interrupted = Publication.WriteAll(result, notice => stderr.WriteLine(TerminalText.Safe(notice))).Interrupted;
                    timings.Mark("save");
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    diags.Error(new SourceSpan(outDir, 0, 0), $"cannot write the outputs: {e.Message} The previous files are unchanged.");
                    return Report(diags, stdout, stderr, Commands.InputError, ctx, total);
                }
            }
            var written = result.Outputs.Select(o => new WrittenFile(o.Path, o.What)).ToList();
            timings.Report(stderr);
            int code = Report(diags, stdout, stderr, Commands.Ok, ctx, total, written);
            if (interrupted is { } signal)
            {
                // The signal was held until every output was in place; now stop as asked.
                stderr.WriteLine($"stopped by {signal} after the outputs were saved completely");
                code = 128 + SignalNumber(signal);
                ctx.Outcome = ctx.Outcome! with { ExitCode = code };
            }
            return code;
        }
        catch (Exception e) when (e is OutOfMemoryException || (e is AggregateException a && a.Flatten().InnerExceptions.Any(i => i is OutOfMemoryException)))
        {
            // (Stages that run in parallel wrap it in an AggregateException.)
            // Not a bug to report but a limit to raise: say so, and keep the earlier outputs.
            // BOOK_DEBUG=1: where it ran out, and what the last full collection left live and committed.
            if (Environment.GetEnvironmentVariable("BOOK_DEBUG") is not null)
            {
                var gc = GC.GetGCMemoryInfo(GCKind.FullBlocking);
                stderr.WriteLine(e.ToString());
                stderr.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                    $"last full GC: {gc.HeapSizeBytes >> 20} MB live, {gc.TotalCommittedBytes >> 20} MB committed, limit {gc.TotalAvailableMemoryBytes >> 20} MB"));
            }
            diags.Error(null, "out of memory: the book needs more than this process may use (see `ulimit -v` or the container's memory limit); nothing was written.");
            return Report(diags, stdout, stderr, Commands.InputError, ctx, total);
        }
        catch (Exception e) when (Environment.GetEnvironmentVariable("BOOK_DEBUG") is null)
        {
            // Never a stack trace for a user; BOOK_DEBUG=1 shows it for us.
            diags.Error(null, $"internal error ({e.GetType().Name}: {e.Message}); nothing was written. Please report this with the input that caused it.");
            Report(diags, stdout, stderr, Commands.InputError, ctx, total);
            ctx.Outcome = ctx.Outcome! with { ExitCode = Commands.InternalError };
            return Commands.InternalError;
        }
    }

    static int SignalNumber(System.Runtime.InteropServices.PosixSignal s) => s switch
    {
        System.Runtime.InteropServices.PosixSignal.SIGHUP => 1,
        System.Runtime.InteropServices.PosixSignal.SIGINT => 2,
        System.Runtime.InteropServices.PosixSignal.SIGQUIT => 3,
        _ => 15,
    };

    /// <summary>Diagnostics, then the closing summary; records the outcome for book watch.</summary>
    static int Report(DiagnosticBag diags, TextWriter stdout, TextWriter stderr, int code, BuildContext ctx, Stopwatch total,
        IReadOnlyList<WrittenFile>? files = null)
    {
        var items = diags.Items;
        int errors = items.Count(d => d.Severity == Severity.Error), warnings = items.Count - errors;
        code = errors > 0 ? Math.Max(code, Commands.InputError) : code;
        var outcome = new BuildOutcome(code, total.Elapsed, errors, warnings, code == Commands.Ok ? files ?? [] : [], ctx.Writes)
        {
            PrintFindings = errors == 0 ? ctx.PrintFindings : null,
        };
        ctx.Outcome = outcome;
        Reporter.Diagnostics(items, stdout, stderr, ctx.Style);
        Reporter.Summary(outcome, stdout, stderr, ctx.Style);
        return code;
    }
}
