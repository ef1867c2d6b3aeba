using Book.Synthetic;

namespace Book.Tests.Performance;

/// <summary>
/// Divisions are laid out in parallel; the book must not depend on how many threads did it.
/// Each build runs the real CLI in a fresh process with DOTNET_PROCESSOR_COUNT set (the only
/// way to change the runtime's processor count), and the PDFs are compared byte for byte.
/// </summary>
// Slow: six child dotnet processes.
[Trait("Category", "Slow")]
public sealed class ThreadCountTests
{
    [Fact]
    public void The_booklet_is_byte_identical_on_one_two_and_four_threads() =>
        AssertSameBytes(RepoPaths.Chapters, "khojaly-1992.pdf");

    [Fact]
    public void A_synthetic_book_is_byte_identical_on_one_two_and_four_threads()
    {
        var dir = Path.Combine(RepoPaths.TempDir("threads-synthetic"), "book");
        SyntheticBook.Write(dir, 60);
        AssertSameBytes(dir, "synthetic-60.pdf");
    }

    static void AssertSameBytes(string project, string pdfName)
    {
        var one = Build(project, 1, pdfName);
        foreach (int threads in new[] { 2, 4 })
        {
            var other = Build(project, threads, pdfName);
            Assert.Equal(one.Stderr, other.Stderr); // same warnings, in the same order
            Assert.True(one.Pdf.AsSpan().SequenceEqual(other.Pdf), $"{pdfName} differs between 1 and {threads} threads");
        }
    }

    static (byte[] Pdf, string Stderr) Build(string project, int threads, string pdfName)
    {
        var outDir = RepoPaths.TempDir($"threads-{threads}");
        var r = ProcessRunner.RunBook(["build", project, "-o", outDir, "--format", "pdf"], new ProcessRunner.Options(
            Environment: new Dictionary<string, string?>
            {
                ["DOTNET_PROCESSOR_COUNT"] = threads.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["BOOK_TIMINGS"] = null,
            },
            Timeout: TimeSpan.FromMinutes(3)));
        Assert.True(r.ExitCode == 0, r.StdErr);
        return (File.ReadAllBytes(Path.Combine(outDir, pdfName)), r.StdErr);
    }
}
