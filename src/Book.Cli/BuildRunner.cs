using Book.Core.Pipeline;
using Book.Core.Sources;
using Spectre.Console;

namespace Book.Cli;

/// <summary>What to build: the same arguments `book build` takes.</summary>
public sealed record BuildRequest(string ProjectDir, string OutDir, string? Formats, bool Write = true, bool PrintPreflight = false);

/// <summary>
/// Runs one build as the user sees it. On a terminal, a build that takes more than a moment
/// gets a progress display (Spectre.Console) with one line per stage; its output is held back
/// and printed when the display has gone, so the two never interleave. Elsewhere it just builds.
/// </summary>
public static class BuildRunner
{
    /// <summary>Builds quicker than this show no progress display at all.</summary>
    static readonly TimeSpan Moment = TimeSpan.FromMilliseconds(400);

    public static BuildOutcome Run(BuildRequest req, OutputStyle style, IParsedFileCache? cache, TextWriter stdout, TextWriter stderr)
    {
        if (!style.Interactive)
        {
            var plain = new BuildContext { Cache = cache, Style = style, PrintPreflight = req.PrintPreflight };
            Builder.Build(req.ProjectDir, req.OutDir, req.Formats, req.Write, stdout, stderr, plain);
            return plain.Outcome!;
        }

        var stages = new StageLog();
        var ctx = new BuildContext { Cache = cache, Style = style, OnStage = stages.Start, PrintPreflight = req.PrintPreflight };
        var outBuf = new StringWriter(); var errBuf = new StringWriter();
        var build = Task.Run(() => Builder.Build(req.ProjectDir, req.OutDir, req.Formats, req.Write, outBuf, errBuf, ctx));
        if (!build.Wait(Moment)) ShowProgress(build, stages, style);
        build.GetAwaiter().GetResult();
        stderr.Write(errBuf.ToString());
        stdout.Write(outBuf.ToString());
        return ctx.Outcome!;
    }

    static void ShowProgress(Task build, StageLog stages, OutputStyle style)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(Console.Out),
            ColorSystem = style.Color ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
        });
        console.Progress()
            .AutoClear(true)
            .Columns(new SpinnerColumn(), new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new ElapsedTimeColumn())
            .Start(ctx =>
            {
                var shown = new List<ProgressTask>();
                while (true)
                {
                    var names = stages.Snapshot();
                    for (int i = shown.Count; i < names.Count; i++)
                        shown.Add(ctx.AddTask(Markup.Escape(names[i]), maxValue: 1).IsIndeterminate());
                    // Every stage but the last has finished.
                    for (int i = 0; i < shown.Count - 1; i++)
                        if (!shown[i].IsFinished) { shown[i].IsIndeterminate = false; shown[i].Value = 1; shown[i].StopTask(); }
                    ctx.Refresh();
                    if (build.Wait(80)) break;
                }
            });
    }

    /// <summary>The stages begun so far, written by the build's thread and read by the display's.</summary>
    sealed class StageLog
    {
        readonly List<string> _names = new();
        public void Start(string name) { lock (_names) _names.Add(name); }
        public List<string> Snapshot() { lock (_names) return _names.ToList(); }
    }
}
