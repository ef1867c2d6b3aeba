using System.Text;
using Book.Core.Pipeline;
using Book.Core.Sources;
using Book.Layout;
using Book.Model;

namespace Book.Tests.Golden;

/// <summary>
/// Layout regressions, seen directly: the page tree of a small fixture project (Golden/project:
/// headings, notes, lists, a quote, tables, a chart, contents, bibliography, index, colophon),
/// written as text by <see cref="PageTreeDump"/>, must equal the committed golden file
/// (Golden/project.pagetree.txt). On a mismatch the test prints the first differing lines and
/// writes the actual dump beside the golden file (project.pagetree.actual.txt, not committed);
/// BOOK_UPDATE_GOLDEN=1 rewrites the golden file instead, for a change of layout that is meant.
/// </summary>
public sealed class PageTreeGoldenTests
{
    static string Folder => Path.Combine(RepoPaths.Root, "tests", "Book.Tests", "Golden");

    [Fact]
    public void The_fixture_projects_page_tree_matches_the_golden_file()
    {
        var diags = new DiagnosticBag();
        var book = BookLoader.Load(Path.Combine(Folder, "project"), diags);
        Assert.True(book is not null && !diags.HasErrors, string.Join("\n", diags.Items));
        var tree = Typesetter.Typeset(book!, diags);
        Assert.False(diags.HasErrors, string.Join("\n", diags.Items));
        Assert.Empty(diags.Items.Select(d => d.ToString()).Where(d => d.Contains("warning", StringComparison.Ordinal)));

        GoldenFile.Assert(Path.Combine(Folder, "project.pagetree.txt"), PageTreeDump.Write(tree));
    }
}

/// <summary>Compares text with a committed golden file; see <see cref="PageTreeGoldenTests"/>.</summary>
public static class GoldenFile
{
    public static bool Updating => Environment.GetEnvironmentVariable("BOOK_UPDATE_GOLDEN") == "1";

    public static void Assert(string goldenPath, string actual)
    {
        var actualPath = Path.ChangeExtension(goldenPath, null) + ".actual.txt";
        if (Updating)
        {
            File.WriteAllText(goldenPath, actual, new UTF8Encoding(false));
            File.Delete(actualPath);
            return;
        }
        if (!File.Exists(goldenPath))
        {
            File.WriteAllText(actualPath, actual, new UTF8Encoding(false));
            Xunit.Assert.Fail($"no golden file {goldenPath}; the actual dump is in {actualPath} (BOOK_UPDATE_GOLDEN=1 writes it)");
        }
        var expected = File.ReadAllText(goldenPath).Replace("\r\n", "\n");
        if (expected == actual) { File.Delete(actualPath); return; }

        File.WriteAllText(actualPath, actual, new UTF8Encoding(false));
        var e = expected.Split('\n'); var a = actual.Split('\n');
        int first = 0;
        while (first < e.Length && first < a.Length && e[first] == a[first]) first++;
        var report = new StringBuilder();
        report.Append($"the page tree differs from {goldenPath} from line {first + 1} on ({e.Length} lines expected, {a.Length} actual).\n");
        report.Append($"The actual dump is in {actualPath}; if the change is meant, run with BOOK_UPDATE_GOLDEN=1.\n");
        // A few lines of context, then the first differing lines of each side.
        for (int i = Math.Max(0, first - 3); i < first; i++) report.Append("  ").Append(e[i]).Append('\n');
        for (int i = first; i < Math.Min(e.Length, first + 8); i++) report.Append("- ").Append(e[i]).Append('\n');
        for (int i = first; i < Math.Min(a.Length, first + 8); i++) report.Append("+ ").Append(a[i]).Append('\n');
        Xunit.Assert.Fail(report.ToString());
    }
}
