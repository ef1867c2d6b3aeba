using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Book.Bench;

/// <summary>What one `book build` in a fresh process took and produced.</summary>
public sealed record BuildRun(
    double WallSeconds,
    double CpuSeconds,
    double PeakWorkingSetMB,
    int Pages,
    long OutputBytes,
    IReadOnlyList<(string Stage, double Seconds)> Stages)
{
    public double PagesPerSecond => Pages / WallSeconds;

    /// <summary>CPU time per stage (all threads), as the CLI reports it.</summary>
    public IReadOnlyList<(string Stage, double Seconds)> StageCpu { get; init; } = [];

    /// <summary>Time the GC paused the program for, in all.</summary>
    public double GcPauseSeconds { get; init; } = double.NaN;

    /// <summary>
    /// Runs `dotnet CLI build PROJECT -o OUT` as a user would, with BOOK_TIMINGS=1 so the CLI
    /// reports its stages, its CPU time and its peak working set on stderr. The wall time is
    /// measured here, from process start to exit (runtime start-up included). While the child
    /// runs, its VmHWM is also polled from /proc, in case the child's own figure is missing.
    /// </summary>
    public static BuildRun Measure(string cliDll, string project, string outDir, IReadOnlyDictionary<string, string>? env = null)
    {
        if (Directory.Exists(outDir)) Directory.Delete(outDir, recursive: true);
        var psi = CliProcess.Start(cliDll, "build", project, "-o", outDir);
        psi.Environment["BOOK_TIMINGS"] = "1";
        if (env is not null) foreach (var (k, v) in env) psi.Environment[k] = v;

        var clock = Stopwatch.StartNew();
        using var p = Process.Start(psi) ?? throw new InvalidOperationException("could not start dotnet");
        var stdoutTask = p.StandardOutput.ReadToEndAsync();
        var stderrTask = p.StandardError.ReadToEndAsync();
        double polledPeak = 0;
        while (!p.WaitForExit(10)) polledPeak = Math.Max(polledPeak, ProcPeakMB(p.Id));
        double wall = clock.Elapsed.TotalSeconds;
        string stdout = stdoutTask.Result, stderr = stderrTask.Result;
        if (p.ExitCode != 0)
            throw new InvalidOperationException($"book build {project} exited with {p.ExitCode}:\n{stderr}");

        var stages = new List<(string, double)>();
        var stageCpu = new List<(string, double)>();
        double cpu = double.NaN, peak = polledPeak;
        double gcPause = double.NaN;
        foreach (Match m in Regex.Matches(stderr, @"^timing (\S+) ([0-9.]+) (s|MB)\b(?: \(cpu ([0-9.]+) s)?", RegexOptions.Multiline))
        {
            double v = double.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture);
            switch (m.Groups[1].Value)
            {
                case "cpu": cpu = v; break;
                case "peak-working-set": peak = Math.Max(peak, v); break;
                case "total": break;
                default:
                    stages.Add((m.Groups[1].Value, v));
                    if (m.Groups[4].Success) stageCpu.Add((m.Groups[1].Value, double.Parse(m.Groups[4].Value, CultureInfo.InvariantCulture)));
                    break;
            }
        }
        var pause = Regex.Match(stderr, @"^timing gc .*?([0-9.]+) s paused", RegexOptions.Multiline);
        if (pause.Success) gcPause = double.Parse(pause.Groups[1].Value, CultureInfo.InvariantCulture);
        var pages = Regex.Match(stdout, @"\.pdf \((\d+) pages\)");
        long bytes = Directory.Exists(outDir) ? Directory.GetFiles(outDir, "*.pdf").Sum(f => new FileInfo(f).Length) : 0;
        return new BuildRun(wall, cpu, peak, pages.Success ? int.Parse(pages.Groups[1].Value, CultureInfo.InvariantCulture) : 0, bytes, stages)
        {
            StageCpu = stageCpu,
            GcPauseSeconds = gcPause,
        };
    }

    /// <summary>VmHWM (peak resident set) of a running process in MB, or 0 when /proc cannot tell.</summary>
    static double ProcPeakMB(int pid)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                    return long.Parse(line[6..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) / 1024.0;
        }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
        return 0;
    }
}
