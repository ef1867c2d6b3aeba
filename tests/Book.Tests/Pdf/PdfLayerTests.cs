using System.Reflection;
using System.Text.RegularExpressions;
using Book.Pdf;

namespace Book.Tests.Pdf;

/// <summary>
/// Book.Pdf's layers only look down: syntax (Book.Pdf.Syntax) knows nothing of pages, fonts or
/// painting; the exporter (Book.Pdf.Export) nothing of imposition or the entry point; imposition
/// (Book.Pdf.Print) is on top. Checked in the sources, so uses inside method bodies count too.
/// </summary>
public class PdfLayerTests
{
    static readonly string Src = Path.Combine(RepoPaths.Root, "src", "Book.Pdf");

    static IEnumerable<string> TypeNames(string ns) =>
        typeof(PdfWriter).Assembly.GetTypes()
            .Where(t => t.Namespace == ns && !t.IsNested && !t.Name.Contains('<'))
            .Select(t => Regex.Replace(t.Name, "`.*$", ""));

    static List<string> Uses(string folder, IEnumerable<string> names, params string[] namespaces)
    {
        var found = new List<string>();
        // A type is used where it is created, reached into, declared or given as a type argument; a
        // method that happens to share its name (CatalogDict.PageLabels) is not a use.
        string type = "(" + string.Join("|", names.Select(Regex.Escape)) + ")";
        var words = new Regex($@"\bnew\s+{type}\b|\b{type}\s*[.?>\[]|<\s*{type}\b|\b{type}\s+@?[A-Za-z_]\w*\s*[=;,)]");
        foreach (var file in Directory.EnumerateFiles(Path.Combine(Src, folder), "*.cs", SearchOption.AllDirectories))
        {
            int n = 0;
            foreach (var line in File.ReadLines(file))
            {
                n++;
                string code = line.Split("//")[0];
                if (code.TrimStart().StartsWith("///", StringComparison.Ordinal)) continue;
                if (namespaces.Any(ns => code.Contains("using " + ns + ";", StringComparison.Ordinal)) || words.IsMatch(code))
                    found.Add($"{Path.GetRelativePath(Src, file)}:{type}: {line.Trim()}");
            }
        }
        return found;
    }

    [Fact]
    public void Syntax_looks_at_nothing_above_it()
    {
        var above = TypeNames("Book.Pdf.Export").Concat(TypeNames("Book.Pdf.Print")).Concat(TypeNames("Book.Pdf"));
        Assert.Empty(Uses("Syntax", above, "Book.Pdf.Export", "Book.Pdf.Print", "Book.Pages", "Book.Fonts"));
    }

    [Fact]
    public void The_exporter_knows_nothing_of_imposition_or_the_entry_point()
    {
        Assert.Empty(Uses("Export", TypeNames("Book.Pdf.Print").Concat(TypeNames("Book.Pdf")), "Book.Pdf.Print"));
    }
}
