using Book.Synthetic;

namespace Book.Tests.Spacing;

/// <summary>
/// The generated 90-note test book (<see cref="NoteBook"/>), built once for the tests that judge
/// its spacing and pages. BOOK_NOTEBOOK_KEEP=folder copies its project and PDF there, for
/// bench/latex-spacing, which sets the same text with LuaLaTeX.
/// </summary>
public sealed class NoteBookFixture
{
    static readonly Lazy<string> Built = new(() =>
    {
        var dir = RepoPaths.TempDir("notebook");
        NoteBook.Write(dir);
        var r = CliRunner.Run("build", dir, "-o", Path.Combine(dir, "out"));
        Assert.True(r.ExitCode == 0, r.Stderr);
        var pdf = Path.Combine(dir, "out", "notebook.pdf");
        if (Environment.GetEnvironmentVariable("BOOK_NOTEBOOK_KEEP") is { Length: > 0 } keep)
        {
            Directory.CreateDirectory(keep);
            foreach (var f in new[] { "book.yaml", "notes.md", Path.Combine("out", "notebook.pdf") })
                File.Copy(Path.Combine(dir, f), Path.Combine(keep, Path.GetFileName(f)), overwrite: true);
        }
        return pdf;
    });

    /// <summary>The built PDF (built on first use).</summary>
    public static string Pdf => Built.Value;

    public const double BodySize = 10.5;
    /// <summary>Literata's space, in ems.</summary>
    public const double SpaceEm = 0.2;
}
