using System.Diagnostics;

namespace Book.Bench;

/// <summary>
/// How to start the CLI under test: a published native executable (`dotnet publish` compiles it
/// ahead of time) runs itself; a `book.dll` (a ReadyToRun or framework-dependent publish, or a
/// plain build) runs through `dotnet`.
/// </summary>
static class CliProcess
{
    public static ProcessStartInfo Start(string cli, params string[] args)
    {
        bool managed = cli.EndsWith(".dll", StringComparison.OrdinalIgnoreCase);
        var psi = new ProcessStartInfo(managed ? "dotnet" : cli) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (managed) psi.ArgumentList.Add(cli);
        foreach (var a in args) psi.ArgumentList.Add(a);
        return psi;
    }
}
