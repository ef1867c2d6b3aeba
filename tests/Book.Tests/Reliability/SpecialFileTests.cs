namespace Book.Tests.Reliability;

/// <summary>
/// Only regular files are read: a FIFO named as a chapter, a CSV or book.yaml would block the
/// build until someone writes to it, so it is an error at once that names the file and what it is.
/// </summary>
public sealed class SpecialFileTests
{
    static void MakeFifo(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var r = ProcessRunner.Run("mkfifo", path);
        Assert.True(r.ExitCode == 0, r.StdErr);
    }

    [Fact]
    public void A_fifo_as_a_chapter_is_an_error_not_a_hang()
    {
        using var p = Hostile.Project("");
        File.Delete(Path.Combine(p.Dir, "one.md"));
        MakeFifo(Path.Combine(p.Dir, "one.md"));
        var r = p.Build();
        Sane.FailsWith(r, @"book\.yaml:3:\d+: error: '[^']*one\.md' is a named pipe \(FIFO\), not a regular file; only regular files are read");
        Assert.False(Directory.Exists(p.Out));
    }

    [Fact]
    public void A_fifo_as_a_csv_source_is_an_error_at_the_table()
    {
        using var p = Hostile.Project("# One\n\n::: {.table #tbl:x source=\"data/x.csv\" caption=\"X\"}\n:::\n");
        MakeFifo(Path.Combine(p.Dir, "data", "x.csv"));
        var r = p.Build();
        Sane.FailsWith(r, @"one\.md:3:\d+: error: '[^']*data/x\.csv' is a named pipe \(FIFO\)");
        Assert.False(Directory.Exists(p.Out));
    }

    [Fact]
    public void A_symbolic_link_to_a_fifo_inside_the_project_is_refused_the_same_way()
    {
        using var p = Hostile.Project("# One\n\n::: {.table #tbl:x source=\"data/x.csv\" caption=\"X\"}\n:::\n");
        MakeFifo(Path.Combine(p.Dir, "pipe"));
        Directory.CreateDirectory(Path.Combine(p.Dir, "data"));
        File.CreateSymbolicLink(Path.Combine(p.Dir, "data", "x.csv"), Path.Combine(p.Dir, "pipe"));
        Sane.FailsWith(p.Build(), @"error: '[^']*data/x\.csv' is a named pipe \(FIFO\)");
    }
}
