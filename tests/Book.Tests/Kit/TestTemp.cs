using System.Diagnostics;
using System.Globalization;

namespace Book.Tests;

/// <summary>
/// Every temporary file and folder a test run makes lives under one folder per test process,
/// /tmp/book-tests-&lt;pid&gt;-&lt;random&gt;, removed when xunit disposes the test framework at the end
/// of the run (<see cref="BookTestFramework"/>; the test host is often killed rather than left to
/// exit, so a ProcessExit handler alone is not enough). Folders left by a run that was killed
/// (its process no longer exists) are swept when the next run starts, and a watcher process removes
/// the folder when the test host has gone, so the suite leaves nothing behind in /tmp either way.
/// </summary>
public static class TestTemp
{
    const string Prefix = "book-tests-";

    static readonly Lazy<string> LazyRoot = new(Create, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>This run's folder (created on first use).</summary>
    public static string Root => LazyRoot.Value;

    static volatile bool _watched;

    /// <summary>Deletes this run's folder at the end of the run, if the run made one and no watcher
    /// will (deleting tens of megabytes here would only delay the host's exit, and the runner kills a
    /// host that lingers, half-way through).</summary>
    public static void DeleteRoot()
    {
        if (LazyRoot.IsValueCreated && !_watched) TryDelete(LazyRoot.Value);
    }

    static string Create()
    {
        SweepStale();
        var root = Path.Combine(Path.GetTempPath(),
            Prefix + Environment.ProcessId.ToString(CultureInfo.InvariantCulture) + "-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(root);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => TryDelete(root);
        WatchForExit(root);
        return root;
    }

    /// <summary>
    /// A small shell process that waits for this process to end, however it ends (the test host is
    /// usually killed once the results are in, before any handler runs), then removes the folder
    /// and the runtime's diagnostic pipes named after this process.
    /// Its standard streams are pipes nobody reads, so it never holds the runner's output open.
    /// </summary>
    static void WatchForExit(string root)
    {
        if (OperatingSystem.IsWindows()) return;
        try
        {
            var info = new ProcessStartInfo("/bin/sh")
            {
                UseShellExecute = false,
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            // Also the runtime's diagnostic pipes of this process, which only a normal exit removes.
            const string script = "while kill -0 \"$1\" 2>/dev/null; do sleep 1; done; rm -rf -- \"$2\"; "
                + "rm -f -- \"$3\"/clr-debug-pipe-\"$1\"-* \"$3\"/dotnet-diagnostic-\"$1\"-*";
            foreach (var a in new[] { "-c", script, "book-tests-cleanup",
                         Environment.ProcessId.ToString(CultureInfo.InvariantCulture), root, Path.GetTempPath().TrimEnd('/') })
                info.ArgumentList.Add(a);
            using var watcher = Process.Start(info);
            _watched = watcher is not null;
        }
        catch (System.ComponentModel.Win32Exception) { }
    }

    /// <summary>A fresh folder under <see cref="Root"/>.</summary>
    public static string Dir(string prefix = "book-test")
    {
        var d = Path.Combine(Root, prefix + "-" + Guid.NewGuid().ToString("N")[..10]);
        Directory.CreateDirectory(d);
        return d;
    }

    /// <summary>A fresh file path under <see cref="Root"/> (not created).</summary>
    public static string File(string extension = ".pdf", string prefix = "book-test") =>
        Path.Combine(Root, prefix + "-" + Guid.NewGuid().ToString("N") + extension);

    /// <summary>Removes the folder now; a failure (a file still open) is left for the exit sweep.</summary>
    public static void TryDelete(string path)
    {
        try
        {
            if (Directory.Exists(path)) Directory.Delete(path, recursive: true);
            else if (System.IO.File.Exists(path)) System.IO.File.Delete(path);
        }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }

    /// <summary>Removes book-tests-&lt;pid&gt;-* folders whose process is gone.</summary>
    static void SweepStale()
    {
        try
        {
            foreach (var dir in Directory.GetDirectories(Path.GetTempPath(), Prefix + "*"))
            {
                var name = Path.GetFileName(dir)[Prefix.Length..];
                int dash = name.IndexOf('-');
                if (dash <= 0 || !int.TryParse(name[..dash], NumberStyles.None, CultureInfo.InvariantCulture, out int pid)) continue;
                if (pid == Environment.ProcessId || IsRunning(pid)) continue;
                TryDelete(dir);
            }
        }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }

    static bool IsRunning(int pid)
    {
        try { using var p = Process.GetProcessById(pid); return !p.HasExited; }
        catch (ArgumentException) { return false; }
        catch (InvalidOperationException) { return false; }
    }
}
