using System.Diagnostics;
using System.Text;

namespace Book.Tests.Reliability;

/// <summary>
/// The save step under faults, in real `book` processes: a rename that fails, a kill between
/// renames, a termination signal, a second build into the same folder, leftovers of crashed builds.
/// After each, the output folder holds the old set or the new set, never a mix, and nothing else.
/// Faults are injected with BOOK_FAULT (see src/Book.Build/Saving/Fault.cs).
/// </summary>
public sealed class SaveFaultTests
{
    const string Old = "# One\n\nThe old wording of the chapter.\n";
    const string New = "# One\n\nThe new wording of the chapter.\n";

    static ToolResult Book(TempProject p, string? fault = null, IReadOnlyDictionary<string, string?>? more = null)
    {
        var env = new Dictionary<string, string?> { ["BOOK_FAULT"] = fault };
        if (more is not null) foreach (var (k, v) in more) env[k] = v;
        return ProcessRunner.RunBook(["build", p.Dir, "-o", p.Out, "--format", "pdf,epub"], new ProcessRunner.Options(Environment: env));
    }

    /// <summary>The new set, as a clean build makes it (outputs are reproducible byte for byte).</summary>
    static Dictionary<string, byte[]> NewSet()
    {
        using var fresh = Hostile.Project(New);
        Assert.Equal(0, Book(fresh).ExitCode);
        return OutputSnapshot.Take(fresh.Out);
    }

    [Fact]
    public void A_rename_that_fails_on_the_second_output_puts_the_first_back()
    {
        using var p = Hostile.Project(Old);
        Assert.Equal(0, Book(p).ExitCode);
        var before = OutputSnapshot.Take(p.Out);
        p.Write("one.md", New);
        var r = Book(p, "rename:2");
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("cannot write the outputs", r.StdErr);
        Assert.Contains("The previous files are unchanged", r.StdErr);
        OutputSnapshot.AssertSame(before, p.Out); // the PDF, renamed first, is the old one again; no journal, no temporaries
    }

    [Fact]
    public void A_kill_between_renames_is_undone_by_the_next_build_even_one_that_fails()
    {
        using var p = Hostile.Project(Old);
        Assert.Equal(0, Book(p).ExitCode);
        var before = OutputSnapshot.Take(p.Out);
        p.Write("one.md", New);
        var killed = Book(p, "kill:2");
        Assert.NotEqual(0, killed.ExitCode);
        Assert.True(File.Exists(Path.Combine(p.Out, ".book-save-journal")), "the kill should have come mid-save");

        // A broken rebuild writes nothing, but first restores the old set the killed build left mixed.
        p.Write("one.md", "# One\n\nSee @sec:nowhere.\n");
        var broken = Book(p);
        Assert.Equal(1, broken.ExitCode);
        OutputSnapshot.AssertSame(before, p.Out);
        Assert.Contains("an earlier build was stopped while saving", broken.StdErr);
    }

    [Fact]
    public void After_a_kill_the_next_good_build_leaves_exactly_the_new_set()
    {
        using var p = Hostile.Project(Old);
        Assert.Equal(0, Book(p).ExitCode);
        p.Write("one.md", New);
        Assert.NotEqual(0, Book(p, "kill:2").ExitCode);
        Assert.Equal(0, Book(p).ExitCode);
        OutputSnapshot.AssertSame(NewSet(), p.Out);
    }

    [Fact]
    public void Temporaries_of_a_crashed_build_are_removed_by_the_next_save()
    {
        using var p = Hostile.Project(Old);
        Directory.CreateDirectory(p.Out);
        File.WriteAllText(Path.Combine(p.Out, ".hostile.pdf.tmp-99999-3"), "half a PDF");
        File.WriteAllText(Path.Combine(p.Out, ".hostile.epub.old-99999-4"), "a kept version");
        File.WriteAllText(Path.Combine(p.Out, "notes.txt"), "the user's own file");
        Assert.Equal(0, Book(p).ExitCode);
        var names = Directory.GetFiles(p.Out).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["hostile.epub", "hostile.pdf", "notes.txt"], names);
    }

    [Fact]
    public void A_termination_signal_during_the_save_waits_for_the_whole_new_set()
    {
        using var p = Hostile.Project(Old);
        Assert.Equal(0, Book(p).ExitCode);
        p.Write("one.md", New);
        var info = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var a in new[] { Path.Combine(AppContext.BaseDirectory, "book.dll"), "build", p.Dir, "-o", p.Out, "--format", "pdf,epub" })
            info.ArgumentList.Add(a);
        info.Environment["BOOK_FAULT"] = "pause:400";
        using var process = Process.Start(info)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var journal = Path.Combine(p.Out, ".book-save-journal");
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!File.Exists(journal) && !process.HasExited && DateTime.UtcNow < deadline) Thread.Sleep(5);
        Assert.True(File.Exists(journal), "the save never started");
        ProcessRunner.Run("kill", "-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(process.WaitForExit(60_000));
        Assert.Equal(128 + 15, process.ExitCode);
        Assert.Contains("stopped by SIGTERM after the outputs were saved completely", stderr.Result);
        OutputSnapshot.AssertSame(NewSet(), p.Out);
    }

    [Fact]
    public void A_second_build_into_a_locked_folder_waits_then_refuses_and_changes_nothing()
    {
        using var p = Hostile.Project(Old);
        Assert.Equal(0, Book(p).ExitCode);
        var before = OutputSnapshot.Take(p.Out);
        p.Write("one.md", New);
        // util-linux's flock holds the same kind of lock a saving build holds.
        var holder = Process.Start(new ProcessStartInfo("flock", ["--exclusive", p.Out, "sleep", "30"]) { UseShellExecute = false })!;
        try
        {
            Thread.Sleep(300);
            var r = Book(p, more: new Dictionary<string, string?> { ["BOOK_LOCK_WAIT_SECONDS"] = "1" });
            Assert.Equal(1, r.ExitCode);
            Assert.Contains("waiting for another build that is saving into", r.StdErr);
            Assert.Contains("another build is saving into", r.StdErr);
            OutputSnapshot.AssertSame(before, p.Out);
        }
        finally { holder.Kill(); holder.WaitForExit(); }
    }

    [Fact]
    public void Two_builds_into_one_folder_end_with_one_builds_complete_set()
    {
        using var a = Hostile.Project(Old);
        using var b = Hostile.Project(New);
        var shared = Path.Combine(a.Dir, "shared-out");
        ToolResult Run(TempProject p) => ProcessRunner.RunBook(["build", p.Dir, "-o", shared, "--format", "pdf,epub"],
            new ProcessRunner.Options(Environment: new Dictionary<string, string?> { ["BOOK_FAULT"] = "pause:150" }));
        var ra = Task.Run(() => Run(a));
        var rb = Task.Run(() => Run(b));
        Assert.Equal(0, ra.Result.ExitCode);
        Assert.Equal(0, rb.Result.ExitCode);
        var pdf = PdfProbe.PdfToText(Path.Combine(shared, "hostile.pdf"));
        using var zip = System.IO.Compression.ZipFile.OpenRead(Path.Combine(shared, "hostile.epub"));
        var epub = string.Concat(zip.Entries.Where(e => e.Name.EndsWith(".xhtml", StringComparison.Ordinal))
            .Select(e => new StreamReader(e.Open(), Encoding.UTF8).ReadToEnd()));
        bool pdfNew = pdf.Contains("new wording", StringComparison.Ordinal), epubNew = epub.Contains("new wording", StringComparison.Ordinal);
        Assert.Equal(pdfNew, epubNew); // never one build's PDF with the other's EPUB
        Assert.Equal(["hostile.epub", "hostile.pdf"], Directory.GetFiles(shared).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList());
    }

    [Fact]
    public void An_output_that_would_overwrite_a_project_file_is_refused()
    {
        // -o at the project folder, and a chapter that happens to carry the PDF's name.
        using var p = Hostile.Project("", "title: T\nslug: hostile\nchapters: [hostile.pdf]\n");
        p.Write("hostile.pdf", "# One\n\nA chapter with an unlucky name.\n");
        var r = CliRunner.Run("build", p.Dir, "-o", p.Dir, "--format", "pdf");
        Sane.FailsWith(r, @"error: the output '.*hostile\.pdf' would overwrite a file of the project; choose another output folder \(-o\)");
        Assert.Equal("# One\n\nA chapter with an unlucky name.\n", File.ReadAllText(Path.Combine(p.Dir, "hostile.pdf")));
    }
}
