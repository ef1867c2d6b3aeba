using System.Diagnostics;
using Book.Bench;

namespace Book.Tests.Performance;

/// <summary>
/// Divisions are laid out in parallel; the book must not depend on how many threads did it.
/// Each build runs the real CLI in a fresh process with DOTNET_PROCESSOR_COUNT set (the only
/// way to change the runtime's processor count), and the PDFs are compared byte for byte.
/// </summary>
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
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { Path.Combine(AppContext.BaseDirectory, "book.dll"), "build", project, "-o", outDir, "--format", "pdf" })
            psi.ArgumentList.Add(a);
        psi.Environment["DOTNET_PROCESSOR_COUNT"] = threads.ToString(System.Globalization.CultureInfo.InvariantCulture);
        psi.Environment.Remove("BOOK_TIMINGS");
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        Assert.True(p.WaitForExit(TimeSpan.FromMinutes(3)), "book build did not finish");
        Assert.True(p.ExitCode == 0, stderr.Result);
        _ = stdout.Result;
        return (File.ReadAllBytes(Path.Combine(outDir, pdfName)), stderr.Result);
    }
}
