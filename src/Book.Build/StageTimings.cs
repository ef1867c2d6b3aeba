using System.Diagnostics;
using System.Globalization;

namespace Book.Build;

/// <summary>
/// Opt-in time per build stage, printed to stderr when BOOK_TIMINGS=1 so the benchmark
/// (bench/Book.Bench) and curious users can see where a build spends its time. Off by
/// default: a normal build prints exactly what it printed before.
/// </summary>
public sealed class StageTimings
{
    readonly Stopwatch _total = Stopwatch.StartNew();
    readonly List<(string Stage, TimeSpan Time, TimeSpan Cpu, long Heap)> _stages = [];
    TimeSpan _last, _lastCpu = Cpu();

    static TimeSpan Cpu() => Enabled ? Environment.CpuUsage.TotalTime : TimeSpan.Zero;

    public static bool Enabled => Environment.GetEnvironmentVariable("BOOK_TIMINGS") is { Length: > 0 } v && v != "0";

    /// <summary>Closes the stage that ran since the previous mark (or since the start).</summary>
    public void Mark(string stage)
    {
        var now = _total.Elapsed;
        var cpu = Cpu();
        _stages.Add((stage, now - _last, cpu - _lastCpu, Enabled ? GC.GetTotalMemory(false) : 0));
        _last = now; _lastCpu = cpu;
    }

    /// <summary>
    /// One line per stage, "timing STAGE SECONDS", then the total, the process's CPU time since
    /// it started (runtime start-up included), its peak working set and what the GC did.
    /// </summary>
    public void Report(TextWriter stderr)
    {
        if (!Enabled) return;
        // CPU time per stage too: on a busy machine it is the steadier figure.
        foreach (var (stage, time, cpu, heap) in _stages)
            stderr.WriteLine(string.Create(CultureInfo.InvariantCulture, $"timing {stage} {time.TotalSeconds:0.000} s (cpu {cpu.TotalSeconds:0.000} s, heap after {heap / 1048576.0:0} MB)"));
        Line(stderr, "total", _total.Elapsed);
        using var self = Process.GetCurrentProcess();
        Line(stderr, "cpu", self.TotalProcessorTime);
        stderr.WriteLine(string.Create(CultureInfo.InvariantCulture, $"timing peak-working-set {self.PeakWorkingSet64 / 1048576.0:0.0} MB"));
        stderr.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"timing gc {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)} collections (gen0/1/2), {GC.GetTotalPauseDuration().TotalSeconds:0.000} s paused, {GC.GetTotalAllocatedBytes() / 1048576.0:0.0} MB allocated"));
    }

    static void Line(TextWriter w, string stage, TimeSpan t) =>
        w.WriteLine(string.Create(CultureInfo.InvariantCulture, $"timing {stage} {t.TotalSeconds:0.000} s"));
}
