using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace Book.Tests.Tables;

/// <summary>
/// Small book projects written to a temporary folder and built with the real `book` command,
/// and what the poppler tools read back from the PDF: text per page, and words with their boxes.
/// </summary>
public static partial class ProjectKit
{
    public sealed record Build(CliRunner.Result Result, string Dir, string Pdf)
    {
        public bool Ok => Result.ExitCode == 0;
        public string Stderr => Result.Stderr;
        public int Pages => int.Parse(PdfTools.PdfInfo(Pdf)["Pages"], CultureInfo.InvariantCulture);
        public string Page(int n) => PdfTools.PdfToText(Pdf, n, n);
        public IEnumerable<string> PageTexts() => Enumerable.Range(1, Pages).Select(Page);
        public string Text => PdfTools.PdfToText(Pdf);
    }

    /// <summary>A word as pdftotext -bbox-layout places it, in points from the page's top left.</summary>
    public sealed record Word(int Page, string Text, double XMin, double YMin, double XMax, double YMax);

    /// <summary>Writes <paramref name="files"/> (relative path → content) and builds the PDF only.</summary>
    public static Build BuildProject(IReadOnlyDictionary<string, string> files, string slug = "test-book")
    {
        var dir = RepoPaths.TempDir("tables");
        foreach (var (path, content) in files)
        {
            var full = Path.Combine(dir, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, content);
        }
        var outDir = Path.Combine(dir, "out");
        var r = CliRunner.Run("build", dir, "-o", outDir, "--format", "pdf");
        return new Build(r, dir, Path.Combine(outDir, slug + ".pdf"));
    }

    /// <summary>A book.yaml for a one-language test book with the given chapters and appendices.</summary>
    public static string BookYaml(string chapters, string appendices = "[]", string extra = "") =>
        $"title: Test Book\nslug: test-book\nlanguage: en\nchapters: [{chapters}]\nappendices: {appendices}\n{extra}";

    public static List<Word> Words(string pdf)
    {
        var r = PdfTools.Run("pdftotext", "-bbox-layout", "-enc", "UTF-8", pdf, "-");
        if (r.ExitCode != 0) throw new InvalidOperationException("pdftotext -bbox-layout failed: " + r);
        var words = new List<Word>();
        int page = 0;
        foreach (Match m in Tag().Matches(r.StdOut))
        {
            if (m.Groups["page"].Success) { page++; continue; }
            double D(string g) => double.Parse(m.Groups[g].Value, CultureInfo.InvariantCulture);
            words.Add(new Word(page, WebUtility.HtmlDecode(m.Groups["text"].Value), D("x0"), D("y0"), D("x1"), D("y1")));
        }
        return words;
    }

    [GeneratedRegex("""<page\b(?<page>)|<word xMin="(?<x0>[\d.]+)" yMin="(?<y0>[\d.]+)" xMax="(?<x1>[\d.]+)" yMax="(?<y1>[\d.]+)">(?<text>[^<]*)</word>""")]
    private static partial Regex Tag();
}
