using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace Book.Cli;

/// <summary>The `book` command line: new, build, check, watch, preview. Exit codes: 0 ok, 1 input errors, 2 usage errors, 3 internal errors.</summary>
public static class Commands
{
    public const int Ok = 0, InputError = 1, UsageError = 2, InternalError = 3;

    /// <param name="cancel">stops `book watch`; the real console also stops it on Ctrl+C</param>
    public static int Run(string[] args, TextWriter? stdout = null, TextWriter? stderr = null, CancellationToken cancel = default)
    {
        bool realConsole = stdout is null && stderr is null;
        stdout ??= Console.Out; stderr ??= Console.Error;

        var quietOpt = new Option<bool>("--quiet", "-q") { Description = "Print only errors and warnings; no progress, no summary.", Recursive = true };
        var diagOpt = new Option<string>("--diagnostics") { Description = "How to print diagnostics: text (path:line:col: error: …) or json (one JSON object per line on stdout).", DefaultValueFactory = _ => "text", Recursive = true, HelpName = "text|json" };
        diagOpt.AcceptOnlyFromAmong("text", "json");

        var root = new RootCommand("book: Markdown chapters with footnoted sources into a typeset PDF, a print-ready booklet and an EPUB.");
        root.Options.Add(quietOpt);
        root.Options.Add(diagOpt);
        root.Subcommands.Add(NewCommand(stdout, stderr));
        root.Subcommands.Add(BuildCommand(Style, stdout, stderr));
        root.Subcommands.Add(CheckCommand(Style, stdout, stderr));
        root.Subcommands.Add(WatchCommand(Style, stdout, stderr, realConsole, cancel));
        root.Subcommands.Add(PreviewCommand(Style, stdout, stderr, realConsole, cancel));

        var examples = new Dictionary<Command, string>
        {
            [root] = "book new my-book --title \"A Town Remembered\"\nbook build my-book\nbook watch my-book\nbook check my-book --diagnostics json",
        };
        foreach (var c in root.Subcommands) examples[c] = Examples[c.Name];
        var help = root.Options.OfType<HelpOption>().Single();
        help.Action = new HelpWithExamples((HelpAction)help.Action!, examples);
        // The tool's own version, also when run in-process by a host (the default reads the entry assembly).
        root.Options.OfType<VersionOption>().Single().Action = new PrintVersion();

        var parse = root.Parse(args);
        // `book new --help` must show help even though the folder is missing.
        if (parse.Errors.Count > 0 && parse.Action is not HelpWithExamples)
        {
            foreach (var e in parse.Errors) stderr.WriteLine("error: " + TerminalText.Safe(e.Message));
            stderr.WriteLine("Try 'book --help'.");
            return UsageError;
        }
        return parse.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr });

        OutputStyle Style(ParseResult r) => OutputStyle.Detect(r.GetValue(quietOpt),
            r.GetValue(diagOpt) == "json" ? DiagnosticFormat.Json : DiagnosticFormat.Text, realConsole);
    }

    static readonly Dictionary<string, string> Examples = new(StringComparer.Ordinal)
    {
        ["new"] = "book new my-book\nbook new my-book --title \"A Town Remembered\"\nbook build my-book",
        ["build"] = "book build\nbook build my-book -o dist\nbook build --format pdf,epub\nbook build my-book --quiet",
        ["check"] = "book check\nbook check my-book --diagnostics json\nbook check --print chapters",
        ["watch"] = "book watch\nbook watch my-book --format pdf\nbook watch my-book --max-rebuilds 1 --debounce 50",
        ["preview"] = "book preview\nbook preview my-book --port 8080",
    };

    /// <summary>The default help, then an Examples section for the command asked about.</summary>
    sealed class HelpWithExamples(HelpAction inner, IReadOnlyDictionary<Command, string> examples) : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult r)
        {
            int code = inner.Invoke(r);
            if (examples.TryGetValue(r.CommandResult.Command, out var ex))
            {
                var output = r.InvocationConfiguration.Output;
                output.WriteLine("Examples:");
                foreach (var line in ex.Split('\n')) output.WriteLine("  " + line);
                output.WriteLine();
            }
            return code;
        }
    }

    /// <summary>The informational version of this assembly: the package version the tool was packed with.</summary>
    public static string Version =>
        typeof(Commands).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), false)
            .OfType<System.Reflection.AssemblyInformationalVersionAttribute>().FirstOrDefault()?.InformationalVersion ?? "unknown";

    sealed class PrintVersion : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult r)
        {
            r.InvocationConfiguration.Output.WriteLine(Version);
            return Ok;
        }
    }

    /// <summary>Optional, so help shows no "[default: …]" that depends on the folder it was run in.</summary>
    static Argument<string?> ProjectArgument()
    {
        var arg = new Argument<string?>("project") { Description = "The project folder (holds book.yaml). Default: ./chapters, or . when book.yaml is here.", Arity = ArgumentArity.ZeroOrOne };
        RejectOptionLike(arg);
        return arg;
    }

    static string Project(ParseResult r, Argument<string?> arg) => r.GetValue(arg) ?? DefaultProject();

    /// <summary>./chapters (this repository's layout), else the current folder when it is a project (after `book new`).</summary>
    public static string DefaultProject() =>
        !Directory.Exists("chapters") && File.Exists(Core.Sources.ManifestReader.FileName) ? "." : "chapters";

    static Option<string> OutputOption()
    {
        var option = new Option<string>("--output", "-o") { Description = "Where to write the outputs.", DefaultValueFactory = _ => "out" };
        // An empty or blank folder name means nothing a user could mean: a usage error, not a crash.
        option.Validators.Add(r =>
        {
            if (r.Tokens.Count > 0 && string.IsNullOrWhiteSpace(r.Tokens[0].Value)) r.AddError("--output needs a folder name (it was empty)");
            else if (r.Tokens.Count > 0 && r.Tokens[0].Value.Contains('\0')) r.AddError("--output contains a NUL character");
        });
        return option;
    }

    static Option<string?> FormatOption() => new("--format", "-f") { Description = $"Outputs to write, comma-separated: {string.Join(", ", Build.OutputFormats.Names)} (default: book.yaml's outputs)." };

    static Command NewCommand(TextWriter stdout, TextWriter stderr)
    {
        var dirArg = new Argument<string>("dir") { Description = "The folder to create; it must not exist or be empty." };
        RejectOptionLike(dirArg);
        var titleOpt = new Option<string?>("--title", "-t") { Description = "The book's title (default: from the folder's name)." };
        var languageOpt = new Option<string?>("--language", "-l") { Description = "The book's language as a BCP 47 tag (default: en); az, tr and ru get the sample chapter in that language." };
        var cmd = new Command("new", "Create a project: book.yaml, a first chapter that shows every feature in a few lines " +
            "(notes, a citation, a data table and chart, a chronology entry, a language span, an index term), " +
            "sources.yaml, chronology.yaml, index.yaml and data/. It builds at once.");
        cmd.Arguments.Add(dirArg); cmd.Options.Add(titleOpt); cmd.Options.Add(languageOpt);
        cmd.SetAction(r => ProjectTemplate.Create(r.GetValue(dirArg)!, r.GetValue(titleOpt), r.GetValue(languageOpt), stdout, stderr));
        return cmd;
    }

    static Command BuildCommand(Func<ParseResult, OutputStyle> style, TextWriter stdout, TextWriter stderr)
    {
        var projectArg = ProjectArgument(); var outputOpt = OutputOption(); var formatOpt = FormatOption();
        var cmd = new Command("build", "Build the book: a typeset PDF (and the other outputs book.yaml lists). Prints diagnostics, then the files written with their page counts.");
        cmd.Arguments.Add(projectArg); cmd.Options.Add(outputOpt); cmd.Options.Add(formatOpt);
        cmd.SetAction(r => BuildRunner.Run(new BuildRequest(Project(r, projectArg), r.GetValue(outputOpt)!, r.GetValue(formatOpt)),
            style(r), null, stdout, stderr).ExitCode);
        return cmd;
    }

    static Command CheckCommand(Func<ParseResult, OutputStyle> style, TextWriter stdout, TextWriter stderr)
    {
        var projectArg = ProjectArgument();
        var printOpt = new Option<bool>("--print") { Description = "Also tell whether the book is ready for a printer: placeholder text, editors and date, a cover, " +
            "pictures below 200 ppi at their printed size or without alt text, fonts not embedded, a booklet not in whole sheets, and the build's warnings. Exit 1 when not ready." };
        var cmd = new Command("check", "Run every stage of a build but write nothing; report diagnostics.");
        cmd.Arguments.Add(projectArg); cmd.Options.Add(printOpt);
        cmd.SetAction(r => BuildRunner.Run(new BuildRequest(Project(r, projectArg), "out", null, Write: false, PrintPreflight: r.GetValue(printOpt)), style(r), null, stdout, stderr).ExitCode);
        return cmd;
    }

    /// <summary>The option's whole number in [min, max]; otherwise an error on the option and null.</summary>
    static int? WholeNumber(System.CommandLine.Parsing.ArgumentResult r, string name, int min, int max, string? unit)
    {
        if (r.Tokens.Count == 0) return null;
        var text = r.Tokens[^1].Value;
        if (int.TryParse(text, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var v) && v >= min && v <= max)
            return v;
        string range = max == int.MaxValue ? $"{min} or more" : $"from {min} to {max}";
        r.AddError($"{name} must be a whole number {range}{(unit is null ? "" : " " + unit)}, not '{text}'");
        return null;
    }

    static Command WatchCommand(Func<ParseResult, OutputStyle> style, TextWriter stdout, TextWriter stderr, bool realConsole, CancellationToken cancel)
    {
        var projectArg = ProjectArgument(); var outputOpt = OutputOption(); var formatOpt = FormatOption();
        var debounceOpt = new Option<int>("--debounce") { Description = "Milliseconds without further changes before a rebuild starts.", DefaultValueFactory = _ => 100, HelpName = "ms" };
        var maxOpt = new Option<int?>("--max-rebuilds") { Description = "Stop after this many rebuilds (for scripts and benchmarks).", HelpName = "n" };
        // Read from their own text: a validator asking System.CommandLine for a value it could not
        // convert ("abc", "1.5", a number past int) gets an exception, not an error to report.
        debounceOpt.CustomParser = r => WholeNumber(r, "--debounce", 0, 60_000, "ms") ?? 100;
        maxOpt.CustomParser = r => WholeNumber(r, "--max-rebuilds", 1, int.MaxValue, null);
        var cmd = new Command("watch", "Build, then rebuild whenever a file of the project changes, and print how long each rebuild took " +
            "(\"rebuilt in 240 ms after a change to 03-siege.md\"). Unchanged chapters, fonts and patterns stay in memory. A failed rebuild keeps the last good outputs. Stop with Ctrl+C.");
        cmd.Arguments.Add(projectArg); cmd.Options.Add(outputOpt); cmd.Options.Add(formatOpt); cmd.Options.Add(debounceOpt); cmd.Options.Add(maxOpt);
        cmd.SetAction(r =>
        {
            var options = new WatchOptions(new BuildRequest(Project(r, projectArg), r.GetValue(outputOpt)!, r.GetValue(formatOpt)),
                TimeSpan.FromMilliseconds(r.GetValue(debounceOpt)), r.GetValue(maxOpt));
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancel);
            ConsoleCancelEventHandler? onCtrlC = null;
            if (realConsole)
            {
                // Ctrl+C ends the watch between rebuilds instead of killing the process mid-write.
                onCtrlC = (_, e) => { e.Cancel = true; stop.Cancel(); };
                Console.CancelKeyPress += onCtrlC;
            }
            try { return Watcher.Run(options, style(r), stdout, stderr, stop.Token); }
            finally { if (onCtrlC is not null) Console.CancelKeyPress -= onCtrlC; }
        });
        return cmd;
    }

    static Command PreviewCommand(Func<ParseResult, OutputStyle> style, TextWriter stdout, TextWriter stderr, bool realConsole, CancellationToken cancel)
    {
        var projectArg = ProjectArgument(); var outputOpt = OutputOption();
        var portOpt = new Option<int>("--port", "-p") { Description = "The port on 127.0.0.1 to serve on.", DefaultValueFactory = _ => 8000, HelpName = "port" };
        portOpt.CustomParser = r => WholeNumber(r, "--port", 1, 65535, null) ?? 8000;
        var cmd = new Command("preview", "Build the web edition and the PDF, serve them on http://127.0.0.1:PORT (this computer only), " +
            "and rebuild on every save: open pages reload where the reader was, and a failed build shows its errors over the page. Stop with Ctrl+C.");
        cmd.Arguments.Add(projectArg); cmd.Options.Add(outputOpt); cmd.Options.Add(portOpt);
        cmd.SetAction(r =>
        {
            var options = new PreviewOptions(Project(r, projectArg), r.GetValue(outputOpt)!, r.GetValue(portOpt), TimeSpan.FromMilliseconds(100));
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancel);
            ConsoleCancelEventHandler? onCtrlC = null;
            if (realConsole)
            {
                onCtrlC = (_, e) => { e.Cancel = true; stop.Cancel(); };
                Console.CancelKeyPress += onCtrlC;
            }
            try { return Previewer.Run(options, style(r), stdout, stderr, stop.Token); }
            finally { if (onCtrlC is not null) Console.CancelKeyPress -= onCtrlC; }
        });
        return cmd;
    }

    /// <summary>An unknown option would otherwise be taken for the project folder.</summary>
    static void RejectOptionLike<T>(Argument<T> arg) => arg.Validators.Add(r =>
    {
        var v = r.Tokens.Count > 0 ? r.Tokens[0].Value : null;
        if (v is not null && v.StartsWith('-')) r.AddError($"unknown option '{v}'");
    });
}
