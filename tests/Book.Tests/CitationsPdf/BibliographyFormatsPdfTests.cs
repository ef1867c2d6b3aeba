using System.Text.RegularExpressions;

namespace Book.Tests.CitationsPdf;

using static ProjectKit;

/// <summary>
/// The bibliography formats in real builds: the same sources as CSL-YAML, CSL-JSON and BibLaTeX give
/// the same notes; a Zotero export (raw and EDTF dates, HTML markup, literal names) prints as meant;
/// bad files are located and stop the build.
/// </summary>
public sealed class BibliographyFormatsPdfTests
{
    const string Chapter = """
        # One

        First [@smith2001, p. 4]. Second [@jones2010, 12]. Third [@smith2001, p. 9].
        """;

    const string Yaml = """
        - id: smith2001
          type: book
          title: "A History of the Caucasus: Mountains and Peoples"
          author: [{family: Smith, given: John}, {family: Creveld, given: Martin, dropping-particle: van}]
          publisher: Example & Sons
          issued: 2001
        - id: jones2010
          type: article-journal
          title: "Valleys and Rivers"
          container-title: Journal of Regional Studies
          author: [{family: Jones, given: Mary}]
          issued: {date-parts: [[2010, 5]]}
          page: 11-30
        """;

    const string Json = """
        [{"id": "smith2001", "type": "book", "title": "A History of the Caucasus: Mountains and Peoples",
          "author": [{"family": "Smith", "given": "John"}, {"family": "Creveld", "given": "Martin", "dropping-particle": "van"}],
          "publisher": "Example &amp; Sons", "issued": {"raw": "2001"}},
         {"id": "jones2010", "type": "article-journal", "title": "Valleys and Rivers", "container-title": "Journal of Regional Studies",
          "author": [{"family": "Jones", "given": "Mary"}], "issued": {"date-parts": [["2010", "5"]]}, "page": "11-30"}]
        """;

    // Braces keep a title as written: BibTeX's way of saying "do not change the case".
    const string Bib = """
        @book{smith2001,
          title = {{A History of the Caucasus: Mountains and Peoples}},
          author = {Smith, John and van Creveld, Martin},
          publisher = {Example \& Sons}, year = 2001 }
        @article{jones2010,
          title = {{Valleys and Rivers}}, journal = {Journal of Regional Studies},
          author = {Mary Jones}, year = 2010, month = may, pages = {11--30} }
        """;

    static Build With(string file, string text, string chapter = Chapter, string? list = null) => BuildProject(new Dictionary<string, string>
    {
        ["book.yaml"] = BookYaml("one.md", "[bibliography]", $"bibliography: {list ?? file}\n"),
        ["one.md"] = chapter,
        [file] = text,
    });

    static string Flat(Build b) => Regex.Replace(b.Text, @"\s+", " ");

    [Fact]
    public void The_same_sources_as_csl_yaml_csl_json_and_biblatex_give_the_same_notes_and_bibliography()
    {
        var yaml = With("refs.yaml", Yaml);
        var json = With("refs.json", Json);
        var bib = With("refs.bib", Bib);
        foreach (var b in new[] { yaml, json, bib }) Assert.True(b.Ok, b.Stderr);
        Assert.Contains("John Smith and Martin van Creveld, A History of the Caucasus: Mountains and Peoples (Example & Sons, 2001), 4.", Flat(yaml));
        Assert.Contains("Mary Jones, “Valleys and Rivers,” Journal of Regional Studies, May 2010, 12.", Flat(yaml));
        Assert.Equal(Flat(yaml), Flat(json));
        Assert.Equal(Flat(yaml), Flat(bib));
    }

    [Fact]
    public void A_zotero_export_with_raw_and_edtf_dates_markup_and_literal_names_prints_as_meant()
    {
        const string zotero = """
            [
              {"id": "a", "type": "article-newspaper", "title": "Massacre in <i>Khojaly</i> &amp; Agdam",
               "container-title": "The Times", "author": [{"literal": "Our Correspondent"}],
               "issued": {"raw": "March 2, 1992"}},
              {"id": "b", "type": "book", "title": "An <span class=\"nocase\">iPhone</span> Age", "publisher": "P",
               "author": [{"family": "Lee", "given": "Ann"}], "issued": {"date-parts": [["1993", 21]]}},
              {"id": "c", "type": "report", "title": "Undated Report", "author": [{"literal": "Memorial"}],
               "issued": {"raw": "1992?"}, "publisher": "Memorial"},
              {"id": "d", "type": "book", "title": "Approximate", "publisher": "Q", "issued": "1990~"}
            ]
            """;
        var b = With("zotero.json", zotero, "# One\n\nA [@a]. B [@b]. C [@c]. D [@d].\n");
        Assert.True(b.Ok, b.Stderr);
        Assert.DoesNotContain("warning", b.Stderr);
        var text = Flat(b);
        // As citeproc-js prints them in Chicago's 18th edition: an uncertain year is "[1992?]".
        Assert.Contains("Our Correspondent, “Massacre in Khojaly & Agdam,” The Times, March 2, 1992.", text);
        Assert.Contains("Ann Lee, An iPhone Age (P, 1993).", text);
        Assert.Contains("[1992?]", text);
        Assert.Contains("[1990?]", text);
        Assert.DoesNotContain("<i>", text);
        Assert.DoesNotContain("&amp;", text);
    }

    [Fact]
    public void Several_files_are_one_bibliography_and_a_duplicate_id_is_an_error_at_both()
    {
        var ok = BuildProject(new Dictionary<string, string>
        {
            ["book.yaml"] = BookYaml("one.md", "[bibliography]", "bibliography: [a.yaml, b.bib]\n"),
            ["one.md"] = Chapter,
            ["a.yaml"] = Yaml.Split("- id: jones2010")[0],
            ["b.bib"] = Bib.Split("@article")[0].Replace("smith2001", "jones2010"),
        });
        Assert.True(ok.Ok, ok.Stderr);
        var dup = BuildProject(new Dictionary<string, string>
        {
            ["book.yaml"] = BookYaml("one.md", "[bibliography]", "bibliography: [a.yaml, b.bib]\n"),
            ["one.md"] = Chapter,
            ["a.yaml"] = Yaml,
            ["b.bib"] = "\n" + Bib,
        });
        Assert.Equal(1, dup.Result.ExitCode);
        Assert.Matches(@"b\.bib:2:1: error: duplicate source id 'smith2001' \(first defined at \S*a\.yaml:1:3\)", dup.Stderr);
        Assert.Matches(@"a\.yaml:1:3: error: source id 'smith2001' is defined again at \S*b\.bib:2:1", dup.Stderr);
        Assert.False(File.Exists(dup.Pdf));
    }

    [Fact]
    public void A_malformed_bib_file_is_an_error_at_its_place_and_nothing_is_written()
    {
        var b = With("refs.bib", "@book{smith2001,\n  title = {T},\n  year 2001\n}\n");
        Assert.Equal(1, b.Result.ExitCode);
        Assert.Contains("refs.bib:3:8: error: expected '=' after the field name 'year', found '2'", b.Stderr);
        Assert.DoesNotContain("   at ", b.Stderr);
        Assert.False(File.Exists(b.Pdf));
    }

    [Fact]
    public void A_bibliography_in_a_format_not_read_or_missing_is_an_error_at_book_yaml()
    {
        var b = With("refs.ris", "TY  - BOOK\n");
        Assert.Equal(1, b.Result.ExitCode);
        Assert.Matches(@"book\.yaml:\d+:\d+: error: bibliography 'refs\.ris' is not a format I read; use \.yaml, \.yml, \.json, \.bib, \.bibtex", b.Stderr);
        var missing = With("refs.yaml", Yaml, list: "[refs.yaml, missing.bib]");
        Assert.Equal(1, missing.Result.ExitCode);
        Assert.Matches(@"book\.yaml:\d+:\d+: error: file '\S*missing\.bib' not found", missing.Stderr);
    }
}
