using Book.Synthetic;

namespace Book.Tests.Performance;

/// <summary>
/// Divisions are laid out in parallel; the book must not depend on how many threads did it.
/// Each build runs the real CLI in a fresh process with DOTNET_PROCESSOR_COUNT set (the only
/// way to change the runtime's processor count), and the outputs are compared byte for byte.
/// </summary>
// Slow: child dotnet processes.
[Trait("Category", "Slow")]
public sealed class ThreadCountTests
{
    // The booklet's builds on one and two processors are the ones ReproducibilityTests compares too (ChildBuilds shares them).
    [Fact]
    public void The_booklet_is_byte_identical_on_one_two_and_four_threads() =>
        AssertSameBytes(RepoPaths.Chapters, "pdf,epub", "khojaly-1992.pdf");

    [Fact]
    public void A_synthetic_book_is_byte_identical_on_one_two_and_four_threads()
    {
        var dir = Path.Combine(RepoPaths.TempDir("threads-synthetic"), "book");
        SyntheticBook.Write(dir, 60);
        AssertSameBytes(dir, "pdf", "synthetic-60.pdf");
    }

    static void AssertSameBytes(string project, string formats, string pdfName)
    {
        var one = ChildBuilds.Build(project, formats, "C.UTF-8", 1);
        Assert.Contains(pdfName, one.Files.Keys);
        foreach (int threads in new[] { 2, 4 })
        {
            var other = ChildBuilds.Build(project, formats, "C.UTF-8", threads);
            Assert.Equal(one.Stderr, other.Stderr); // same warnings, in the same order
            Assert.Equal(one.Files.Keys.Order(StringComparer.Ordinal), other.Files.Keys.Order(StringComparer.Ordinal));
            foreach (var (name, bytes) in one.Files)
                Assert.True(bytes.AsSpan().SequenceEqual(other.Files[name]), $"{name} differs between 1 and {threads} threads");
        }
    }
}
