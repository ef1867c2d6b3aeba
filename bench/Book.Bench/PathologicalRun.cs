using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Book.Bench;

/// <summary>
/// `pathological`: each of <see cref="PathologicalCases"/> written as a one-chapter book at size n
/// and 10n and checked by the published CLI (`book check`, every stage, nothing written) in a fresh
/// process. Prints the time of each (less the start-up time of an empty book, measured the same
/// way), how much it grew, and how the build ended: ok, refused with a diagnostic at its place,
/// or a crash or time-out, which is a bug. Linear cases grow about 10 times.
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
        Console.WriteLine($"pathological Markdown: `book check` in a fresh process per input; start-up of an empty book {baseline:0.000} s is subtracted");
        Console.WriteLine();
        Console.WriteLine($"| {"case",-48} | {"n bytes",9} | {"time",8} | {"10n bytes",9} | {"time",8} | {"growth",7} | result at 10n");
        Console.WriteLine($"|{new string('-', 50)}|{new string('-', 11)}|{new string('-', 10)}|{new string('-', 11)}|{new string('-', 10)}|{new string('-', 9)}|{new string('-', 30)}");
        int bad = 0;
        foreach (var c in cases)
        {
            var small = Measure(cli, work, c, c.N, timeoutSeconds);
            var large = Measure(cli, work, c, 10 * c.N, timeoutSeconds);
            double t1 = Math.Max(0.001, small.Seconds - baseline), t2 = Math.Max(0.001, large.Seconds - baseline);
            bool ok = small.Outcome is "ok" or "refused" && large.Outcome is "ok" or "refused";
            if (!ok) bad++;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {c.Name,-48} | {small.Bytes,9} | {t1,7:0.000}s | {large.Bytes,9} | {t2,7:0.000}s | {t2 / t1,6:0.0}x | {large.Outcome}{(large.Diagnostic is { } d ? ": " + d : "")}"));
        }
        Console.WriteLine();
        Console.WriteLine(bad == 0 ? "no crash, no time-out" : $"{bad} case(s) crashed or timed out");
        return bad == 0 ? 0 : 1;
    }

    sealed record Result(int Bytes, double Seconds, string Outcome, string? Diagnostic);

    static Result Measure(string cli, string work, PathologicalCases.Case c, int n, int timeoutSeconds)
    {
        string body = c.Make(n);
        var dir = Write(work, "case", body);
        var (seconds, code, output) = Check(cli, dir, timeoutSeconds);
        string outcome = code switch { 0 => "ok", 1 => "refused", -1 => "TIME-OUT", _ => $"CRASH (exit {code})" };
        string? diag = output.Split('\n').FirstOrDefault(l => l.Contains("error:", StringComparison.Ordinal))?.Trim();
        if (diag is { Length: > 110 }) diag = diag[..110] + "…";
        return new Result(Encoding.UTF8.GetByteCount(body), seconds, outcome, code == 0 ? null : diag);
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
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { cli, "check", project }) psi.ArgumentList.Add(a);
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
