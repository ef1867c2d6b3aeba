using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Xunit.Abstractions;
using static Book.Tests.Typography.TypographyKit;

namespace Book.Tests.Typography;

/// <summary>
/// Pandoc's <c>-f markdown+smart</c> as the judge of smart punctuation: smart-cases.md holds one tricky
/// case per paragraph; pandoc's HTML and our typeset model are reduced to each paragraph's text and
/// compared. The cases where we differ on purpose are listed in known-differences.txt with the reason;
/// a new difference fails, and so does a listed one that now matches.
/// </summary>
public sealed partial class PandocSmartJudgeTests(ITestOutputHelper output)
{
    static string Folder => Path.Combine(RepoPaths.Root, "tests", "Book.Tests", "Typography");

    [GeneratedRegex(@"<p>(.*?)</p>", RegexOptions.Singleline)] private static partial Regex ParagraphTag();
    [GeneratedRegex(@"<a href=""#fn\d+""[^>]*><sup>\d+</sup></a>")] private static partial Regex NoteMark();
    [GeneratedRegex(@"<[^>]+>")] private static partial Regex Tag();

    [Fact]
    public void Smart_punctuation_matches_pandoc_except_the_known_differences()
    {
        var fixture = Path.Combine(Folder, "smart-cases.md");
        Assert.True(ProcessRunner.IsAvailable("pandoc"), "pandoc is the judge here: install it (Debian package 'pandoc')");
        var pandoc = ProcessRunner.Run("pandoc", "-f", "markdown+smart", "-t", "html5", "--wrap=none", fixture);
        Assert.True(pandoc.ExitCode == 0, pandoc.StdErr);
        var html = pandoc.StdOut;
        int notes = html.IndexOf("<section class=\"footnotes", StringComparison.Ordinal);
        if (notes >= 0) html = html[..notes];
        var theirs = ParagraphTag().Matches(html).Select(m => WebUtility.HtmlDecode(Tag().Replace(NoteMark().Replace(m.Groups[1].Value, ""), ""))).ToList();

        var markdown = File.ReadAllText(fixture);
        var ours = Paragraphs(markdown).Select(p => p.Replace('\u00A0', ' ').Replace('\u202F', ' ')).ToList();
        var typed = markdown.Replace("\r", "").Split("\n\n").Where(p => p.Length > 0 && !p.StartsWith("[^", StringComparison.Ordinal)).Select(p => p.Trim()).ToList();
        Assert.Equal(typed.Count, theirs.Count);
        Assert.Equal(theirs.Count, ours.Count);

        var differing = Enumerable.Range(0, typed.Count).Where(i => theirs[i] != ours[i]).ToList();
        output.WriteLine($"smart punctuation: {typed.Count - differing.Count} of {typed.Count} cases as pandoc sets them");
        foreach (var i in differing) output.WriteLine($"{typed[i]}\n  pandoc: {theirs[i]}\n  book:   {ours[i]}");

        var known = File.ReadAllLines(Path.Combine(Folder, "known-differences.txt"))
            .Where(l => l.Length > 0 && !l.StartsWith('#')).Select(l => l.Split(" | ")[0].Trim()).ToHashSet(StringComparer.Ordinal);
        var problems = new StringBuilder();
        foreach (var i in differing.Where(i => !known.Contains(typed[i])))
            problems.Append($"NEW difference in '{typed[i]}'\n  pandoc: {theirs[i]}\n  book:   {ours[i]}\n");
        foreach (var k in known.Where(k => typed.Contains(k) && !differing.Any(i => typed[i] == k)))
            problems.Append($"'{k}' now matches pandoc: remove it from known-differences.txt\n");
        foreach (var k in known.Where(k => !typed.Contains(k)))
            problems.Append($"'{k}' in known-differences.txt is not a case of smart-cases.md\n");
        Assert.True(problems.Length == 0, problems.ToString());
    }
}
