using System.Globalization;
using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.FSharp.Core;

namespace Book.Tests.Reliability.Fuzz;

/// <summary>
/// Property: for any generated project, `book build` finishes within a bound and either writes
/// a PDF and EPUB (exit 0) or reports diagnostics (exit 1) — never an internal error, never a
/// stack trace, never a hang. Fixed seed and a modest count here; BOOK_FUZZ_COUNT and
/// BOOK_FUZZ_SEED run it longer or elsewhere (see README, "Fuzzing").
/// </summary>
// Slow: property-based fuzzing, hundreds of generated documents.
[Trait("Category", "Slow")]
public sealed class FuzzTests(Xunit.Abstractions.ITestOutputHelper output)
{
    static int Env(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : fallback;

    static readonly TimeSpan PerCase = TimeSpan.FromSeconds(Env("BOOK_FUZZ_TIMEOUT", 30));

    [Fact]
    public void Every_generated_project_builds_or_reports_diagnostics_within_a_bound()
    {
        var (built, diagnosed) = Run(MarkdownGen.Project, seedOffset: 0, "projects");
        // A generator that only ever produced one kind of outcome would test half the property.
        Assert.True(built > 0 && diagnosed > 0, $"built {built}, diagnosed {diagnosed}");
    }

    [Fact]
    public void Every_hostile_shape_builds_or_is_reported_within_a_bound()
    {
        // Delimiter runs, brackets, huge cells, control characters, deep nesting: each once crashed, hung or ran away.
        var (built, diagnosed) = Run(MarkdownGen.HostileProject, seedOffset: 22, "hostile projects");
        Assert.True(built > 0, $"built {built}, diagnosed {diagnosed}");
    }

    /// <summary>Builds BOOK_FUZZ_COUNT projects of the generator from a fixed seed (BOOK_FUZZ_SEED plus the offset); counts the outcomes.</summary>
    (int Built, int Diagnosed) Run(Gen<FuzzProject> generator, int seedOffset, string what)
    {
        int count = Env("BOOK_FUZZ_COUNT", 40);
        ulong seed = (ulong)Env("BOOK_FUZZ_SEED", 1992) + (ulong)seedOffset;
        var outcomes = new Dictionary<string, int>(StringComparer.Ordinal) { ["built"] = 0, ["diagnosed"] = 0 };
        var config = Config.QuickThrowOnFailure
            .WithMaxTest(count)
            .WithQuietOnSuccess(true)
            .WithReplay(FSharpOption<Replay>.Some(new Replay(new Rnd(seed), FSharpOption<int>.None)));
        Prop.ForAll(Arb.From(generator), (FuzzProject project) =>
        {
            var outcome = BuildOnce(project);
            lock (outcomes) outcomes[outcome]++;
        }).Check(config);
        output.WriteLine($"seed {seed}, scale {MarkdownGen.Scale}, {count} {what}: {outcomes["built"]} built, {outcomes["diagnosed"]} diagnosed");
        return (outcomes["built"], outcomes["diagnosed"]);
    }

    /// <summary>Builds one project in-process under a time limit; returns "built" or "diagnosed", or throws with the evidence.</summary>
    static string BuildOnce(FuzzProject project)
    {
        var dir = project.Write(RepoPaths.TempDir("fuzz"));
        var outDir = Path.Combine(dir, "out");
        var run = Task.Run(() => CliRunner.Run("build", dir, "-o", outDir));
        if (!run.Wait(PerCase))
            throw new Xunit.Sdk.XunitException($"the build did not finish within {PerCase.TotalSeconds} s; project left in {dir}");
        var r = run.Result;
        string Evidence() => $"exit {r.ExitCode}; project in {dir}\n{r.Stderr}";
        Assert.True(r.ExitCode is 0 or 1, Evidence());
        Assert.DoesNotContain("internal error", r.Stderr);
        Assert.DoesNotMatch(@"\n\s+at \S+\(", r.Stderr + r.Stdout);
        // Project text reaches the terminal escaped: no raw escape sequences, bells or bidi overrides.
        Assert.DoesNotMatch("[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u202A-\u202E\u2066-\u2069]", r.Stderr + r.Stdout);
        if (r.ExitCode == 1)
        {
            // Diagnosed: at least one compiler-style error and the summary line; nothing written.
            Assert.Matches(new Regex(@"(^|\n)(\S+: )?error: ", RegexOptions.None), r.Stderr);
            Assert.Matches(@"\d+ errors?, \d+ warnings?", r.Stderr);
            Assert.False(Directory.Exists(outDir) && Directory.EnumerateFileSystemEntries(outDir).Any(), Evidence());
            if (Environment.GetEnvironmentVariable("BOOK_FUZZ_SHOW") is not null) Console.Error.WriteLine(string.Join('\n', r.Stderr.Split('\n').Where(l => l.Contains("error:")).Take(3)));
            return "diagnosed";
        }
        var pdf = File.ReadAllBytes(Path.Combine(outDir, "fuzz.pdf"));
        Assert.True(pdf.AsSpan().StartsWith("%PDF-"u8) && pdf.AsSpan().TrimEnd("\n"u8).EndsWith("%%EOF"u8), Evidence());
        var epub = File.ReadAllBytes(Path.Combine(outDir, "fuzz.epub"));
        Assert.True(epub.AsSpan().StartsWith("PK"u8), Evidence());
        Directory.Delete(dir, recursive: true);
        return "built";
    }

    [Fact]
    public void The_generator_is_reproducible_from_its_seed()
    {
        var a = MarkdownGen.Project.Sample(10, new Rnd(7), 5);
        var b = MarkdownGen.Project.Sample(10, new Rnd(7), 5);
        Assert.Equal(a.Select(p => p.ToString()), b.Select(p => p.ToString()));
    }
}
