namespace Book.Tests.Booklet;

/// <summary>The build command as a user meets it: outputs, determinism, any folder, and bad input.</summary>
public sealed class BuildCommandTests
{
    static string MinimalProject(string? bookYaml = null, string chapter = "# First {#sec:first}\n\nHello, *Xocalı*.\n")
    {
        return TempProject.Create(chapter, bookYaml ?? "title: A Test Book\nchapters: [one.md]\n").Dir;
    }

    [Fact]
    public void Two_builds_give_byte_identical_pdfs()
    {
        // One build is the run's shared one (all four formats); the other makes the PDF alone.
        var shared = SharedBooklet.Get();
        Assert.Equal(0, shared.Build.ExitCode);
        var b = RepoPaths.TempDir();
        Assert.Equal(0, CliRunner.Run("build", RepoPaths.Chapters, "-o", b, "--format", "pdf").ExitCode);
        Assert.Equal(File.ReadAllBytes(shared.Pdf), File.ReadAllBytes(Path.Combine(b, "khojaly-1992.pdf")));
    }

    [Fact]
    public void A_project_in_a_temporary_folder_builds_with_the_bundled_fonts()
    {
        var dir = MinimalProject();
        var outDir = Path.Combine(dir, "out");
        var r = CliRunner.Run("build", dir, "-o", outDir);
        Assert.True(r.ExitCode == 0, r.Stderr);
        var pdf = Path.Combine(outDir, "a-test-book.pdf");
        Assert.Contains("Hello, Xocalı.", PdfProbe.PdfToText(pdf));
        Assert.All(PdfProbe.PdfFonts(pdf), f => Assert.True(f.Embedded));
    }

    [Fact]
    public void The_slug_from_book_yaml_names_the_file()
    {
        var dir = MinimalProject("title: Any Title\nslug: my-book\nchapters: [one.md]\n");
        var r = CliRunner.Run("build", dir, "-o", Path.Combine(dir, "out"));
        Assert.Equal(0, r.ExitCode);
        Assert.True(File.Exists(Path.Combine(dir, "out", "my-book.pdf")));
    }

    [Fact]
    public void Missing_project_folder_is_an_input_error()
    {
        var outDir = RepoPaths.TempDir();
        var r = CliRunner.Run("build", "/nonexistent/project-folder", "-o", outDir);
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("error: project folder not found", r.Stderr);
        Assert.Empty(Directory.GetFiles(outDir));
    }

    [Fact]
    public void Missing_book_yaml_names_the_file()
    {
        var dir = RepoPaths.TempDir();
        var r = CliRunner.Run("build", dir, "-o", Path.Combine(dir, "out"));
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("book.yaml: error:", r.Stderr);
        Assert.False(Directory.Exists(Path.Combine(dir, "out")));
    }

    [Fact]
    public void Missing_chapter_is_reported_at_its_line_in_book_yaml()
    {
        var dir = MinimalProject("title: T\nchapters:\n  - one.md\n  - two.md\n");
        var r = CliRunner.Run("build", dir, "-o", Path.Combine(dir, "out"));
        Assert.Equal(1, r.ExitCode);
        Assert.Matches(@"book\.yaml:4:5: error: file '.*two\.md' not found", r.Stderr);
        Assert.False(Directory.Exists(Path.Combine(dir, "out")));
    }

    [Fact]
    public void Malformed_yaml_gives_file_line_and_column_without_a_stack_trace()
    {
        var dir = MinimalProject("title: [unclosed\nchapters: [one.md]\n");
        var r = CliRunner.Run("build", dir, "-o", Path.Combine(dir, "out"));
        Assert.Equal(1, r.ExitCode);
        Assert.Matches(@"book\.yaml:\d+:\d+: error: malformed YAML", r.Stderr);
        Assert.DoesNotContain("   at ", r.Stderr);
    }

    [Fact]
    public void Unknown_option_is_a_usage_error()
    {
        Assert.Equal(2, CliRunner.Run("build", "--no-such-option").ExitCode);
    }

    [Fact]
    public void Help_lists_the_commands()
    {
        var r = CliRunner.Run("--help");
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("build", r.Stdout);
        Assert.Contains("check", r.Stdout);
    }

    [Fact]
    public void A_failed_build_leaves_the_previous_pdf_untouched()
    {
        var dir = MinimalProject();
        var outDir = Path.Combine(dir, "out");
        Assert.Equal(0, CliRunner.Run("build", dir, "-o", outDir).ExitCode);
        var pdf = Path.Combine(outDir, "a-test-book.pdf");
        var before = File.ReadAllBytes(pdf);
        File.WriteAllText(Path.Combine(dir, "one.md"), "# First\n\nSee @tbl:nowhere.\n");
        var r = CliRunner.Run("build", dir, "-o", outDir);
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("one.md:3:5: error: unknown cross-reference '@tbl:nowhere'", r.Stderr);
        Assert.Equal(before, File.ReadAllBytes(pdf));
        Assert.Single(Directory.GetFiles(outDir));
    }
}
