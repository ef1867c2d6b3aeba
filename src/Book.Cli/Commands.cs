using System.CommandLine;

namespace Book.Cli;

/// <summary>The `book` command line: build and check. Exit codes: 0 ok, 1 input errors, 2 usage errors.</summary>
public static class Commands
{
    public const int Ok = 0, InputError = 1, UsageError = 2, InternalError = 3;

    public static int Run(string[] args, TextWriter? stdout = null, TextWriter? stderr = null)
    {
        stdout ??= Console.Out; stderr ??= Console.Error;
        var projectArg = new Argument<string>("project") { Description = "The project folder (holds book.yaml).", DefaultValueFactory = _ => "chapters" };
        var outputOpt = new Option<string>("--output", "-o") { Description = "Where to write the outputs.", DefaultValueFactory = _ => "out" };
        var formatOpt = new Option<string?>("--format", "-f") { Description = "Outputs to write, comma-separated: pdf, print, print-trim, epub (default: book.yaml's outputs)." };

        RejectOptionLike(projectArg);
        var build = new Command("build", "Build the book: a typeset PDF (and the other outputs book.yaml lists).\n\nExamples:\n  book build\n  book build my-book -o dist\n  book build --format pdf,epub");
        build.Arguments.Add(projectArg); build.Options.Add(outputOpt); build.Options.Add(formatOpt);
        build.SetAction(r => Builder.Build(r.GetValue(projectArg)!, r.GetValue(outputOpt)!, r.GetValue(formatOpt), write: true, stdout, stderr));

        var checkArg = new Argument<string>("project") { Description = "The project folder (holds book.yaml).", DefaultValueFactory = _ => "chapters" };
        RejectOptionLike(checkArg);
        var check = new Command("check", "Run every stage of a build but write nothing; report diagnostics.\n\nExample:\n  book check chapters");
        check.Arguments.Add(checkArg);
        check.SetAction(r => Builder.Build(r.GetValue(checkArg)!, "out", null, write: false, stdout, stderr));

        var root = new RootCommand("book: Markdown chapters with footnoted sources into a typeset PDF, a print-ready booklet and an EPUB.");
        root.Subcommands.Add(build);
        root.Subcommands.Add(check);

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var e in parse.Errors) stderr.WriteLine("error: " + e.Message);
            stderr.WriteLine("Try 'book --help'.");
            return UsageError;
        }
        return parse.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr });
    }

    /// <summary>An unknown option would otherwise be taken for the project folder.</summary>
    static void RejectOptionLike(Argument<string> arg) => arg.Validators.Add(r =>
    {
        var v = r.Tokens.Count > 0 ? r.Tokens[0].Value : null;
        if (v is not null && v.StartsWith('-')) r.AddError($"unknown option '{v}'");
    });
}
