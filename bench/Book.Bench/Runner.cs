using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Book.Bench;

/// <summary>
/// `run`: publishes the CLI, generates the synthetic books, builds each (and the bundled
/// booklet) in fresh processes, and prints the figures against the targets of issue 11.
/// </summary>
public static class Runner
{
    public sealed record Options(int[] Pages, int Runs, string? Cli, string Work, string? Threads, bool Markdown, int Photos = 0);

    public static int Run(Options o)
    {
        var root = RepoRoot();
        Directory.CreateDirectory(o.Work);
        string cli = o.Cli ?? Publish(root, Path.Combine(o.Work, "cli"));
        var env = new Dictionary<string, string>();
        if (o.Threads is not null) env["DOTNET_PROCESSOR_COUNT"] = o.Threads;

        var cases = new List<(string Name, string Project)> { ("booklet", Path.Combine(root, "chapters")) };
        foreach (var n in o.Pages)
        {
            var dir = Path.Combine(o.Work, "books", $"synthetic-{n}");
            if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true);
            SyntheticBook.Write(dir, n);
            cases.Add(($"synthetic {n}", dir));
            if (o.Photos > 0)
            {
                var photoDir = Path.Combine(o.Work, "books", $"photos-{n}-{o.Photos}");
                if (Directory.Exists(photoDir)) Directory.Delete(photoDir, recursive: true);
                PhotoBook.Write(photoDir, n, o.Photos);
                cases.Add(($"{n} + {o.Photos} photos", photoDir));
            }
        }

        Console.WriteLine($"book benchmark: {Environment.ProcessorCount} cores, .NET {Environment.Version}, {o.Runs} timed runs per case after one warm-up (median shown)");
        Console.WriteLine($"cli: dotnet {cli}{(o.Threads is null ? "" : $"  (DOTNET_PROCESSOR_COUNT={o.Threads})")}");
        Console.WriteLine($"load average before: {LoadAverage()} (wall times mean little on a busy machine; CPU times hold up better)");
        Console.WriteLine();
        var results = new List<(string Name, BuildRun Median, BuildRun Min)>();
        foreach (var (name, project) in cases)
        {
            var outDir = Path.Combine(o.Work, "out", name.Replace(' ', '-'));
            BuildRun.Measure(cli, project, outDir, env); // warm-up: disk cache, not the runtime (every run is a fresh process)
            var runs = Enumerable.Range(0, o.Runs).Select(_ => BuildRun.Measure(cli, project, outDir, env)).OrderBy(r => r.WallSeconds).ToList();
            var median = runs[runs.Count / 2];
            results.Add((name, median, runs[0]));
            Console.WriteLine(Line(name, median, runs[0]));
        }
        Console.WriteLine($"load average after: {LoadAverage()}");
        Console.WriteLine();
        foreach (var t in Targets(results)) Console.WriteLine(t);
        if (o.Markdown)
        {
            Console.WriteLine();
            Console.WriteLine(MarkdownTable(results));
        }
        return 0;
    }

    static string Line(string name, BuildRun r, BuildRun min)
    {
        var stages = string.Join(", ", r.Stages.Select(s => $"{s.Stage} {s.Seconds:0.000}" +
            (r.StageCpu.FirstOrDefault(c => c.Stage == s.Stage) is { Stage: not null } c ? $"/{c.Seconds:0.000}" : "")));
        return string.Create(CultureInfo.InvariantCulture,
            $"{name,-16} {r.Pages,5} pages  wall {r.WallSeconds,6:0.000} s (min {min.WallSeconds:0.000})  cpu {r.CpuSeconds,6:0.000} s  {r.PagesPerSecond,7:0} pages/s  " +
            $"{1000 * r.WallSeconds / Math.Max(1, r.Pages),6:0.00} ms/page  peak {r.PeakWorkingSetMB,6:0} MB  pdf {r.OutputBytes / 1048576.0,6:0.00} MB  gc {r.GcPauseSeconds:0.00} s  [wall/cpu s: {stages}]");
    }

    static IEnumerable<string> Targets(List<(string Name, BuildRun Median, BuildRun Min)> results)
    {
        string Verdict(bool ok) => ok ? "met" : "NOT met";
        var booklet = results.FirstOrDefault(r => r.Name == "booklet").Median;
        if (booklet is not null)
            yield return string.Create(CultureInfo.InvariantCulture, $"target: booklet < 1 s from a cold start: {booklet.WallSeconds:0.00} s, {Verdict(booklet.WallSeconds < 1)}");
        var k1 = results.FirstOrDefault(r => r.Name == "synthetic 1000").Median;
        if (k1 is not null)
        {
            yield return string.Create(CultureInfo.InvariantCulture, $"target: 1,000 pages < 2 s wall: {k1.WallSeconds:0.00} s, {Verdict(k1.WallSeconds < 2)}");
            yield return string.Create(CultureInfo.InvariantCulture, $"target: 1,000 pages < 400 MB peak: {k1.PeakWorkingSetMB:0} MB, {Verdict(k1.PeakWorkingSetMB < 400)}");
        }
        var k5 = results.FirstOrDefault(r => r.Name == "synthetic 5000").Median;
        if (k1 is not null && k5 is not null)
        {
            double ratio = (k5.WallSeconds / k5.Pages) / (k1.WallSeconds / k1.Pages);
            yield return string.Create(CultureInfo.InvariantCulture, $"target: time per page at 5,000 ≤ 1.10 × at 1,000: {ratio:0.00} ×, {Verdict(ratio <= 1.10)}");
        }
    }

    static string MarkdownTable(List<(string Name, BuildRun Median, BuildRun Min)> results)
    {
        var sb = new StringBuilder();
        sb.AppendLine("| build | pages | wall (median) | CPU | pages/s | ms/page | peak working set | PDF size | load · typeset · pdf, wall (s) |");
        sb.AppendLine("|---|--:|--:|--:|--:|--:|--:|--:|---|");
        foreach (var (name, r, _) in results)
        {
            double S(string s) => r.Stages.FirstOrDefault(x => x.Stage == s).Seconds;
            sb.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"| {name} | {r.Pages:N0} | {r.WallSeconds:0.00} s | {r.CpuSeconds:0.00} s | {r.PagesPerSecond:N0} | {1000 * r.WallSeconds / Math.Max(1, r.Pages):0.00} | {r.PeakWorkingSetMB:0} MB | {r.OutputBytes / 1048576.0:0.0} MB | {S("load"):0.00} · {S("typeset"):0.00} · {S("pdf"):0.00} |"));
        }
        return sb.ToString();
    }

    /// <summary>`dotnet publish` of the CLI in Release, as it would be installed (compiled ahead of time, as its project file says);
    /// the path of what to run: the native executable, else book.dll (a publish with -p:PublishAot=false).</summary>
    internal static string Publish(string root, string outDir)
    {
        Console.WriteLine($"publishing the CLI to {outDir} ...");
        var psi = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { "publish", Path.Combine(root, "src", "Book.Cli", "Book.Cli.csproj"), "-c", "Release", "-o", outDir, "--nologo" })
            psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        var output = p.StandardOutput.ReadToEndAsync();
        var error = p.StandardError.ReadToEndAsync();
        p.WaitForExit();
        if (p.ExitCode != 0) throw new InvalidOperationException("dotnet publish failed:\n" + output.Result + error.Result);
        var native = Path.Combine(outDir, OperatingSystem.IsWindows() ? "book.exe" : "book");
        return File.Exists(native) && !File.Exists(Path.Combine(outDir, "book.dll")) ? native : Path.Combine(outDir, "book.dll");
    }

    static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    /// <summary>The folder holding Book.sln, from the current directory up.</summary>
    public static string RepoRoot()
    {
        for (var d = new DirectoryInfo(Directory.GetCurrentDirectory()); d is not null; d = d.Parent)
            if (File.Exists(Path.Combine(d.FullName, "Book.sln"))) return d.FullName;
        throw new InvalidOperationException("run the benchmark from inside the repository (no Book.sln found above the current folder)");
    }
}
