using System.Diagnostics;
using System.Text;

namespace Book.Tests;

/// <summary>The result of running an external tool.</summary>
public sealed record ToolResult(int ExitCode, string StdOut, string StdErr)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{StdOut}\n--- stderr\n{StdErr}";
}

/// <summary>
/// The one way tests start another program: no shell, both pipes read concurrently (a chatty tool
/// cannot deadlock us), UTF-8, a timeout that kills the whole tree and fails with the command line.
/// Child processes get TMPDIR pointed into the run's <see cref="TestTemp.Root"/>, so their own
/// temporary files go when the run ends too.
/// </summary>
public static class ProcessRunner
{
    public static TimeSpan DefaultTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Options beyond the command line: working folder, environment (null value removes), timeout.</summary>
    public sealed record Options(string? WorkingDirectory = null, IReadOnlyDictionary<string, string?>? Environment = null, TimeSpan? Timeout = null);

    public static ToolResult Run(string file, params string[] arguments) => Run(file, arguments, null);

    public static ToolResult Run(string file, IEnumerable<string> arguments, Options? options)
    {
        using var process = Start(file, arguments, options, binaryOut: false);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        Wait(process, file, arguments, options);
        return new ToolResult(process.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>Runs and returns standard output as bytes (binary streams: decoded PDF objects, images).</summary>
    public static byte[] RunBytes(string file, IEnumerable<string> arguments, Options? options = null)
    {
        using var process = Start(file, arguments, options, binaryOut: true);
        var stderr = process.StandardError.ReadToEndAsync();
        using var buffer = new MemoryStream();
        var copy = process.StandardOutput.BaseStream.CopyToAsync(buffer);
        Wait(process, file, arguments, options);
        copy.Wait();
        if (process.ExitCode != 0) throw new InvalidOperationException($"{file} exited {process.ExitCode}: {stderr.Result}");
        return buffer.ToArray();
    }

    /// <summary>The book.dll this test run built, in a child `dotnet` process (for per-process settings: locale, processor count).</summary>
    public static ToolResult RunBook(IEnumerable<string> arguments, Options? options = null) =>
        Run("dotnet", [Path.Combine(AppContext.BaseDirectory, "book.dll"), .. arguments], options);

    /// <summary>True when the tool can be started (for skipping in exotic environments).</summary>
    public static bool IsAvailable(string tool)
    {
        try { Run(tool, "--version"); return true; }
        catch (System.ComponentModel.Win32Exception) { return false; }
    }

    static Process Start(string file, IEnumerable<string> arguments, Options? options, bool binaryOut)
    {
        var info = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardErrorEncoding = Encoding.UTF8,
            WorkingDirectory = options?.WorkingDirectory ?? "",
        };
        if (!binaryOut) info.StandardOutputEncoding = Encoding.UTF8;
        foreach (var argument in arguments) info.ArgumentList.Add(argument);
        // Tools print dates and messages by locale; pin it so parsing is stable (callers may override).
        info.Environment["LC_ALL"] = "C.UTF-8";
        info.Environment["TMPDIR"] = TestTemp.Root;
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        info.Environment["DOTNET_NOLOGO"] = "1";
        if (options?.Environment is { } env)
            foreach (var (key, value) in env)
                if (value is null) info.Environment.Remove(key); else info.Environment[key] = value;
        return Process.Start(info) ?? throw new InvalidOperationException("Could not start " + file);
    }

    static void Wait(Process process, string file, IEnumerable<string> arguments, Options? options)
    {
        var timeout = options?.Timeout ?? DefaultTimeout;
        if (process.WaitForExit(timeout)) { process.WaitForExit(); return; }
        process.Kill(entireProcessTree: true);
        throw new TimeoutException($"{file} {string.Join(' ', arguments)} did not finish within {timeout}");
    }
}
