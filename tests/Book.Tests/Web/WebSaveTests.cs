using Book.Tests.Reliability;

namespace Book.Tests.Web;

/// <summary>
/// The web edition is a folder, saved all or nothing with the other outputs: a failed or killed save
/// leaves the previous folder (and PDF) as they were, and the next build repairs what a kill left.
/// </summary>
public sealed class WebSaveTests
{
    const string Old = "# One\n\nThe old wording of the chapter.\n";
    const string New = "# One\n\nThe new wording of the chapter.\n";

    static ToolResult Book(TempProject p, string? fault = null) =>
        ProcessRunner.RunBook(["build", p.Dir, "-o", p.Out, "--format", "pdf,html"],
            new ProcessRunner.Options(Environment: new Dictionary<string, string?> { ["BOOK_FAULT"] = fault }));

    [Fact]
    public void A_build_writes_the_site_folder_and_a_rebuild_replaces_it_whole()
    {
        using var p = Hostile.Project(Old);
        Assert.Equal(0, Book(p).ExitCode);
        var site = Path.Combine(p.Out, p.Slug + "-web");
        Assert.Contains("The old wording", File.ReadAllText(Directory.GetFiles(site, "01-*.html").Single()));
        File.WriteAllText(Path.Combine(site, "stale.html"), "left by hand");
        p.Write("one.md", New);
        Assert.Equal(0, Book(p).ExitCode);
        Assert.Contains("The new wording", File.ReadAllText(Directory.GetFiles(site, "01-*.html").Single()));
        Assert.False(File.Exists(Path.Combine(site, "stale.html")), "the folder is replaced, not merged");
        Assert.Empty(Directory.GetFileSystemEntries(p.Out, ".*"));
    }

    [Fact]
    public void A_rename_that_fails_on_the_site_puts_the_pdf_back_and_keeps_the_old_site()
    {
        using var p = Hostile.Project(Old);
        Assert.Equal(0, Book(p).ExitCode);
        var before = OutputSnapshot.Take(p.Out);
        p.Write("one.md", New);
        var r = Book(p, "rename:2");
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("The previous files are unchanged", r.StdErr);
        OutputSnapshot.AssertSame(before, p.Out);
    }

    [Fact]
    public void A_kill_before_the_site_is_swapped_in_is_undone_by_the_next_build_and_its_temporary_folder_removed()
    {
        using var p = Hostile.Project(Old);
        Assert.Equal(0, Book(p).ExitCode);
        var before = OutputSnapshot.Take(p.Out);
        p.Write("one.md", New);
        // The PDF is renamed first, the folder second: killed between them, the new PDF stands beside the old
        // site and the new site's temporary folder.
        var killed = Book(p, "kill:2");
        Assert.NotEqual(0, killed.ExitCode);
        Assert.Contains(Directory.GetDirectories(p.Out, ".*"), d => Path.GetFileName(d).StartsWith("." + p.Slug + "-web.tmp-", StringComparison.Ordinal));
        p.Write("one.md", "# One\n\nSee @sec:nowhere.\n");
        Assert.Equal(1, Book(p).ExitCode);
        OutputSnapshot.AssertSame(before, p.Out);
    }
}
