using System.Collections.Concurrent;
using System.Globalization;

namespace Book.Tests;

/// <summary>
/// `book build` in a child `dotnet` process, for what only a process can set: the culture (LC_ALL,
/// LANG, ICU on) and the runtime's processor count. Each (project, formats, locale, processors) is
/// built once per run and shared, so the thread-count and reproducibility tests do not build the
/// booklet twice with the same settings.
/// </summary>
public static class ChildBuilds
{
    public sealed record Result(string Stderr, IReadOnlyDictionary<string, byte[]> Files);

    static readonly ConcurrentDictionary<string, Lazy<Result>> Cache = new(StringComparer.Ordinal);

    public static Result Build(string project, string formats, string locale, int processors) =>
        Cache.GetOrAdd(string.Join('\n', project, formats, locale, processors.ToString(CultureInfo.InvariantCulture)),
            _ => new Lazy<Result>(() => Run(project, formats, locale, processors), LazyThreadSafetyMode.ExecutionAndPublication)).Value;

    static Result Run(string project, string formats, string locale, int processors)
    {
        var outDir = RepoPaths.TempDir("child-build");
        var r = ProcessRunner.RunBook(["build", project, "-o", outDir, "--format", formats], new ProcessRunner.Options(
            Environment: new Dictionary<string, string?>
            {
                ["LC_ALL"] = locale,
                ["LANG"] = locale,
                ["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"] = "0",
                ["DOTNET_PROCESSOR_COUNT"] = processors.ToString(CultureInfo.InvariantCulture),
                ["SOURCE_DATE_EPOCH"] = null,
                ["BOOK_TIMINGS"] = null,
            },
            Timeout: TimeSpan.FromMinutes(3)));
        Assert.True(r.ExitCode == 0, $"book build under {locale} on {processors} processors: exit {r.ExitCode}\n{r.StdErr}");
        var files = Directory.GetFiles(outDir).ToDictionary(f => Path.GetFileName(f), File.ReadAllBytes, StringComparer.Ordinal);
        return new Result(r.StdErr, files);
    }
}
