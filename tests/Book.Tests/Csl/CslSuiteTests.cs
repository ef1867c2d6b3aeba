using System.Collections.Concurrent;
using Xunit.Abstractions;

namespace Book.Tests.Csl;

/// <summary>The judge: every fixture of the official CSL processor test suite, run as citeproc-js's
/// runner runs it. known-failures.txt lists the fixtures that still fail (with why); a listed fixture
/// that passes, or an unlisted one that fails, fails this test, so the list only shrinks.</summary>
public class CslSuiteTests(ITestOutputHelper output)
{
    static readonly string SuiteDir = "/work/shared/csl/test-suite/processor-tests/humans";
    static readonly string KnownFile = Path.Combine(RepoPaths.Root, "tests", "Book.Tests", "Csl", "known-failures.txt");

    internal static ConcurrentDictionary<string, (bool ok, string actual, string expected)> RunAll()
    {
        var results = new ConcurrentDictionary<string, (bool, string, string)>();
        var files = Directory.GetFiles(SuiteDir, "*.txt");
        Parallel.ForEach(files, f =>
        {
            var fx = CslFixture.Load(f);
            string actual;
            try { actual = fx.Run(); }
            catch (Exception e) { actual = "EXCEPTION " + e.GetType().Name + ": " + e.Message; }
            results[fx.Name] = (Normalize(actual) == Normalize(fx.Expected), actual, fx.Expected);
        });
        return results;
    }

    static string Normalize(string s) => s.Replace("\r\n", "\n").Trim();

    [Fact]
    public void The_CSL_test_suite_passes_all_but_the_known_failures()
    {
        Assert.True(Directory.Exists(SuiteDir), "the CSL test suite is missing: " + SuiteDir);
        var results = RunAll();
        int passed = results.Values.Count(r => r.ok);
        output.WriteLine($"{passed} passed, {results.Count - passed} failed (of {results.Count})");
        // While developing: CSL_SUITE_REPORT=/path writes every failure with expected and actual output.
        if (Environment.GetEnvironmentVariable("CSL_SUITE_REPORT") is { Length: > 0 } report)
            File.WriteAllText(report, $"{passed} passed\n" + string.Join("\n", results.Where(r => !r.Value.ok).OrderBy(r => r.Key)
                .Select(r => $"=== {r.Key}\n--- expected\n{r.Value.expected}\n--- actual\n{r.Value.actual}")));
        var known = File.ReadAllLines(KnownFile).Select(l => l.Split('#')[0].Trim()).Where(l => l.Length > 0)
            .Select(l => l.Split(' ', 2)[0]).ToHashSet(StringComparer.Ordinal);
        var regressions = results.Where(r => !r.Value.ok && !known.Contains(r.Key)).Select(r => r.Key).Order().ToList();
        var fixedOnes = known.Where(k => results.TryGetValue(k, out var r) && r.ok).Order().ToList();
        var missing = known.Where(k => !results.ContainsKey(k)).ToList();
        foreach (var r in regressions.Take(20))
            output.WriteLine($"FAILS {r}\n  expected: {results[r].expected}\n  actual:   {results[r].actual}");
        Assert.True(regressions.Count == 0 && fixedOnes.Count == 0 && missing.Count == 0,
            $"{passed} passed. Newly failing: {string.Join(", ", regressions)}. Now passing (remove from known-failures.txt): {string.Join(", ", fixedOnes)}. Not fixtures: {string.Join(", ", missing)}");
        Assert.True(passed >= results.Count - known.Count);
    }
}
