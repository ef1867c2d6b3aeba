using Book.Core.Citations;
using Book.Core.Citations.Bibliographies;
using Book.Model;

namespace Book.Tests.Citations;

/// <summary>The .bib reader on its own: syntax, LaTeX, names, dates, and where it says a file is wrong.</summary>
public class BibTexReaderTests
{
    static BibItem One(string bib, out DiagnosticBag diags, bool bibtex = false)
    {
        diags = new DiagnosticBag();
        return Assert.Single(BibliographyFormats.ReadBib(bib, "refs.bib", diags, bibtex));
    }

    static string? S(BibItem i, string field) => i.Text(field);

    [Fact]
    public void Macros_concatenation_months_and_comments()
    {
        var item = One("""
            @comment{ @book{not, title={An entry}} }
            @string{ j = "Journal of " }
            Stray text is a comment.
            @article{a, journal = j # {History}, year = 1992, month = mar, title = {T}}
            """, out var diags);
        Assert.Empty(diags.Items);
        Assert.Equal("Journal of History", S(item, "container-title"));
        Assert.Equal("{\"date-parts\":[[1992,3]]}", item.Csl["issued"]!.ToJsonString());
    }

    [Fact]
    public void Latex_accents_commands_and_protected_case()
    {
        var item = One(@"@book{a, title = {The {NASA} Report on \emph{Gy\H{o}r}, {the Caucasus} and Kh\""{o}jaly --- 1992--1993}, publisher = {A \& B}}", out var diags);
        Assert.Empty(diags.Items);
        // Sentence case for the style to title-case; words in braces protected (a lower-case one as nocase).
        Assert.Equal("The NASA report on <i>győr</i>, <span class=\"nocase\">the Caucasus</span> and khöjaly — 1992–1993", S(item, "title"));
        Assert.Equal("A & B", S(item, "publisher"));
    }

    [Fact]
    public void Names_with_particles_suffixes_corporate_and_others()
    {
        var item = One(@"@book{a, author = {van Creveld, Martin and de la Fontaine, Jr, Jean and {World Health Organization} and Jean-Paul Sartre and Ba\c{c}ar, {\i}lker and others}}", out _);
        Assert.Equal(
            """[{"family":"Creveld","given":"Martin","dropping-particle":"van"},{"family":"Fontaine","given":"Jean","dropping-particle":"de la","suffix":"Jr"},{"literal":"World Health Organization"},{"family":"Sartre","given":"Jean-Paul"},{"family":"Baçar","given":"ılker"},{"literal":"others"}]""",
            item.Csl["author"]!.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
    }

    [Fact]
    public void Crossref_inherits_the_books_title_as_the_chapters_container()
    {
        var diags = new DiagnosticBag();
        var items = BibliographyFormats.ReadBib("""
            @collection{b, title = {The Book}, publisher = {P}, year = 2000, editor = {Ed, A.}}
            @incollection{c, crossref = {b}, title = {The Chapter}, author = {Au, B.}, pages = {1--5}}
            """, "refs.bib", diags, bibtex: false);
        var c = items.Single(i => i.Id == "c");
        Assert.Equal("chapter", c.Type);
        // A book's title is sentence-cased like any title (the style title-cases it back).
        Assert.Equal("The book", S(c, "container-title"));
        Assert.Equal("P", S(c, "publisher"));
        Assert.Equal("1-5", S(c, "page"));
    }

    [Theory]
    [InlineData("@book{a, title = {Unclosed}\n", "refs.bib:1:1: error: the entry 'a' is never closed")]
    [InlineData("@book{a,\n  title = {Unclosed,\n  year = 1992}\n", "refs.bib:1:1: error: the entry 'a' is never closed")]
    [InlineData("@book{a,\n  title = {Unclosed {x}\n", "refs.bib:2:11: error: this '{' is never closed")]
    [InlineData("@book{a,\n  title {T}}\n", "refs.bib:2:9: error: expected '=' after the field name 'title', found '{'")]
    [InlineData("@book{a, title = \"T}\n", "refs.bib:1:20: error: a '}' without its '{' in a quoted value")]
    [InlineData("@book{, title = {T}}\n", "refs.bib:1:7: error: expected the citation key of this @book")]
    public void A_malformed_file_is_an_error_at_its_line_and_column(string bib, string expected)
    {
        var diags = new DiagnosticBag();
        Assert.Empty(BibliographyFormats.ReadBib(bib, "refs.bib", diags, bibtex: false));
        Assert.Equal(expected, Assert.Single(diags.Items).ToString());
    }

    [Fact]
    public void An_unknown_macro_or_command_is_a_warning_and_printed()
    {
        var item = One("@book{a, publisher = oup, title = {\\foo{Bar} baz}}", out var diags);
        Assert.Equal("oup", S(item, "publisher"));
        Assert.Equal("Bar baz", S(item, "title"));
        Assert.Equal(
        [
            "refs.bib:1:22: warning: unknown @string macro 'oup' is printed as its name",
            "refs.bib:1:27: warning: unknown LaTeX command '\\foo'; its argument is printed as text",
        ], diags.Items.Select(d => d.ToString()));
    }

    [Fact]
    public void Duplicate_ids_across_files_are_errors_at_both_places()
    {
        var diags = new DiagnosticBag();
        var items = BibliographyFormats.ReadYaml("- id: a\n  type: book\n", "sources.yaml", diags)
            .Concat(BibliographyFormats.ReadBib("\n@book{a, title={T}}", "refs.bib", diags, bibtex: false));
        var bib = new Bibliography(items, diags);
        Assert.Single(bib.Items);
        Assert.Equal(
        [
            "refs.bib:2:1: error: duplicate source id 'a' (first defined at sources.yaml:1:3)",
            "sources.yaml:1:3: error: source id 'a' is defined again at refs.bib:2:1",
        ], diags.Items.Select(d => d.ToString()).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("newspaper", "article-newspaper")]
    [InlineData("legal-case", "legal_case")]
    [InlineData("boook", "book")]
    [InlineData("journal", "article-journal")]
    [InlineData("xyzzy", null)]
    public void An_unknown_type_warns_with_the_nearest_csl_type(string type, string? suggestion)
    {
        var diags = new DiagnosticBag();
        Bibliography.FromYaml($"- id: a\n  type: {type}\n", "sources.yaml", diags);
        var d = Assert.Single(diags.Items);
        Assert.Equal(Severity.Warning, d.Severity);
        Assert.StartsWith($"sources.yaml:2:9: warning: source 'a' has type '{type}', which is not a CSL type", d.ToString());
        if (suggestion is null) Assert.DoesNotContain("did you mean", d.ToString());
        else Assert.EndsWith($"did you mean '{suggestion}'?", d.ToString());
    }

    [Theory]
    [InlineData("March 2, 1992", "{\"date-parts\":[[1992,3,2]]}")]
    [InlineData("2 March 1992", "{\"date-parts\":[[1992,3,2]]}")]
    [InlineData("Mar. 1992", "{\"date-parts\":[[1992,3]]}")]
    [InlineData("Spring 1993", "{\"date-parts\":[[1993,21]]}")]
    [InlineData("1992?", "{\"date-parts\":[[1992]],\"circa\":true}")]
    [InlineData("1992~", "{\"date-parts\":[[1992]],\"circa\":true}")]
    [InlineData("c. 1900", "{\"date-parts\":[[1900]],\"circa\":true}")]
    [InlineData("1993-22", "{\"date-parts\":[[1993,22]]}")]
    [InlineData("1992-03-02/1992-04", "{\"date-parts\":[[1992,3,2],[1992,4]]}")]
    [InlineData("2024-02-03T10:20:00Z", "{\"date-parts\":[[2024,2,3]]}")]
    public void Dates_as_zotero_and_edtf_write_them(string text, string json) =>
        Assert.Equal(json, DateText.Parse(text)!.ToJsonString());

    [Theory]
    [InlineData("sometime in 1992")]
    [InlineData("1992-13")]
    [InlineData("February 30, 1992")]
    public void A_date_that_is_not_one_is_not_read(string text) => Assert.Null(DateText.Parse(text));
}
