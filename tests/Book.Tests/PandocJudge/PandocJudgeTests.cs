using System.Text;
using Book.Tests.CommonMark;
using Xunit.Abstractions;

namespace Book.Tests.PandocJudge;

/// <summary>
/// Pandoc as the judge of Pandoc's Markdown: constructs.md holds one section per construct a book
/// uses (code, definition lists, line blocks, strikeout, scripts, small caps, task lists, fancy and
/// example lists, grid/simple/multiline/pipe tables, unnumbered headings, raw HTML, math, quotes,
/// spans, breaks). Pandoc turns it into HTML; our parser and the EPUB's renderer turn it into XHTML;
/// both are reduced to the same structure (<see cref="HtmlShape"/>) and compared section by
/// section. Sections that differ on purpose are listed in known-differences.txt with the reason; a
/// new difference fails, and so does a listed one that now matches.
/// </summary>
public sealed class PandocJudgeTests(ITestOutputHelper output)
{
    static string Folder => Path.Combine(RepoPaths.Root, "tests", "Book.Tests", "PandocJudge");

    [Fact]
    public void Each_construct_has_pandocs_structure_except_the_known_differences()
    {
        var fixture = Path.Combine(Folder, "constructs.md");
        Assert.True(ProcessRunner.IsAvailable("pandoc"), "pandoc is the judge here: install it (Debian package 'pandoc'; .ci/run does)");
        var pandoc = ProcessRunner.Run("pandoc", "-f", "markdown", "-t", "html5", "--mathjax", "--no-highlight", fixture);
        Assert.True(pandoc.ExitCode == 0, pandoc.StdErr);

        var theirs = Sections(HtmlShape.Structure(pandoc.StdOut));
        var ours = Sections(HtmlShape.Structure(CommonMarkJudgeTests.Render(File.ReadAllText(fixture))));
        Assert.Equal(theirs.Keys.Order(), ours.Keys.Order());

        var differing = theirs.Keys.Where(k => theirs[k] != ours[k]).ToList();
        output.WriteLine($"Pandoc constructs: {theirs.Count - differing.Count} of {theirs.Count} sections match Pandoc's structure");
        foreach (var k in differing) output.WriteLine($"{k}\n  pandoc: {theirs[k]}\n  book:   {ours[k]}");

        var known = File.ReadAllLines(Path.Combine(Folder, "known-differences.txt"))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split(" | ")[0].Trim()).ToHashSet(StringComparer.Ordinal);
        var problems = new StringBuilder();
        foreach (var k in differing.Where(k => !known.Contains(k)))
            problems.Append($"NEW difference in '{k}'\n  pandoc: {theirs[k]}\n  book:   {ours[k]}\n");
        foreach (var k in known.Where(k => theirs.ContainsKey(k) && !differing.Contains(k)))
            problems.Append($"'{k}' now matches Pandoc: remove it from known-differences.txt\n");
        foreach (var k in known.Where(k => !theirs.ContainsKey(k)))
            problems.Append($"'{k}' in known-differences.txt is not a section of constructs.md\n");
        Assert.True(problems.Length == 0, problems.ToString());
    }

    /// <summary>The structure string cut at each section heading, keyed by the heading's text.</summary>
    static Dictionary<string, string> Sections(string structure)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        var parts = structure.Split("<h2>");
        foreach (var part in parts.Skip(1))
        {
            int end = part.IndexOf("</h2>", StringComparison.Ordinal);
            result[part[..end].Trim()] = part[(end + 5)..];
        }
        return result;
    }
}
