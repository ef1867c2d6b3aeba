using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using Book.Cli;
using Book.Model;

namespace Book.Tests.Cli;

/// <summary>What `book build` and `book check` print: the summary, diagnostics as text and JSON, quiet mode, version and help.</summary>
public sealed class BuildOutputTests
{
    static string BrokenProject()
    {
        return TempProject.Create("# One\n\nSee @tbl:nowhere and [@nobody].\n", "title: Broken\nchapters: [one.md]\nsurprise: 1\n", "broken").Dir;
    }

    [Fact]
    public void The_summary_names_each_file_written_with_its_page_count()
    {
        var dir = CliTestKit.NewProject();
        var outDir = Path.Combine(Path.GetDirectoryName(dir)!, "out");
        var r = CliRunner.Run("build", dir, "-o", outDir);
        var pdf = Path.Combine(outDir, "a-town-remembered.pdf");
        var pages = PdfProbe.PdfInfo(pdf)["Pages"];
        Assert.Contains($"wrote {pdf} ({pages} pages)", r.Stdout);
        Assert.Contains($"wrote {Path.Combine(outDir, "a-town-remembered.epub")} (", r.Stdout);
        Assert.Matches(@"done in \d+\.\d\d s \(0 errors, 0 warnings\)", r.Stdout);
    }

    [Fact]
    public void Text_diagnostics_read_like_a_compilers_and_the_summary_counts_them()
    {
        var dir = BrokenProject();
        var r = CliRunner.Run("build", dir, "-o", Path.Combine(dir, "out"));
        Assert.Equal(1, r.ExitCode);
        Assert.Contains($"{dir}/book.yaml:3:1: warning: unknown key 'surprise'", r.Stderr);
        Assert.Contains($"{dir}/one.md:3:5: error: unknown cross-reference '@tbl:nowhere'", r.Stderr);
        Assert.Contains("failed: 2 errors, 1 warning; nothing was written, earlier outputs are kept", r.Stderr);
        Assert.Equal("", r.Stdout);
    }

    [Fact]
    public void Json_diagnostics_are_one_object_per_line_on_stdout_with_file_line_column_severity_message()
    {
        var dir = BrokenProject();
        var r = CliRunner.Run("check", dir, "--diagnostics", "json");
        Assert.Equal(1, r.ExitCode);
        var lines = r.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        var objects = lines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        var xref = objects.Single(o => o.GetProperty("message").GetString()!.Contains("@tbl:nowhere"));
        Assert.Equal($"{dir}/one.md", xref.GetProperty("file").GetString());
        Assert.Equal(3, xref.GetProperty("line").GetInt32());
        Assert.Equal(5, xref.GetProperty("column").GetInt32());
        Assert.Equal("error", xref.GetProperty("severity").GetString());
        Assert.Equal("warning", objects.Single(o => o.GetProperty("file").GetString()!.EndsWith("book.yaml")).GetProperty("severity").GetString());
        // The human summary stays off stdout, so a tool can read every line as JSON.
        Assert.Contains("failed: 2 errors, 1 warning", r.Stderr);
        Assert.DoesNotContain("error:", r.Stderr);
    }

    [Fact]
    public void Json_gives_null_for_an_unknown_place_and_keeps_letters_beyond_ascii()
    {
        var json = Reporter.Json(new Diagnostic(Severity.Warning, "index term 'Bağırov' is unused", null));
        Assert.Equal("{\"file\":null,\"line\":null,\"column\":null,\"severity\":\"warning\",\"message\":\"index term 'Bağırov' is unused\"}", json);
        var whole = Reporter.Json(new Diagnostic(Severity.Error, "say \"hi\"", new SourceSpan("a.md", 0, 0)));
        Assert.Equal("{\"file\":\"a.md\",\"line\":null,\"column\":null,\"severity\":\"error\",\"message\":\"say \\\"hi\\\"\"}", whole);
    }

    [Fact]
    public void A_successful_json_build_prints_nothing_but_json_on_stdout()
    {
        var dir = CliTestKit.NewProject();
        var r = CliRunner.Run("build", dir, "-o", Path.Combine(Path.GetDirectoryName(dir)!, "out"), "--diagnostics", "json");
        Assert.Equal(0, r.ExitCode);
        Assert.Equal("", r.Stdout);
        Assert.Contains("wrote ", r.Stderr);
    }

    [Fact]
    public void Quiet_prints_nothing_on_success_but_still_reports_errors()
    {
        var dir = CliTestKit.NewProject();
        var r = CliRunner.Run("build", dir, "-o", Path.Combine(Path.GetDirectoryName(dir)!, "out"), "--quiet");
        Assert.Equal(0, r.ExitCode);
        Assert.Equal("", r.Stdout + r.Stderr);
        var broken = CliRunner.Run("build", BrokenProject(), "-q");
        Assert.Equal(1, broken.ExitCode);
        Assert.Contains("error: unknown cross-reference", broken.Stderr);
    }

    [Fact]
    public void Check_reports_without_claiming_to_write()
    {
        var dir = CliTestKit.NewProject();
        var r = CliRunner.Run("check", dir);
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("checked a-town-remembered.pdf (", r.Stdout);
        Assert.DoesNotContain("wrote", r.Stdout);
        var broken = CliRunner.Run("check", BrokenProject());
        Assert.Contains("failed: 2 errors, 1 warning\n", broken.Stderr);
    }

    [Fact]
    public void Output_to_a_pipe_has_no_colour_codes_and_colour_marks_severity_on_a_terminal()
    {
        var r = CliRunner.Run("build", BrokenProject());
        Assert.DoesNotContain('\u001b', r.Stdout + r.Stderr);
        var d = new Diagnostic(Severity.Error, "boom", new SourceSpan("a.md", 2, 3));
        var plain = new StringWriter(); var colour = new StringWriter();
        Reporter.Diagnostics([d], TextWriter.Null, plain, OutputStyle.Plain);
        Reporter.Diagnostics([d], TextWriter.Null, colour, OutputStyle.Plain with { Color = true });
        Assert.Equal("a.md:2:3: error: boom\n", plain.ToString().ReplaceLineEndings("\n"));
        Assert.Contains("\u001b[1;31merror: \u001b[0m", colour.ToString());
        Assert.Equal(plain.ToString(), Regex.Replace(colour.ToString(), "\u001b\\[[0-9;]*m", ""));
    }

    [Fact]
    public void Writers_that_are_not_the_console_never_get_colour_or_progress()
    {
        foreach (var format in new[] { DiagnosticFormat.Text, DiagnosticFormat.Json })
        {
            var style = OutputStyle.Detect(quiet: false, format, realConsole: false);
            Assert.False(style.Color);
            Assert.False(style.Interactive);
        }
    }

    [Theory]
    [InlineData(null, null, false, DiagnosticFormat.Text, true, true)]       // a terminal: colour and progress
    [InlineData("1", null, false, DiagnosticFormat.Text, false, true)]       // NO_COLOR: progress without colour
    [InlineData("", null, false, DiagnosticFormat.Text, true, true)]         // an empty NO_COLOR does not count
    [InlineData(null, "dumb", false, DiagnosticFormat.Text, false, false)]   // TERM=dumb: plain lines only
    [InlineData(null, null, true, DiagnosticFormat.Text, true, false)]       // --quiet: no progress
    [InlineData(null, null, false, DiagnosticFormat.Json, true, false)]      // JSON: nothing drawn on stdout
    public void On_a_terminal_colour_and_progress_follow_the_environment_and_options(string? noColor, string? term, bool quiet, DiagnosticFormat format, bool colour, bool progress)
    {
        var env = new Dictionary<string, string?> { ["NO_COLOR"] = noColor, ["TERM"] = term };
        var style = OutputStyle.Decide(quiet, format, terminal: true, name => env.GetValueOrDefault(name));
        Assert.Equal(colour, style.Color);
        Assert.Equal(progress, style.Interactive);
        Assert.False(OutputStyle.Decide(quiet, format, terminal: false, name => env.GetValueOrDefault(name)).Color);
    }

    [Fact]
    public void Version_is_the_assemblys_informational_version()
    {
        var r = CliRunner.Run("--version");
        Assert.Equal(0, r.ExitCode);
        var expected = typeof(Commands).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;
        Assert.Equal(expected, r.Stdout.Trim());
        Assert.Matches(@"^\d+\.\d+\.\d+$", expected);
    }

    [Theory]
    [InlineData("new", "book new my-book --title")]
    [InlineData("build", "book build my-book -o dist")]
    [InlineData("check", "book check my-book --diagnostics json")]
    [InlineData("watch", "book watch my-book --max-rebuilds 1")]
    public void Every_command_has_help_with_examples(string command, string example)
    {
        var r = CliRunner.Run(command, "--help");
        Assert.Equal(0, r.ExitCode);
        Assert.Contains($"book {command}", r.Stdout);
        Assert.Contains("Examples:", r.Stdout);
        Assert.Contains(example, r.Stdout);
    }

    [Fact]
    public void Top_level_help_lists_every_command_and_the_shared_options()
    {
        var r = CliRunner.Run("--help");
        foreach (var word in new[] { "new", "build", "check", "watch", "--quiet", "--diagnostics", "--version", "Examples:" })
            Assert.Contains(word, r.Stdout);
    }

    [Fact]
    public void An_unknown_diagnostics_format_is_a_usage_error()
    {
        var r = CliRunner.Run("check", "--diagnostics", "xml");
        Assert.Equal(2, r.ExitCode);
    }
}
