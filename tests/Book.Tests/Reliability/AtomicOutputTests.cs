namespace Book.Tests.Reliability;

/// <summary>
/// The night before the print deadline: a broken rebuild must leave the last good files exactly
/// as they were, leave no temporaries behind, and write nowhere but the output folder.
/// </summary>
public sealed class AtomicOutputTests
{
    const string Good = "# One {#sec:one}\n\nA good chapter, see @sec:one.\n";

    [Theory]
    [InlineData("# One\n\nSee @sec:nowhere.\n", @"one\.md:3:5: error: unknown cross-reference")]
    [InlineData("# One\n\nText [@nobody].\n", @"one\.md:3:\d+: error: unknown citation key 'nobody'")]
    [InlineData("# One\n\n" + "> > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > deep\n", "error: nesting deeper than")]
    public void A_broken_rebuild_leaves_the_earlier_outputs_byte_for_byte_and_no_temporaries(string broken, string error)
    {
        var p = Hostile.Project(Good);
        Sane.Succeeds(p.Build("pdf,epub"));
        var before = OutputSnapshot.Take(p.Out);
        Assert.Equal(2, before.Count);

        p.Write("one.md", broken);
        Sane.FailsWith(p.Build("pdf,epub"), error);
        OutputSnapshot.AssertSame(before, p.Out);
    }

    [Fact]
    public void Invalid_bytes_in_a_rebuild_leave_the_earlier_pdf_unchanged()
    {
        var p = Hostile.Project(Good);
        Sane.Succeeds(p.Build());
        var before = OutputSnapshot.Take(p.Out);
        p.WriteBytes("one.md", [.. "# One\n\nBad "u8.ToArray(), 0xFF, .. "\n"u8.ToArray()]);
        Sane.FailsWith(p.Build(), "invalid UTF-8 at byte offset 11");
        OutputSnapshot.AssertSame(before, p.Out);
    }

    [Fact]
    public void A_failure_while_writing_changes_no_output_and_leaves_no_temporaries()
    {
        var p = Hostile.Project(Good);
        Sane.Succeeds(p.Build("pdf"));
        // The EPUB's place is taken by a folder: its rename would fail, so nothing may be renamed,
        // not even the PDF, which was written first.
        Directory.CreateDirectory(p.Epub);
        File.WriteAllText(Path.Combine(p.Epub, "keep.txt"), "mine");
        var before = OutputSnapshot.Take(p.Out);
        p.Write("one.md", "# One {#sec:one}\n\nA changed chapter.\n");
        var r = p.Build("pdf,epub");
        Sane.FailsWith(r, @"error: cannot write the outputs: .*hostile\.epub' is a folder\. The previous files are unchanged\.");
        OutputSnapshot.AssertSame(before, p.Out);
    }

    [Fact]
    public void Nothing_is_written_outside_the_output_folder()
    {
        // The project sits alone in a fresh folder; the output folder is elsewhere.
        var parent = RepoPaths.TempDir("parent");
        var project = Path.Combine(parent, "project");
        Directory.CreateDirectory(project);
        File.WriteAllText(Path.Combine(project, "book.yaml"), "title: Contained\nslug: contained\nchapters: [one.md]\n");
        File.WriteAllText(Path.Combine(project, "one.md"), Good);
        var outDir = Path.Combine(RepoPaths.TempDir("elsewhere"), "out");
        var before = OutputSnapshot.Take(parent);
        var cwdBefore = Directory.GetFileSystemEntries(Directory.GetCurrentDirectory());

        Sane.Succeeds(CliRunner.Run("build", project, "-o", outDir, "--format", "pdf,epub"));

        OutputSnapshot.AssertSame(before, parent);
        Assert.Equal(cwdBefore.Order(StringComparer.Ordinal), Directory.GetFileSystemEntries(Directory.GetCurrentDirectory()).Order(StringComparer.Ordinal));
        Assert.Equal(["contained.epub", "contained.pdf"], Directory.GetFileSystemEntries(outDir).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Check_writes_nothing_at_all()
    {
        var p = Hostile.Project(Good);
        var before = OutputSnapshot.Take(p.Dir);
        var r = p.Check();
        Sane.Succeeds(r);
        Assert.Contains("checked hostile.pdf", r.Stdout);
        OutputSnapshot.AssertSame(before, p.Dir);
        Assert.False(Directory.Exists(Path.Combine(Directory.GetCurrentDirectory(), "out", "hostile.pdf")));
    }

    [Fact]
    public void A_successful_rebuild_replaces_the_outputs_and_leaves_no_temporaries()
    {
        var p = Hostile.Project(Good);
        Sane.Succeeds(p.Build("pdf,epub"));
        var first = File.ReadAllBytes(p.Pdf);
        p.Write("one.md", "# One {#sec:one}\n\nA different chapter.\n");
        Sane.Succeeds(p.Build("pdf,epub"));
        Assert.NotEqual(first, File.ReadAllBytes(p.Pdf));
        Assert.Contains("A different chapter.", p.PdfText());
        Assert.Equal(["hostile.epub", "hostile.pdf"], Directory.GetFileSystemEntries(p.Out).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }
}
