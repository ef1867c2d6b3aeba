using Book.Core.Chronology;
using Book.Core.Indexing;
using Book.Core.Markdown;
using Book.Model;
using Book.Core.Pipeline;
using Book.Core.Sources;

namespace Book.Tests.Indexing;
// Book.Tests.Text (the line-breaking tests) would otherwise hide the model's Text record.
using Text = Book.Model.Text;

/// <summary>Chronology and index as the resolve stage runs them, on the real book and on small projects.</summary>
public class ResolveStageTests
{
    /// <summary>
    /// The book as BookLoader builds it before resolving (divisions in order, generated appendices as
    /// empty placeholders), then only our two steps; the later resolve steps belong to other branches.
    /// </summary>
    static BookDocument? LoadAndApply(string dir, DiagnosticBag diags)
    {
        var files = new ProjectFiles(dir);
        var manifest = ManifestReader.Read(File.ReadAllText(Path.Combine(dir, "book.yaml")), diags, files.Display("book.yaml"));
        if (manifest is null) return null;
        var divisions = new List<Division>();
        Division Parse(FileRef f, DivisionKind kind)
        {
            var baseId = "d-" + Path.GetFileNameWithoutExtension(f.Path);
            var p = new ChapterParser(f.Path, baseId, diags).Parse(File.ReadAllText(Path.Combine(dir, f.Path)));
            return new Division(kind, p.Id ?? baseId, p.Title, null, p.Blocks, p.Notes);
        }
        divisions.AddRange(manifest.FrontMatter.Select(f => Parse(f, DivisionKind.FrontMatter)));
        divisions.AddRange(manifest.Chapters.Select(f => Parse(f, DivisionKind.Chapter)));
        foreach (var a in manifest.Appendices)
            divisions.Add(a.IsGenerated
                ? new Division(DivisionKind.Appendix, a.Path, [new Text(a.Path)], null, [], []) { Span = a.Span, Generated = a.Generated }
                : Parse(a, DivisionKind.Appendix));
        var book = new BookDocument(manifest.Meta, divisions);
        var stages = new ResolvePipelineBuilder().Use(new ChronologyStage()).Use(new IndexStage()).Build();
        return stages.Run(book, new ResolveContext(files, manifest, diags));
    }

    [Fact]
    public void Real_book_gets_both_appendices_without_errors()
    {
        var diags = new DiagnosticBag();
        var book = LoadAndApply(RepoPaths.Chapters, diags)!;
        Assert.DoesNotContain(diags.Items, d => d.Severity == Severity.Error);
        Assert.DoesNotContain(diags.Items, d => d.Span?.File.EndsWith("/chronology.yaml", StringComparison.Ordinal) == true);
        // Only content findings may remain for index.yaml: terms the text never uses.
        Assert.All(diags.Items.Where(d => d.Span?.File.EndsWith("/index.yaml", StringComparison.Ordinal) == true), d => Assert.Contains("occurs nowhere", d.Message));

        var chrono = book.Divisions.Single(d => d.Id == "chronology");
        Assert.True(chrono.Blocks.OfType<ChronologyEntry>().Count() >= 40);
        Assert.IsType<Heading>(chrono.Blocks[0]);
        var index = book.Divisions.Single(d => d.Id == "index");
        var entries = index.Blocks.Cast<IndexEntry>().ToList();
        Assert.Contains(entries, e => InlineText.Plain(e.Term) == "Agdam" && e.AnchorIds.Count > 10);
        // The book's subject is on nearly every page and so not indexed.
        Assert.DoesNotContain(entries, e => InlineText.Plain(e.Term) == "Khojaly");
        Assert.Contains(entries, e => InlineText.Plain(e.Term) == "Kargar River" && e.See == "Gargar River");
        // Every anchor an entry lists is in the text exactly once, and none is left unlisted.
        var anchors = new List<string>();
        new IndexTermAnchors(anchors).Walk(book);
        Assert.Equal(anchors.Count, anchors.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(entries.SelectMany(e => e.AnchorIds).Order(StringComparer.Ordinal), anchors.Order(StringComparer.Ordinal));
        // The generated chronology is not searched for index terms.
        Assert.DoesNotContain(chrono.Blocks.OfType<ChronologyEntry>(), e => e.Content.Any(i => i is IndexTerm));
    }

    static string Project(string bookYaml, params (string Name, string Text)[] files)
    {
        var p = TempProject.Create("# One {#sec:one}\n\nIn Agdam.\n", bookYaml, "book-chrono");
        foreach (var (name, text) in files) p.Write(name, text);
        return p.Dir;
    }

    [Fact]
    public void Listed_appendix_without_its_file_is_an_error_at_the_manifest_line()
    {
        var dir = Project("title: T\nchapters: [one.md]\nappendices:\n  - chronology\n  - index\n");
        try
        {
            var diags = new DiagnosticBag();
            LoadAndApply(dir, diags);
            Assert.Equal(
            [
                dir + "/book.yaml:4:5: error: book.yaml lists the 'chronology' appendix but there is no chronology.yaml in the project folder",
                dir + "/book.yaml:5:5: error: book.yaml lists the 'index' appendix but there is no index.yaml in the project folder",
            ], diags.Items.Select(d => d.ToString()));
        }
        finally { Directory.Delete(dir, recursive: true); }
    }

    [Fact]
    public void See_to_an_unknown_section_is_an_error_and_unlisted_files_are_warned_about()
    {
        var dir = Project("title: T\nchapters: [one.md]\nappendices: [chronology]\n",
            ("chronology.yaml", "- date: 1992\n  text: x\n  see: sec:onne\n"), ("index.yaml", "- term: Agdam\n"));
        try
        {
            var diags = new DiagnosticBag();
            var book = LoadAndApply(dir, diags)!;
            Assert.Equal(
            [
                dir + "/chronology.yaml:3:8: error: see: unknown section 'sec:onne' (did you mean 'sec:one'?)",
                dir + "/index.yaml: warning: index.yaml is not used: add 'index' to the appendices in book.yaml to print the index",
            ], diags.Items.Select(d => d.ToString()));
            Assert.Equal(2, book.Divisions.Single(d => d.Id == "chronology").Blocks.Count);
        }
        finally { Directory.Delete(dir, recursive: true); }
    }

    [Fact]
    public void BookLoader_runs_both_steps_before_cross_references()
    {
        var dir = Project("title: T\nchapters: [one.md]\nappendices: [chronology, index]\n",
            ("chronology.yaml", "- date: 1992-02-26\n  text: \"Told in @sec:one.\"\n  see: sec:one\n"),
            ("index.yaml", "- term: Agdam\n"));
        try
        {
            var diags = new DiagnosticBag();
            var book = BookLoader.Load(dir, diags);
            Assert.True(book is not null, string.Join("\n", diags.Items));
            Assert.Empty(diags.Items);
            var entry = book!.Divisions.Single(d => d.Id == "chronology").Blocks.OfType<ChronologyEntry>().Single();
            Assert.Equal("26\u00A0February 1992", entry.DateText); // the day keeps its month (TypographyStage)
            Assert.Contains(entry.Content, i => i is Link { Target: "#sec:one" }); // @sec:one resolved after our step
            Assert.Equal(new PageRef("sec:one"), entry.Content[^1]);
            var ix = Assert.IsType<IndexEntry>(book.Divisions.Single(d => d.Id == "index").Blocks.Single());
            Assert.Equal(["ix:agdam:1"], ix.AnchorIds);
        }
        finally { Directory.Delete(dir, recursive: true); }
    }

    [Fact]
    public void Real_book_through_BookLoader_has_its_chronology_citations_resolved()
    {
        var diags = new DiagnosticBag();
        var book = BookLoader.Load(RepoPaths.Chapters, diags);
        Assert.True(book is not null, string.Join("\n", diags.Items));
        var chrono = book!.Divisions.Single(d => d.Id == "chronology");
        var entries = chrono.Blocks.OfType<ChronologyEntry>().ToList();
        Assert.True(entries.Count >= 40);
        // Our step ran before the citation resolver: every entry's citations became notes of the appendix.
        Assert.All(entries, e => Assert.Contains(e.Content, i => i is NoteRef));
        Assert.NotEmpty(chrono.Notes);
        Assert.Contains(book.Divisions.Single(d => d.Id == "index").Blocks.OfType<IndexEntry>(), e => InlineText.Plain(e.Term) == "Agdam");
    }

    sealed class IndexTermAnchors(List<string> anchors) : ModelWalker
    {
        public override void VisitInline(Inline i)
        {
            if (i is IndexTerm t) anchors.Add(t.EntryId);
            base.VisitInline(i);
        }
    }
}
