namespace Book.Tests;

/// <summary>
/// Small book projects (a <see cref="TempProject"/>) built with the real `book` command, and what the
/// poppler tools read back from the PDF: text per page, and words with their boxes.
/// </summary>
public static class ProjectKit
{
    public sealed record Build(CliRunner.Result Result, string Dir, string Pdf)
    {
        public bool Ok => Result.ExitCode == 0;
        public string Stderr => Result.Stderr;
        public int Pages => PdfProbe.Pages(Pdf);
        public string Page(int n) => PdfProbe.PdfToText(Pdf, n, n);
        public IEnumerable<string> PageTexts() => Enumerable.Range(1, Pages).Select(Page);
        public string Text => PdfProbe.PdfToText(Pdf);
    }

    /// <summary>Writes <paramref name="files"/> (relative path → content) and builds the PDF only.</summary>
    public static Build BuildProject(IReadOnlyDictionary<string, string> files, string slug = "test-book")
    {
        var p = TempProject.Create(files, slug, "tables");
        return new Build(p.Build("pdf"), p.Dir, p.Pdf);
    }

    /// <summary>A book.yaml for a one-language test book with the given chapters and appendices.</summary>
    public static string BookYaml(string chapters, string appendices = "[]", string extra = "") =>
        $"title: Test Book\nslug: test-book\nlanguage: en\nchapters: [{chapters}]\nappendices: {appendices}\n{extra}";

    public static List<PdfProbe.Word> Words(string pdf) => PdfProbe.Words(pdf);
}
