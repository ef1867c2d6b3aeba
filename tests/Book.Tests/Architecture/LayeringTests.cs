using System.Xml.Linq;

namespace Book.Tests.Architecture;

/// <summary>The layering the projects promise, held by reading the source tree.</summary>
public class LayeringTests
{
    static readonly string Src = Path.Combine(RepoPaths.Root, "src");

    [Fact]
    public void Book_Model_references_no_package_and_no_other_project()
    {
        var project = XDocument.Load(Path.Combine(Src, "Book.Model", "Book.Model.csproj"));
        var references = project.Descendants()
            .Where(e => e.Name.LocalName is "PackageReference" or "ProjectReference" or "Reference")
            .Select(e => $"{e.Name.LocalName} {e.Attribute("Include")?.Value}")
            .ToList();
        Assert.True(references.Count == 0, "Book.Model must stand alone (every stage speaks it), but it has: " + string.Join(", ", references));
    }

    /// <summary>Each assembly's project references, followed through (what it can see at all).</summary>
    static HashSet<string> Closure(string project)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var todo = new Stack<string>([project]);
        while (todo.Count > 0)
        {
            var p = todo.Pop();
            var doc = XDocument.Load(Path.Combine(Src, p, p + ".csproj"));
            foreach (var r in doc.Descendants().Where(e => e.Name.LocalName == "ProjectReference"))
            {
                var name = Path.GetFileNameWithoutExtension(r.Attribute("Include")!.Value.Replace('\\', '/'));
                if (seen.Add(name)) todo.Push(name);
            }
        }
        return seen;
    }

    [Theory]
    // The PDF writer reads the page tree, never the layout engine or the model (as typst-pdf depends on
    // typst-library, not typst-layout); layout and the e-book writer see the model, never the parsers.
    [InlineData("Book.Pdf", new[] { "Book.Pages", "Book.Fonts" })]
    [InlineData("Book.Pages", new[] { "Book.Fonts" })]
    [InlineData("Book.Layout", new[] { "Book.Model", "Book.Pages", "Book.Fonts" })]
    [InlineData("Book.Epub", new[] { "Book.Model", "Book.Fonts" })]
    [InlineData("Book.Core", new[] { "Book.Model", "Book.Csl" })]
    // The citation processor knows nothing of books: items, a style and locales in, rich text out.
    [InlineData("Book.Csl", new string[0])]
    // The web edition renders with the e-book's renderer: it sees what the e-book sees, and the e-book.
    [InlineData("Book.Web", new[] { "Book.Model", "Book.Fonts", "Book.Epub" })]
    // Picture files in, page-tree content out: the decoders never see the book.
    [InlineData("Book.Images", new[] { "Book.Pages", "Book.Fonts" })]
    public void Each_assembly_sees_only_the_layers_below_it(string project, string[] allowed)
    {
        var sees = Closure(project).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(allowed.Order(StringComparer.Ordinal).ToList(), sees);
    }

    [Fact]
    public void Only_loading_code_takes_the_parser_packages()
    {
        foreach (var project in new[] { "Book.Model", "Book.Pages", "Book.Layout", "Book.Pdf", "Book.Epub", "Book.Web", "Book.Fonts", "Book.Csl" })
        {
            var doc = XDocument.Load(Path.Combine(Src, project, project + ".csproj"));
            var packages = doc.Descendants().Where(e => e.Name.LocalName == "PackageReference").Select(e => e.Attribute("Include")!.Value).ToList();
            Assert.True(packages.Count == 0, $"{project} takes packages: {string.Join(", ", packages)}");
        }
    }

    [Fact]
    public void No_namespace_cycles_among_Book_namespaces()
    {
        var graph = NamespaceGraph.Read(Src);
        // Book.Fonts: the root namespace holds the façade (OpenTypeFont) and the primitives every table
        // reader uses (BigEndian, FontFormatException); the table, GSUB and GPOS readers call the primitives
        // and the façade calls the readers. A loop inside one small assembly with no outside user of the
        // sub-namespaces; the layering that matters (which assembly may use which) is kept by the projects.
        var cycles = graph.Cycles().Where(c => !c.All(ns => ns == "Book.Fonts" || ns.StartsWith("Book.Fonts.", StringComparison.Ordinal))).ToList();
        Assert.True(cycles.Count == 0, "namespace cycles:\n" + string.Join("\n\n", cycles.Select(c => string.Join("\n", graph.Explain(c)))));
    }

    [Fact]
    public void The_graph_sees_real_dependencies()
    {
        // Guards the reader itself: an empty graph would pass the test above.
        var graph = NamespaceGraph.Read(Src);
        Assert.Contains("Book.Model", graph.Edges["Book.Core.Pipeline"].Keys);
        Assert.Contains("Book.Core.Sources", graph.Edges["Book.Core.Pipeline"].Keys);
        Assert.DoesNotContain("Book.Core.Pipeline", (graph.Edges.GetValueOrDefault("Book.Core.Indexing") ?? new()).Keys);
    }
}
