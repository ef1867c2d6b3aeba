using System.Text.RegularExpressions;

namespace Book.Tests.CitationsPdf;

using static ProjectKit;

/// <summary>Chicago notes and the bibliography as printed in a real PDF, from CSL-YAML and CSL-JSON alike.</summary>
public sealed class CitationPdfTests
{
    internal const string SourcesYaml = """
        - id: smith2001
          type: book
          title: "A History of the Caucasus: Mountains and Peoples"
          author: [{family: Smith, given: John}]
          publisher: Example Press
          issued: {date-parts: [[2001]]}
        - id: jones2010
          type: article-journal
          title: "Valleys and Rivers"
          container-title: Journal of Regional Studies
          author: [{family: Jones, given: Mary}]
          issued: {date-parts: [[2010, 5]]}
          page: 11-30
        - id: unused2020
          type: webpage
          title: "Never Cited Here"
          URL: https://example.org/never
        """;

    const string SourcesJson = """
        [
          {"id": "smith2001", "type": "book", "title": "A History of the Caucasus: Mountains and Peoples",
           "author": [{"family": "Smith", "given": "John"}], "publisher": "Example Press", "issued": {"date-parts": [[2001]]}},
          {"id": "jones2010", "type": "article-journal", "title": "Valleys and Rivers", "container-title": "Journal of Regional Studies",
           "author": [{"family": "Jones", "given": "Mary"}], "issued": {"date-parts": [[2010, 5]]}, "page": "11-30"},
          {"id": "unused2020", "type": "webpage", "title": "Never Cited Here", "URL": "https://example.org/never"}
        ]
        """;

    const string Chapter = """
        # One {#sec:one}

        First mention of Smith [@smith2001, p. 4].

        Another paragraph, on Jones [@jones2010, 12].

        Back to Smith [@smith2001, p. 9].

        Smith again, same page [@smith2001, p. 9].

        Both at once [@smith2001; @jones2010].

        As @jones2010 puts it, in running text.
        """;

    static Build BuildWith(string sourcesFile, string sources, string chapter = Chapter) => BuildProject(new Dictionary<string, string>
    {
        ["book.yaml"] = BookYaml("one.md", "[bibliography]"),
        ["one.md"] = chapter,
        [sourcesFile] = sources,
    });

    /// <summary>The footnotes of the PDF by number, each on one line (notes may wrap).</summary>
    static Dictionary<int, string> Notes(Build b)
    {
        var text = b.PageTexts().First(t => t.Contains("First mention", StringComparison.Ordinal));
        var notes = new Dictionary<int, string>();
        int current = 0;
        foreach (var line in text.Split('\n').SkipWhile(l => !l.StartsWith("1 ", StringComparison.Ordinal)))
        {
            var m = Regex.Match(line, @"^(\d+) (.*)$");
            if (m.Success && int.Parse(m.Groups[1].Value) == current + 1) { current++; notes[current] = m.Groups[2].Value; }
            else if (current > 0 && line.Trim().Length > 0 && !Regex.IsMatch(line.Trim(), @"^\d+$")) notes[current] += " " + line.Trim();
        }
        return notes;
    }

    [Fact]
    public void Repeated_citations_give_full_then_short_notes_and_two_keys_share_one_note()
    {
        var b = BuildWith("sources.yaml", SourcesYaml);
        Assert.True(b.Ok, b.Stderr);
        var notes = Notes(b);
        Assert.Equal(6, notes.Count);
        // The expected notes are citeproc-js's for the same items in the same style (Chicago 18th
        // edition, notes and bibliography). Full notes at first citation, with what the source file knows.
        Assert.Equal("John Smith, A History of the Caucasus: Mountains and Peoples (Example Press, 2001), 4.", notes[1]);
        Assert.Equal("Mary Jones, “Valleys and Rivers,” Journal of Regional Studies, May 2010, 12.", notes[2]);
        // Then short notes (author, title), also for the same work and page: the 18th edition drops "Ibid.".
        Assert.Equal("Smith, A History of the Caucasus: Mountains and Peoples, 9.", notes[3]);
        Assert.Equal("Smith, A History of the Caucasus: Mountains and Peoples, 9.", notes[4]);
        // Two keys in one citation: one note naming both.
        Assert.Equal("Smith, A History of the Caucasus: Mountains and Peoples; Jones, “Valleys and Rivers.”", notes[5]);
        // Narrative citation: the author in the sentence, the note still there.
        Assert.Contains("As Jones", b.Text);
        Assert.Equal("Jones, “Valleys and Rivers.”", notes[6]);
        Assert.Matches(@"First mention of Smith\.\[1\]\s", b.Text); // a mark copies bracketed
    }

    [Fact]
    public void The_bibliography_lists_each_cited_work_once_sorted_and_leaves_out_the_uncited()
    {
        var b = BuildWith("sources.yaml", SourcesYaml);
        Assert.True(b.Ok, b.Stderr);
        var page = b.PageTexts().Last(t => t.Contains("Bibliography", StringComparison.Ordinal));
        var bib = Regex.Replace(page[page.IndexOf("Bibliography", StringComparison.Ordinal)..], @"\s+", " ");
        Assert.Single(Regex.Matches(bib, @"Jones, Mary\."));
        Assert.Single(Regex.Matches(bib, @"Smith, John\."));
        Assert.True(bib.IndexOf("Jones, Mary.", StringComparison.Ordinal) < bib.IndexOf("Smith, John.", StringComparison.Ordinal), "sorted by author");
        Assert.Contains("Jones, Mary. “Valleys and Rivers.” Journal of Regional Studies, May 2010, 11", bib);
        Assert.Contains("Smith, John. A History of the Caucasus: Mountains and Peoples. Example Press, 2001.", bib);
        Assert.DoesNotContain("Never Cited", b.Text);
    }

    [Fact]
    public void Csl_yaml_and_csl_json_versions_of_the_sources_give_the_same_pdf_bytes()
    {
        var yaml = BuildWith("sources.yaml", SourcesYaml);
        var json = BuildWith("sources.json", SourcesJson);
        Assert.True(yaml.Ok, yaml.Stderr);
        Assert.True(json.Ok, json.Stderr);
        Assert.Equal(File.ReadAllBytes(yaml.Pdf), File.ReadAllBytes(json.Pdf));
    }

    [Fact]
    public void An_unused_source_is_a_warning_at_its_entry()
    {
        var b = BuildWith("sources.yaml", SourcesYaml);
        Assert.True(b.Ok, b.Stderr);
        Assert.Matches(@"sources\.yaml:14:3: warning: source 'unused2020' is never cited; it is left out of the bibliography", b.Stderr);
        var json = BuildWith("sources.json", SourcesJson);
        Assert.Matches(@"sources\.json:\d+:\d+: warning: source 'unused2020' is never cited", json.Stderr);
    }

    [Fact]
    public void An_unknown_key_is_an_error_at_its_place_with_a_suggestion_and_nothing_is_written()
    {
        var b = BuildWith("sources.yaml", SourcesYaml, Chapter.Replace("@smith2001, p. 4", "@smtih2001, p. 4", StringComparison.Ordinal));
        Assert.Equal(1, b.Result.ExitCode);
        Assert.Matches(@"one\.md:3:24: error: unknown citation key 'smtih2001' \(did you mean 'smith2001'\?\)", b.Stderr);
        Assert.False(File.Exists(b.Pdf));
        Assert.False(Directory.Exists(Path.GetDirectoryName(b.Pdf)) && Directory.EnumerateFiles(Path.GetDirectoryName(b.Pdf)!).Any());
    }

    [Fact]
    public void A_citation_in_a_table_cell_is_a_note_under_the_table_not_at_the_page_foot()
    {
        var chapter = "# T\n\nText [@smith2001, p. 4].\n\n| Place | People |\n|:--|--:|\n| Khojaly [@jones2010, 14] | 7000 |\n| Agdam [@jones2010, 14] | 100 |\n\nTable: Towns {#tbl:towns}\n";
        var b = BuildWith("sources.yaml", SourcesYaml, chapter);
        Assert.True(b.Ok, b.Stderr);
        var text = Regex.Replace(b.PageTexts().First(t => t.Contains("Table 1.1", StringComparison.Ordinal)), @"\s+", " ");
        // Both cells share one lettered note, set under the table; the only footnote is the body's.
        Assert.Contains("Khojalya", text);
        Assert.Contains("Agdama", text);
        // (pdftotext reads the raised note letter after the note's line.)
        Assert.Single(Regex.Matches(text, "Mary Jones, “Valleys and Rivers,” Journal of Regional Studies, May 2010, 14\\."));
        Assert.Matches(@"May 2010, 14\. a ", text);
        Assert.Contains("1 John Smith, A History", text);
        Assert.DoesNotMatch(@"\s2 (Mary )?Jones", text);
    }
}
