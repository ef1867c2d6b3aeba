namespace Book.Build;

/// <summary>The outputs a build can write, in the order they are written and listed.</summary>
public static class OutputFormats
{
    public static IReadOnlyList<IOutputFormat> All { get; } = [new PdfOutput(), new PrintOutput(), new PrintTrimOutput(), new PrintCoverOutput(), new EpubOutput(), new HtmlOutput()];

    /// <summary>Written when neither --format nor book.yaml's <c>outputs:</c> names any.</summary>
    public const string Default = "pdf";

    public static IReadOnlyList<string> Names { get; } = All.Select(f => f.Name).ToList();

    public static IOutputFormat? Find(string name) => All.FirstOrDefault(f => f.Name == name);
}
