namespace Book.Tests.Print;

/// <summary>The bundled booklet's three PDF editions, from the one build the whole run shares (<see cref="SharedBooklet"/>).</summary>
public sealed class PrintBuildFixture
{
    readonly SharedBooklet.Built _built = SharedBooklet.Get();
    public string OutDir => _built.OutDir;
    public CliRunner.Result Build => _built.Build;
    public string Reading => _built.Pdf;
    public string Booklet => _built.Print;
    public string Trimmed => _built.PrintTrim;
    public int ReadingPages { get; }

    public PrintBuildFixture()
    {
        if (File.Exists(Reading)) ReadingPages = PdfProbe.Pages(Reading);
    }
}

/// <summary>The test classes that read the built editions share one fixture.</summary>
[CollectionDefinition(Name)]
public sealed class PrintBuildCollection : ICollectionFixture<PrintBuildFixture>
{
    public const string Name = "print build";
}
