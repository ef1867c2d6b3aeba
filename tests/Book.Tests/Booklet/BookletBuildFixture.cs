namespace Book.Tests.Booklet;

/// <summary>Builds the bundled booklet once for all tests that read its outputs.</summary>
public sealed class BookletBuildFixture
{
    public string OutDir { get; } = RepoPaths.TempDir("booklet");
    public CliRunner.Result Build { get; }
    public string Pdf => Path.Combine(OutDir, "khojaly-1992.pdf");
    public string Epub => Path.Combine(OutDir, "khojaly-1992.epub");

    public BookletBuildFixture()
    {
        Build = CliRunner.Run("build", RepoPaths.Chapters, "-o", OutDir);
    }
}
