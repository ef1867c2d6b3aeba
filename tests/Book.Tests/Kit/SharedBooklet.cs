namespace Book.Tests;

/// <summary>
/// The bundled booklet (chapters/), built once per test run in all five formats, as a user would
/// (`book build chapters -o … --format pdf,print,print-trim,epub,html`), for every test that only reads
/// its outputs. Built lazily on first use and shared by the whole assembly; tests must not write
/// into <see cref="OutDir"/>. Tests that need a build of their own (determinism, child processes,
/// the installed tool) still make one.
/// </summary>
public static class SharedBooklet
{
    const string Formats = "pdf,print,print-trim,epub,html";
    static readonly Lazy<Built> Lazy = new(Make, LazyThreadSafetyMode.ExecutionAndPublication);

    public sealed record Built(string OutDir, CliRunner.Result Build)
    {
        public string Pdf => Path.Combine(OutDir, "khojaly-1992.pdf");
        public string Print => Path.Combine(OutDir, "khojaly-1992-print.pdf");
        public string PrintTrim => Path.Combine(OutDir, "khojaly-1992-print-trim.pdf");
        public string Epub => Path.Combine(OutDir, "khojaly-1992.epub");
        public string Web => Path.Combine(OutDir, "khojaly-1992-web");
    }

    public static Built Get() => Lazy.Value;

    static Built Make()
    {
        var outDir = RepoPaths.TempDir("booklet");
        return new Built(outDir, CliRunner.Run("build", RepoPaths.Chapters, "-o", outDir, "--format", Formats));
    }
}
