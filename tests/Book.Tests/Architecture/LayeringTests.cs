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
