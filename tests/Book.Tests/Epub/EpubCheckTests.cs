using System.Text.RegularExpressions;
using Book.Epub;

namespace Book.Tests.Epub;

/// <summary>epubcheck takes half a minute per run, so each variant is its own class and xunit runs them side by side.</summary>
static class EpubCheckAssert
{
    public static void Clean(EpubOptions options)
    {
        var (exit, output) = EpubFixture.EpubCheck(EpubFixture.Write(TestBook.Build(), options));
        var problems = output.Split('\n').Where(l => Regex.IsMatch(l, @"^(FATAL|ERROR|WARNING)\b")).ToList();
        Assert.True(problems.Count == 0, "epubcheck reported:\n" + string.Join("\n", problems) + "\n\n" + output);
        var summary = Regex.Match(output, @"Messages:\s*(\d+) fatals?\s*/\s*(\d+) errors?\s*/\s*(\d+) warnings?");
        Assert.True(summary.Success, "no epubcheck summary line in:\n" + output);
        Assert.Equal(("0", "0", "0"), (summary.Groups[1].Value, summary.Groups[2].Value, summary.Groups[3].Value));
        Assert.Equal(0, exit);
    }
}

// Slow: runs epubcheck.
[Trait("Category", "Slow")]
public class EpubCheckWithFontsAndPagesTests
{
    [Fact]
    public void Epubcheck_finds_no_errors_and_no_warnings() => EpubCheckAssert.Clean(EpubFixture.FullOptions());
}

// Slow: runs epubcheck.
[Trait("Category", "Slow")]
public class EpubCheckPlainTests
{
    [Fact]
    public void Epubcheck_finds_no_errors_and_no_warnings() => EpubCheckAssert.Clean(new EpubOptions());
}
