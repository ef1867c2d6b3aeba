using Book.Model;
using Book.Core.Citations;

namespace Book.Tests.Citations;

public class BibliographyLoadTests
{
    /// <summary>Each source as the processor prints it in the bibliography: what a reader would see differ.</summary>
    static IEnumerable<string> Printed(Bibliography bib) =>
        new Book.Csl.CslProcessor(Book.Csl.BuiltInStyles.Get("chicago-notes-bibliography"), Book.Csl.LocaleSet.BuiltIn, "en",
            CitationTexts.Items(bib)).Bibliography().Entries.Select(e => e.Id + ": " + e.Text.ToHtml());
    static string Json(Book.Core.Citations.Bibliographies.BibItem e, string field) => e.Csl[field]!.ToJsonString();

    [Fact]
    public void YamlAndJsonGiveTheSameSources()
    {
        var diags = new DiagnosticBag();
        var yaml = Bibliography.FromYaml(CitationTestData.Yaml, "sources.yaml", diags);
        var json = Bibliography.FromJson(CitationTestData.Json, "sources.json", diags);
        Assert.Empty(diags.Items);
        Assert.Equal(3, yaml.Items.Count);
        Assert.Equal(Printed(yaml), Printed(json));

        Assert.True(yaml.TryGet("erdogan-2024", out var erdogan));
        Assert.Equal("""[{"family":"Erdogan","given":"Koray"}]""", Json(erdogan, "author"));
        Assert.Equal("""{"date-parts":[[2024,2,26]]}""", Json(erdogan, "issued"));
        Assert.Equal("Source: Newsroom", erdogan.Text("note"));
        Assert.Null(erdogan.Text("container-title"));
        Assert.Null(erdogan.Text("URL"));
        Assert.True(yaml.TryGet("trtworld-2024", out var trt));
        Assert.Equal("""{"date-parts":[[2025,3,1]]}""", Json(trt, "accessed"));
    }

    [Fact]
    public void EntriesRememberTheirLine()
    {
        var bib = CitationTestData.Sources();
        Assert.Equal(["sources.yaml:2:3", "sources.yaml:9:3", "sources.yaml:19:3"], bib.Items.Select(e => e.Span.ToString()));
    }

    [Fact]
    public void TopLevelListWorksLikeReferencesKey()
    {
        var diags = new DiagnosticBag();
        var bib = Bibliography.FromYaml("- id: a\n  type: book\n  title: A\n", "sources.yaml", diags);
        Assert.Empty(diags.Items);
        Assert.Equal("a", Assert.Single(bib.Items).Id);
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
        Assert.Equal("""[{"literal":"Human Rights Watch"}]""", Json(bib.Items[0], "author"));
        Assert.Equal("""{"literal":"Spring 1993"}""", Json(bib.Items[0], "issued"));
        Assert.Equal("""{"date-parts":[[2024,2]]}""", Json(bib.Items[1], "issued"));
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
        Assert.Empty(bib.Items);
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
        Assert.Equal("""{"literal":"26 Februar 2024"}""", Json(bib.Items.Single(), "issued"));
    }

    [Fact]
    public void DuplicateIdIsAnError()
    {
        var diags = new DiagnosticBag();
        var bib = Bibliography.FromYaml("- id: a\n  type: book\n- id: a\n  type: report\n", "sources.yaml", diags);
        Assert.Equal("book", Assert.Single(bib.Items).Type);
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
        Assert.Empty(bib.Items);
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
