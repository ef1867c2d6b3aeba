using System.IO.Compression;
using Book.Build;
using Book.Model;

namespace Book.Tests.Build;

/// <summary>The build as a library: results in memory, the registry's names, the PDF writer's warnings, all-or-nothing writing.</summary>
public sealed class PublicationTests
{
    [Fact]
    public void A_link_to_nowhere_builds_with_a_warning_naming_it()
    {
        var dir = BuildTestProject.Create("# One\n\nSee [x](#nowhere) for more.\n");
        var result = Publication.Build(dir, new BuildOptions { Formats = "pdf" });
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Items));
        var warning = Assert.Single(result.Diagnostics.Items);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Contains("'nowhere'", warning.Message);
        Assert.EndsWith("one.md", warning.Span?.File);
    }

    [Fact]
    public void Outputs_are_held_in_memory_until_written_and_named_from_the_slug()
    {
        var dir = BuildTestProject.Create();
        var outDir = Path.Combine(dir, "out");
        var result = Publication.Build(dir, new BuildOptions { Formats = "epub,pdf", OutDir = outDir });
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Items));
        Assert.False(Directory.Exists(outDir));
        Assert.Equal(["pdf", "epub"], result.Outputs.Select(o => o.Name)); // registry order, not --format's
        Assert.Equal(Path.Combine(outDir, "test-book.pdf"), result.Outputs[0].Path);
        Assert.NotNull(result.Pages);
        Publication.WriteAll(result);
        Assert.Equal(result.Outputs[1].ToArray(), File.ReadAllBytes(Path.Combine(outDir, "test-book.epub")));
    }

    [Fact]
    public void Output_names_come_from_the_registry()
    {
        var dir = BuildTestProject.Create(yaml: "outputs: [pdf, mobi]\n");
        var result = Publication.Build(dir, new BuildOptions());
        var error = Assert.Single(result.Diagnostics.Items);
        Assert.Equal("book.yaml:5:16: error: unknown output 'mobi'; use pdf, print, print-trim, print-cover, epub or html", error.ToString().Replace(dir + "/", ""));
        Assert.Empty(result.Outputs);

        var bad = Publication.Build(BuildTestProject.Create(), new BuildOptions { Formats = "pdf,mobi" });
        Assert.Contains(bad.Diagnostics.Items, d => d.Message == "unknown format 'mobi' for --format; use " + string.Join(", ", OutputFormats.Names));
    }

    [Fact]
    public void Build_settings_are_read_from_book_yaml_not_the_model()
    {
        var dir = BuildTestProject.Create(yaml: "outputs: [print]\npdfa: false\ncreep: 0.1mm\n");
        var result = Publication.Build(dir, new BuildOptions());
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Items));
        Assert.Equal(["print"], result.Settings!.Outputs.Select(o => o.Name));
        Assert.False(result.Settings.PdfA);
        Assert.Equal(0.1 * 72 / 25.4, result.Settings.Creep, 6);
        Assert.Equal("print", Assert.Single(result.Outputs).Name);
    }

    [Fact]
    public void The_build_date_comes_from_the_host_when_book_yaml_has_none()
    {
        var dir = BuildTestProject.Create();
        File.WriteAllText(Path.Combine(dir, "book.yaml"), "title: Test Book\nslug: test-book\nchapters: [one.md]\n");
        var host = new DatedHost(DateTimeOffset.FromUnixTimeSeconds(1_700_000_000));
        var result = Publication.Build(dir, new BuildOptions { Formats = "pdf,epub" }, host);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Items));
        Assert.Equal(host.SourceDate, result.Pages!.Info.Date);
        Assert.Contains("<meta property=\"dcterms:modified\">2023-11-14T22:13:20Z</meta>", Opf(result));

        // book.yaml's date wins over the host's.
        var dated = Publication.Build(BuildTestProject.Create(), new BuildOptions { Formats = "epub" }, host);
        Assert.Contains("<meta property=\"dcterms:modified\">2026-02-26T00:00:00Z</meta>", Opf(dated));
    }

    internal static string Opf(BuildResult result)
    {
        using var zip = new ZipArchive(new MemoryStream(result.Outputs.Single(o => o.Name == "epub").ToArray()));
        using var reader = new StreamReader(zip.GetEntry("EPUB/package.opf")!.Open());
        return reader.ReadToEnd();
    }

    sealed class DatedHost(DateTimeOffset date) : IBuildHost
    {
        public Book.Core.Sources.ProjectFiles Project(string projectDir) => FileSystemHost.Instance.Project(projectDir);
        public IReadOnlyList<string> FontFamilies => FileSystemHost.Instance.FontFamilies;
        public FontFaces? Family(string name) => FileSystemHost.Instance.Family(name);
        public DateTimeOffset? SourceDate => date;
    }
}
