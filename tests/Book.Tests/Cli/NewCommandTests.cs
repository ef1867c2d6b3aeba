namespace Book.Tests.Cli;

/// <summary>`book new` as a user meets it: a project that builds at once, cleanly, and shows every feature.</summary>
public sealed class NewCommandTests
{
    [Fact]
    public void New_writes_a_project_with_every_input_file()
    {
        var dir = CliTestKit.NewProject();
        foreach (var f in new[] { "book.yaml", "01-first-chapter.md", "sources.yaml", "chronology.yaml", "index.yaml", "data/visitors.csv" })
            Assert.True(File.Exists(Path.Combine(dir, f)), f + " is missing");
        var yaml = File.ReadAllText(Path.Combine(dir, "book.yaml"));
        Assert.Contains("title: \"A Town Remembered\"", yaml);
        Assert.Contains("slug: a-town-remembered", yaml);
        Assert.DoesNotContain("{{", yaml);
    }

    [Fact]
    public void The_new_project_builds_at_once_without_a_warning()
    {
        var dir = CliTestKit.NewProject();
        var outDir = Path.Combine(Path.GetDirectoryName(dir)!, "out");
        var r = CliRunner.Run("build", dir, "-o", outDir);
        Assert.True(r.ExitCode == 0, r.Stderr);
        Assert.Equal("", r.Stderr);
        Assert.Contains("(0 errors, 0 warnings)", r.Stdout);
        Assert.True(File.Exists(Path.Combine(outDir, "a-town-remembered.epub")));
        Assert.Equal(0, PdfProbe.QpdfCheck(Path.Combine(outDir, "a-town-remembered.pdf")).ExitCode);
    }

    [Fact]
    public void The_first_chapter_shows_notes_citations_a_table_a_chart_the_chronology_bibliography_and_index()
    {
        var dir = CliTestKit.NewProject();
        var outDir = Path.Combine(Path.GetDirectoryName(dir)!, "out");
        Assert.Equal(0, CliRunner.Run("build", dir, "-o", outDir, "--format", "pdf").ExitCode);
        var text = CliTestKit.PdfText(Path.Combine(outDir, "a-town-remembered.pdf"));
        Assert.Contains("A first chapter", text);
        Assert.Contains("Notes are numbered per chapter", text);             // an inline note at the foot of the page
        Assert.Contains("Ada Example, The Town Register (Example Press, 2024)", text); // the first citation, in full (Chicago 18th: no place)
        Assert.Contains("Example, The Town Register, 4.", text);                // then short, with the page
        Assert.Contains("Table 1.1", text);
        Assert.Contains("Riverside park 2,100", text);                       // the CSV, numbers grouped
        Assert.Contains("Figure 1.1", text);
        Assert.Contains("Xocalı", text);                                     // the language span
        Assert.Contains("The first town fair is held", text);                // the chronology entry
        Assert.Contains("Example, Ada. The Town Register.", text);           // the bibliography
        Assert.Matches(@"Index Xocalı, \d", text);                           // the index, with its page
    }

    [Fact]
    public void A_title_with_quotes_and_letters_beyond_ascii_stays_exact()
    {
        var dir = CliTestKit.NewProject("Xocalı: \"Never Again\" \\ 1992");
        var outDir = Path.Combine(Path.GetDirectoryName(dir)!, "out");
        var r = CliRunner.Run("build", dir, "-o", outDir, "--format", "pdf");
        Assert.True(r.ExitCode == 0, r.Stderr);
        var pdf = Path.Combine(outDir, "xocali-never-again-1992.pdf");
        // Typed straight, the quotes are set as the book's language sets them, in the metadata too.
        Assert.Equal("Xocalı: \u201CNever Again\u201D \\ 1992", PdfProbe.PdfInfo(pdf, "-enc", "UTF-8")["Title"]);
    }

    [Fact]
    public void Without_a_title_the_folder_name_gives_one()
    {
        var dir = Path.Combine(RepoPaths.TempDir(), "harvest-notes");
        Assert.Equal(0, CliRunner.Run("new", dir).ExitCode);
        Assert.Contains("title: \"Harvest notes\"", File.ReadAllText(Path.Combine(dir, "book.yaml")));
    }

    [Fact]
    public void New_refuses_a_folder_that_has_files_and_changes_nothing()
    {
        var dir = RepoPaths.TempDir();
        File.WriteAllText(Path.Combine(dir, "notes.txt"), "mine");
        var r = CliRunner.Run("new", dir);
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("error: the folder is not empty", r.Stderr);
        Assert.Equal(["notes.txt"], Directory.GetFiles(dir).Select(Path.GetFileName));
    }

    [Fact]
    public void New_without_a_folder_is_a_usage_error()
    {
        Assert.Equal(2, CliRunner.Run("new").ExitCode);
    }
}
