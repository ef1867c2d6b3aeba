namespace Book.Tests.Print;

/// <summary>Builds the bundled booklet's three PDF editions once, as a user would.</summary>
public sealed class PrintBuildFixture
{
    public string OutDir { get; } = RepoPaths.TempDir("print");
    public CliRunner.Result Build { get; }
    public string Reading => Path.Combine(OutDir, "khojaly-1992.pdf");
    public string Booklet => Path.Combine(OutDir, "khojaly-1992-print.pdf");
    public string Trimmed => Path.Combine(OutDir, "khojaly-1992-print-trim.pdf");
    public int ReadingPages { get; }

    public PrintBuildFixture()
    {
        Build = CliRunner.Run("build", RepoPaths.Chapters, "-o", OutDir, "--format", "pdf,print,print-trim");
        if (File.Exists(Reading)) ReadingPages = int.Parse(PdfTools.PdfInfo(Reading)["Pages"], System.Globalization.CultureInfo.InvariantCulture);
    }
}

/// <summary>The test classes that read the built editions share one build.</summary>
[CollectionDefinition(Name)]
public sealed class PrintBuildCollection : ICollectionFixture<PrintBuildFixture>
{
    public const string Name = "print build";
}
