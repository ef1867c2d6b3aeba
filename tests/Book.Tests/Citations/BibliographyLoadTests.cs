using Book.Model;
using Book.Core.Citations;

namespace Book.Tests.Citations;

public class BibliographyLoadTests
{
    static string Describe(SourceEntry e) => string.Join("|",
        e.Id, e.Type, e.Title, e.ContainerTitle, e.Publisher, e.Url, e.Page, e.Note,
        string.Join(";", e.Authors), string.Join(";", e.Editors), e.Issued, e.Accessed);

    [Fact]
    public void YamlAndJsonGiveTheSameSources()
    {
        var diags = new DiagnosticBag();
        var yaml = Bibliography.FromYaml(CitationTestData.Yaml, "sources.yaml", diags);
        var json = Bibliography.FromJson(CitationTestData.Json, "sources.json", diags);
        Assert.Empty(diags.Items);
        Assert.Equal(3, yaml.Entries.Count);
        Assert.Equal(yaml.Entries.Select(Describe), json.Entries.Select(Describe));

        Assert.True(yaml.TryGet("erdogan-2024", out var erdogan));
        Assert.Equal(new PersonName("Erdogan", "Koray"), Assert.Single(erdogan.Authors));
        Assert.Equal(new CslDate(2024, 2, 26), erdogan.Issued);
        Assert.Equal("Source: Newsroom", erdogan.Note);
        Assert.Null(erdogan.ContainerTitle);
        Assert.Null(erdogan.Url);
        Assert.True(yaml.TryGet("trtworld-2024", out var trt));
        Assert.Equal(new CslDate(2025, 3, 1), trt.Accessed);
    }

    [Fact]
    public void EntriesRememberTheirLine()
    {
        var bib = CitationTestData.Sources();
        Assert.Equal(["sources.yaml:2:3", "sources.yaml:9:3", "sources.yaml:19:3"], bib.Entries.Select(e => e.Span!.ToString()));
    }

    [Fact]
    public void TopLevelListWorksLikeReferencesKey()
    {
        var diags = new DiagnosticBag();
        var bib = Bibliography.FromYaml("- id: a\n  type: book\n  title: A\n", "sources.yaml", diags);
        Assert.Empty(diags.Items);
        Assert.Equal("a", Assert.Single(bib.Entries).Id);
    }

    [Fact]
    public void LiteralNamesAndDates()
    {
        var diags = new DiagnosticBag();
        var bib = Bibliography.FromYaml("""
            - id: a
              type: report
              author: [{literal: Human Rights Watch}]
              issued: {literal: "Spring 1993"}
            - id: b
              type: book
              issued: 2024-02
            """, "sources.yaml", diags);
        Assert.Empty(diags.Items);
        Assert.Equal("Human Rights Watch", bib.Entries[0].Authors[0].Literal);
        Assert.Equal("Spring 1993", bib.Entries[0].Issued!.Literal);
        Assert.Equal(new CslDate(2024, 2, null), bib.Entries[1].Issued);
    }

    [Theory]
    [InlineData("- id: a\n  title: \"unclosed\n- id: b\n", "sources.yaml:2:10: error:")]
    [InlineData("- id: a\n   title: x\n", "sources.yaml:2:9: error:")]
    [InlineData("- id: a\n  type: book\n  title: [x\n", "sources.yaml:3:10: error: this '[' is never closed")]
    [InlineData("- id: a\n  title: [x\n- id: b\n", "sources.yaml:2:10: error: this '[' is never closed")]
    [InlineData("- id: a\n  t: x: y\n", "sources.yaml:2:7: error:")]
    public void MalformedYamlReportsLineAndColumn(string yaml, string expectedStart)
    {
        var diags = new DiagnosticBag();
        var bib = Bibliography.FromYaml(yaml, "sources.yaml", diags);
        Assert.Empty(bib.Entries);
        var d = Assert.Single(diags.Items);
        Assert.StartsWith(expectedStart, d.ToString());
        Assert.Equal(Severity.Error, d.Severity);
    }

    [Fact]
    public void WrongShapesAreErrorsAtTheirField()
    {
        var diags = new DiagnosticBag();
        var bib = Bibliography.FromYaml("""
            - id: a
              type: book
              title: [not, text]
              author: Koray Erdogan
              issued: 26 Februar 2024
            - type: book
            """, "sources.yaml", diags);
        Assert.Equal(
        [
            "sources.yaml:3:10: error: 'title' must be text, not a list",
            "sources.yaml:4:11: error: 'author' must be a list of names ({family, given} or {literal}), not a value",
            "sources.yaml:6:3: error: source has no 'id'",
        ], diags.Items.Where(d => d.Severity == Severity.Error).Select(d => d.ToString()));
        // An unreadable date is no reason to fail the build: a warning, and it is printed as written.
        Assert.Equal("sources.yaml:5:11: warning: cannot read 'issued' date '26 Februar 2024'; it is printed as written (write 2024-02-23, 2024-02 or 2024, or a date such as March 2, 1992)",
            Assert.Single(diags.Items, d => d.Severity == Severity.Warning).ToString());
        Assert.Equal("26 Februar 2024", bib.Entries.Single().Issued!.Literal);
    }

    [Fact]
    public void DuplicateIdIsAnError()
    {
        var diags = new DiagnosticBag();
        var bib = Bibliography.FromYaml("- id: a\n  type: book\n- id: a\n  type: report\n", "sources.yaml", diags);
        Assert.Equal("book", Assert.Single(bib.Entries).Type);
        Assert.Equal(
        [
            "sources.yaml:1:3: error: source id 'a' is defined again at line 3",
            "sources.yaml:3:3: error: duplicate source id 'a' (first defined at line 1)",
        ], diags.Items.Select(d => d.ToString()));
    }

    [Fact]
    public void DuplicateKeyIsAnError()
    {
        var diags = new DiagnosticBag();
        Bibliography.FromYaml("- id: a\n  type: book\n  type: report\n", "sources.yaml", diags);
        Assert.Equal("sources.yaml:3:3: error: duplicate key 'type'", Assert.Single(diags.Items).ToString());
    }

    [Fact]
    public void MalformedJsonReportsLineAndColumn()
    {
        var diags = new DiagnosticBag();
        var bib = Bibliography.FromJson("[\n  {\"id\": \"a\",, \"type\": \"book\"}\n]", "sources.json", diags);
        Assert.Empty(bib.Entries);
        Assert.StartsWith("sources.json:2:14: error: malformed JSON:", Assert.Single(diags.Items).ToString());
    }

    [Fact]
    public void JsonShapeErrorsHavePositions()
    {
        var diags = new DiagnosticBag();
        Bibliography.FromJson("[\n  {\"id\": \"a\", \"type\": \"book\",\n   \"issued\": {\"date-parts\": [[2024, 13]]}}\n]", "sources.json", diags);
        Assert.Equal("sources.json:3:30: warning: 'issued' is not a real date: 2024-13; it is printed as written", Assert.Single(diags.Items).ToString());
    }
}
