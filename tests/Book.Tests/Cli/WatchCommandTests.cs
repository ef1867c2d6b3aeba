namespace Book.Tests.Cli;

/// <summary>
/// `book watch` as a user meets it: a project in a temporary folder, a real edit saved to disk,
/// the rebuilt PDF's text. Times are printed, never asserted.
/// </summary>
public sealed class WatchCommandTests
{
    static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    static (string Project, string Out) Project()
    {
        var dir = CliTestKit.NewProject();
        return (dir, Path.Combine(Path.GetDirectoryName(dir)!, "out"));
    }

    static void Edit(string project, string find, string replace)
    {
        var path = Path.Combine(project, "01-first-chapter.md");
        var text = File.ReadAllText(path);
        Assert.Contains(find, text);
        File.WriteAllText(path, text.Replace(find, replace, StringComparison.Ordinal));
    }

    [Fact]
    public void An_edit_saved_to_disk_is_in_the_rebuilt_pdf_and_the_rebuild_time_is_reported()
    {
        var (dir, outDir) = Project();
        using var watch = new CliTestKit.RunningCommand("watch", dir, "-o", outDir, "--max-rebuilds", "1", "--debounce", "50");
        watch.Out.WaitFor("watching .* for changes", Patience, watch.Task);
        var pdf = Path.Combine(outDir, "a-town-remembered.pdf");
        Assert.DoesNotContain("harvest moon", CliTestKit.PdfText(pdf));

        Edit(dir, "Figures live in plain CSV files", "The harvest moon rose over the square. Figures live in plain CSV files");
        Assert.Equal(0, watch.WaitForExit(Patience));
        Assert.Matches(@"rebuilt in \d+ ms after a change to 01-first-chapter\.md; reused \d+ of \d+ parsed files", watch.Out.Text);
        Assert.Contains("The harvest moon rose over the square.", CliTestKit.PdfText(pdf));
    }

    [Fact]
    public void A_failed_rebuild_keeps_the_last_good_pdf_and_the_next_good_edit_replaces_it()
    {
        var (dir, outDir) = Project();
        using var watch = new CliTestKit.RunningCommand("watch", dir, "-o", outDir, "--max-rebuilds", "2", "--debounce", "50");
        watch.Out.WaitFor("watching", Patience, watch.Task);
        var pdf = Path.Combine(outDir, "a-town-remembered.pdf");
        var good = File.ReadAllBytes(pdf);

        Edit(dir, "@fig:visitors", "@fig:nowhere");
        watch.Err.WaitFor(@"rebuild failed in \d+ ms", Patience, watch.Task);
        Assert.Matches(@"01-first-chapter\.md:\d+:\d+: error: unknown cross-reference '@fig:nowhere'", watch.Err.Text);
        Assert.Equal(good, File.ReadAllBytes(pdf));

        Edit(dir, "@fig:nowhere", "@fig:visitors, drawn from the same file");
        Assert.Equal(0, watch.WaitForExit(Patience));
        Assert.Contains("Figure 1.1, drawn from the same file", CliTestKit.PdfText(pdf));
    }

    [Fact]
    public void Writing_the_outputs_inside_the_project_does_not_set_off_another_rebuild()
    {
        var dir = CliTestKit.NewProject();
        var outDir = Path.Combine(dir, "out");
        using var watch = new CliTestKit.RunningCommand("watch", dir, "-o", outDir, "--debounce", "50");
        watch.Out.WaitFor("watching", Patience, watch.Task);
        Edit(dir, "Figures live", "All figures live");
        watch.Out.WaitFor("rebuilt in", Patience, watch.Task);
        // The rebuild wrote out/…pdf inside the watched folder; that alone must not trigger a rebuild.
        Thread.Sleep(1500);
        watch.Stop.Cancel();
        Assert.Equal(0, watch.WaitForExit(Patience));
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(watch.Out.Text, "rebuilt in"));
        Assert.DoesNotContain("after a change to out/", watch.Out.Text);
    }

    [Fact]
    public void Outputs_written_into_the_project_folder_itself_are_ignored_too()
    {
        var dir = CliTestKit.NewProject();
        using var watch = new CliTestKit.RunningCommand("watch", dir, "-o", dir, "--debounce", "50");
        watch.Out.WaitFor("watching", Patience, watch.Task);
        Edit(dir, "Figures live", "All figures live");
        watch.Out.WaitFor("rebuilt in", Patience, watch.Task);
        Thread.Sleep(1500);
        watch.Stop.Cancel();
        Assert.Equal(0, watch.WaitForExit(Patience));
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(watch.Out.Text, "rebuilt in"));
        Assert.Contains("All figures live", CliTestKit.PdfText(Path.Combine(dir, "a-town-remembered.pdf")));
    }

    [Fact]
    public void Cancelling_stops_the_watch_cleanly_with_the_last_builds_exit_code()
    {
        var (dir, outDir) = Project();
        using var watch = new CliTestKit.RunningCommand("watch", dir, "-o", outDir);
        watch.Out.WaitFor("watching", Patience, watch.Task);
        watch.Stop.Cancel();
        Assert.Equal(0, watch.WaitForExit(TimeSpan.FromSeconds(30)));
        Assert.DoesNotContain("rebuilt", watch.Out.Text);
    }

    [Fact]
    public void Watching_a_folder_that_does_not_exist_ends_with_the_error()
    {
        var r = CliRunner.Run("watch", "/nonexistent/book-project", "-o", RepoPaths.TempDir());
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("error: project folder not found", r.Stderr);
    }

    [Fact]
    public void Max_rebuilds_below_one_is_a_usage_error()
    {
        Assert.Equal(2, CliRunner.Run("watch", "--max-rebuilds", "0").ExitCode);
    }

    [Theory]
    [InlineData("--debounce", "abc")]
    [InlineData("--debounce", "1.5")]
    [InlineData("--debounce", "99999999999")]
    [InlineData("--debounce", "-5")]
    [InlineData("--max-rebuilds", "abc")]
    [InlineData("--max-rebuilds", "0")]
    public void A_number_option_that_is_not_a_number_in_range_is_a_usage_error_naming_it(string option, string value)
    {
        var r = CliRunner.Run("watch", RepoPaths.TempDir("watch-usage"), option, value);
        Assert.Equal(2, r.ExitCode);
        Assert.Contains($"error: {option} must be a whole number", r.Stderr);
        Assert.Contains($"not '{value}'", r.Stderr);
        Assert.DoesNotContain("Exception", r.Stdout + r.Stderr);
    }
}
