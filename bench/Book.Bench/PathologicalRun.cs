using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Book.Bench;

/// <summary>
/// `pathological`: each of <see cref="PathologicalCases"/> at size n and 10n. The 10n chapter is
/// checked by the published CLI (`book check`: every stage, nothing written) in a fresh process,
/// which tells how the build ends: ok, refused with a diagnostic at its place, or a crash or
/// time-out, which is a bug. The parser's time at n and 10n is measured in-process, where the
/// start-up of a fresh process would hide it; a linear case grows about 10 times.
/// </summary>
public static class PathologicalRun
{
    public static int Run(string? cliDll, string work, string? only, int timeoutSeconds)
    {
        var root = Runner.RepoRoot();
        Directory.CreateDirectory(work);
        string cli = cliDll ?? Runner.Publish(root, Path.Combine(work, "cli"));
        var cases = PathologicalCases.All.Where(c => only is null || c.Name.Contains(only, StringComparison.OrdinalIgnoreCase)).ToList();

        var baseline = Enumerable.Range(0, 3).Select(_ => Check(cli, Write(work, "baseline", "Nothing here."), timeoutSeconds).Seconds).Min();
        Console.WriteLine("pathological Markdown at n and 10n. parse: ChapterParser.Parse in-process (best of 3 after a warm-up);");
        Console.WriteLine($"check: `book check` of the 10n book in a fresh process, wall time less an empty book's ({baseline:0.000} s), and how it ended.");
        Console.WriteLine("Growth is 10n over n, of the parse time and of the bytes the parse allocates (steadier on a busy");
        Console.WriteLine("machine, where caches and other processes bend the times): linear is about 10x.");
        Console.WriteLine();
        Console.WriteLine("| case | n bytes | 10n bytes | parse n (s) | parse 10n (s) | time growth | alloc growth | check 10n (s) | ended |");
        Console.WriteLine("|---|--:|--:|--:|--:|--:|--:|--:|---|");
        int bad = 0;
        foreach (var c in cases)
        {
            var large = Measure(cli, work, c, 10 * c.N, timeoutSeconds);
            bool ok = large.Outcome is "ok" or "refused";
            if (!ok) bad++;
            var (p1, a1) = ok ? Parse(c.Make(c.N)) : (null, null);
            var (p2, a2) = ok ? Parse(c.Make(10 * c.N)) : (null, null);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {c.Name} | {System.Text.Encoding.UTF8.GetByteCount(c.Make(c.N))} | {large.Bytes} | {S(p1)} | {S(p2)} | {Growth(p1, p2)} | {Growth(a1, a2, 1024)} | {Math.Max(0, large.Seconds - baseline):0.000} | {large.Outcome}{(large.Diagnostic is { } d ? ": " + d : "")} |"));
        }
        Console.WriteLine();
        Console.WriteLine(bad == 0 ? "no crash, no time-out" : $"{bad} case(s) crashed or timed out");
        return bad == 0 ? 0 : 1;
    }

    /// <summary>Seconds ChapterParser takes on the chapter (best of three after one warm-up run) and the bytes it allocates.</summary>
    static (double? Seconds, double? Bytes) Parse(string body)
    {
        var markdown = "# Pathological\n\n" + body + "\n";
        double best = double.MaxValue, bytes = 0;
        for (int run = 0; run < 4; run++)
        {
            long before = GC.GetAllocatedBytesForCurrentThread();
            var clock = Stopwatch.StartNew();
            new Book.Core.Markdown.ChapterParser("one.md", "c1", new Book.Model.DiagnosticBag()).Parse(markdown);
            if (run > 0) best = Math.Min(best, clock.Elapsed.TotalSeconds);
            bytes = GC.GetAllocatedBytesForCurrentThread() - before;
        }
        return (best, bytes);
    }

    static string S(double? seconds) => seconds is { } s ? s.ToString("0.000", CultureInfo.InvariantCulture) : "-";

    /// <summary>Below a millisecond (or a kilobyte) at n the ratio says more about the clock than about the parser.</summary>
    static string Growth(double? small, double? large, double floor = 0.001) =>
        small is { } a && large is { } b && a >= floor ? (b / a).ToString("0.0", CultureInfo.InvariantCulture) + "x" : "-";

    sealed record Result(int Bytes, double Seconds, double? Parse, string Outcome, string? Diagnostic);

    static Result Measure(string cli, string work, PathologicalCases.Case c, int n, int timeoutSeconds)
    {
        string body = c.Make(n);
        var dir = Write(work, "case", body);
        var (seconds, code, output) = Check(cli, dir, timeoutSeconds);
        string outcome = code switch { 0 => "ok", 1 => "refused", -1 => "TIME-OUT", _ => $"CRASH (exit {code})" };
        string? diag = output.Split('\n').FirstOrDefault(l => l.Contains("error:", StringComparison.Ordinal))?.Trim();
        if (diag is not null) diag = diag[(diag.IndexOf("one.md", StringComparison.Ordinal) is var at and >= 0 ? at : 0)..];
        if (diag is { Length: > 110 }) diag = diag[..110] + "…";
        var load = System.Text.RegularExpressions.Regex.Match(output, @"^timing load ([0-9.]+) s", System.Text.RegularExpressions.RegexOptions.Multiline);
        double? parse = load.Success ? double.Parse(load.Groups[1].Value, CultureInfo.InvariantCulture) : null;
        return new Result(Encoding.UTF8.GetByteCount(body), seconds, parse, outcome, code == 0 ? null : diag);
    }

    static string Write(string work, string name, string body)
    {
        var dir = Path.Combine(work, "pathological", name);
        if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true);
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, "book.yaml"), "title: Pathological\nslug: pathological\nchapters: [one.md]\n");
        File.WriteAllText(Path.Combine(dir, "one.md"), "# Pathological\n\n" + body + "\n", new UTF8Encoding(false));
        return dir;
    }

    static (double Seconds, int Code, string Output) Check(string cli, string project, int timeoutSeconds)
    {
        var psi = CliProcess.Start(cli, "check", project);
        psi.Environment["BOOK_TIMINGS"] = "1";
        var clock = Stopwatch.StartNew();
        using var p = Process.Start(psi) ?? throw new InvalidOperationException("could not start dotnet");
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(timeoutSeconds * 1000))
        {
            p.Kill(entireProcessTree: true);
            p.WaitForExit();
            return (clock.Elapsed.TotalSeconds, -1, "");
        }
        double seconds = clock.Elapsed.TotalSeconds;
        return (seconds, p.ExitCode, stdout.Result + stderr.Result);
    }
}
