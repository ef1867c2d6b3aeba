using System.Text.RegularExpressions;

namespace Book.Tests.CitationsPdf;

using static ProjectKit;

/// <summary>
/// The citation style chosen in book.yaml (<c>csl:</c>), as a reader sees it in the PDF. Expected
/// citations are citeproc-js's for the same items and style (the reference CSL processor, run by
/// hand on these items: see the note on issue 17).
/// </summary>
public sealed class CslStyleTests
{
    // Smith (a book), Jones (a journal article) and a web page never cited.
    const string Sources = CitationPdfTests.SourcesYaml;

    const string Chapter = """
        # One

        First mention of Smith [@smith2001, p. 4].

        Another paragraph, on Jones [@jones2010, 12].

        Both at once [@smith2001; @jones2010].

        As @jones2010 puts it, in running text.

        A note of our own.[^a]

        [^a]: Which cites [@smith2001, p. 9] inside it.
        """;

    static Build BuildIn(string csl, string chapter = Chapter, Dictionary<string, string>? more = null, string language = "en")
    {
        var files = new Dictionary<string, string>
        {
            ["book.yaml"] = BookYaml("one.md", "[bibliography]", csl.Length == 0 ? "" : $"csl: {csl}\n").Replace("language: en", "language: " + language),
            ["one.md"] = chapter,
            ["sources.yaml"] = Sources,
        };
        foreach (var (k, v) in more ?? []) files[k] = v;
        return BuildProject(files);
    }

    static string Flat(string s) => Regex.Replace(s, @"\s+", " ");

    [Fact]
    public void Apa_puts_author_date_citations_in_the_running_text_and_a_references_list_at_the_end()
    {
        var b = BuildIn("apa");
        Assert.True(b.Ok, b.Stderr);
        // The one warning is the web page the chapter never cites.
        Assert.Single(b.Stderr.Split('\n'), l => l.Contains("warning:", StringComparison.Ordinal));
        Assert.Contains("'unused2020' is never cited", b.Stderr);
        var text = Flat(b.Text);
        Assert.Contains("First mention of Smith (Smith, 2001, p. 4).", text);
        Assert.Contains("on Jones (Jones, 2010, p. 12).", text);
        // Sorted by the style, as citeproc-js sorts them.
        Assert.Contains("Both at once (Jones, 2010; Smith, 2001).", text);
        // Narrative: the author in the sentence, the year after it.
        Assert.Contains("As Jones (2010) puts it", text);
        // Inside a footnote an in-text citation stays in the note.
        Assert.Contains("Which cites (Smith, 2001, p. 9) inside it.", text);
        // No footnote is made for a citation: the one note is the author's own.
        Assert.DoesNotMatch(@"\n2 ", b.PageTexts().First(t => t.Contains("First mention", StringComparison.Ordinal)));
        var last = Flat(b.PageTexts().Last(t => t.Trim().Length > 0));
        Assert.Contains("References", last);
        Assert.Contains("Jones, M. (2010). Valleys and Rivers. Journal of Regional Studies, 11–30.", last);
        Assert.Contains("Smith, J. (2001). A History of the Caucasus: Mountains and Peoples. Example Press.", last);
        Assert.True(last.IndexOf("Jones, M.", StringComparison.Ordinal) < last.IndexOf("Smith, J.", StringComparison.Ordinal));
    }

    [Fact]
    public void Ieee_numbers_sources_by_first_citation_in_text_and_bibliography()
    {
        var b = BuildIn("ieee");
        Assert.True(b.Ok, b.Stderr);
        var text = Flat(b.Text);
        Assert.Contains("First mention of Smith [1, p. 4].", text);
        Assert.Contains("on Jones [2, p. 12].", text);
        Assert.Contains("Both at once [1], [2].", text);
        var last = Flat(b.PageTexts().Last(t => t.Trim().Length > 0));
        Assert.Contains("[1] J. Smith, A History of the Caucasus: Mountains and Peoples. Example Press, 2001.", last);
        Assert.Contains("[2] M. Jones, “Valleys and Rivers,” Journal of Regional Studies, pp. 11–30, May 2010.", last);
    }

    [Fact]
    public void The_default_is_chicago_notes_and_naming_it_changes_nothing()
    {
        var byDefault = BuildIn("");
        var named = BuildIn("chicago-notes-bibliography");
        Assert.True(byDefault.Ok, byDefault.Stderr);
        Assert.True(named.Ok, named.Stderr);
        Assert.Equal(byDefault.Text, named.Text);
        Assert.Contains("John Smith, A History of the Caucasus: Mountains and Peoples (Example Press, 2001), 4.", Flat(byDefault.Text));
        // In a note of the author's own, a note style's citation is set in parentheses, without its period.
        Assert.Contains("Which cites (Smith, A History of the Caucasus: Mountains and Peoples, 9) inside it.", Flat(byDefault.Text));
    }

    [Fact]
    public void A_style_file_in_the_project_is_used()
    {
        const string csl = """
            <?xml version="1.0" encoding="utf-8"?>
            <style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0">
              <info><title>Tiny</title><id>tiny</id><updated>2024-01-01T00:00:00+00:00</updated></info>
              <citation><layout prefix="&lt;" suffix="&gt;" delimiter="|"><names variable="author"><name form="short"/></names></layout></citation>
            </style>
            """;
        var b = BuildIn("styles/tiny.csl", more: new() { ["styles/tiny.csl"] = csl });
        Assert.True(b.Ok, b.Stderr);
        Assert.Contains("Both at once <Smith|Jones>.", Flat(b.Text));
    }

    [Fact]
    public void An_unknown_style_name_is_an_error_that_lists_the_built_in_ones()
    {
        var b = BuildIn("chicago-notes-bibliograhy");
        Assert.False(b.Ok);
        Assert.Matches(@"book\.yaml:6:6: error: unknown citation style 'chicago-notes-bibliograhy' \(did you mean 'chicago-notes-bibliography'\?\); built-in: apa, .*ieee.*modern-language-association", b.Stderr);
        Assert.DoesNotContain("   at ", b.Stderr);
    }

    [Fact]
    public void A_malformed_style_file_is_an_error_at_its_line()
    {
        var b = BuildIn("bad.csl", more: new() { ["bad.csl"] = "<style xmlns=\"http://purl.org/net/xbiblio/csl\" class=\"note\">\n  <citation>\n    <layout>\n  </citation>\n</style>\n" });
        Assert.False(b.Ok);
        Assert.Matches(@"bad\.csl:4:\d+: error: ", b.Stderr);
        Assert.DoesNotContain("   at ", b.Stderr);
    }

    [Fact]
    public void Notes_follow_the_language_of_the_book()
    {
        // German: the page label of the German CSL locale ("S."), whatever label the writer typed.
        var chapter = "# Eins\n\nErste Erwähnung [@smith2001, p. 4].\n";
        var b = BuildIn("apa", chapter, language: "de");
        Assert.True(b.Ok, b.Stderr);
        Assert.Contains("(Smith, 2001, S. 4)", Flat(b.Text));
    }

    [Fact]
    public void An_azerbaijani_book_cites_in_azerbaijani_and_files_its_bibliography_by_the_azerbaijani_alphabet()
    {
        static string Book(string id, string family, string given) =>
            $"- id: {id}\n  type: book\n  title: Tarix\n  author: [{{family: {family}, given: {given}}}]\n  publisher: Elm\n  issued: {{date-parts: [[2001]]}}\n";
        var sources = Book("c", "Çələbi", "Rəşad") + Book("a", "Cabbarov", "Kamal") + Book("e", "Əliyev", "Vaqif") + Book("y", "Eyvazov", "Nərgiz")
            + Book("f", "Cəfərov", "Elçin")
            + "- id: w\n  type: webpage\n  title: Xocalı\n  container-title: Qalampir.uz\n  issued: {date-parts: [[2025, 2, 26]]}\n  editor: [{family: Quliyev, given: Vaqif}]\n";
        var files = new Dictionary<string, string>
        {
            ["book.yaml"] = BookYaml("one.md", "[bibliography]").Replace("language: en", "language: az"),
            ["one.md"] = "# Bir\n\nMətn [@c; @a; @e; @y; @f]. Sayt [@w].\n",
            ["sources.yaml"] = sources,
        };
        var b = BuildProject(files);
        Assert.True(b.Ok, b.Stderr);
        var text = Flat(b.Text);
        // The CSL locale written for Azerbaijani (src/Book.Csl/Locales/locales-az-AZ.xml): months and "red.".
        Assert.Contains("26 fevral 2025", text);
        Assert.DoesNotContain("February", text);
        var bib = Flat(b.PageTexts().Last(t => t.Contains("Ədəbiyyat", StringComparison.Ordinal)));
        var order = new[] { "Cabbarov", "Cəfərov", "Çələbi", "Eyvazov", "Əliyev" }.Select(n => bib.IndexOf(n + ", ", StringComparison.Ordinal)).ToList();
        Assert.All(order, i => Assert.True(i >= 0));
        Assert.Equal(order.Order(), order);
    }
}
