namespace Book.Tests.Reliability;

/// <summary>
/// Mistakes that used to pass without a word: each is now reported at its place (file:line:col),
/// and what cannot go into a book (script links, ill-formed language tags) is left out with a warning.
/// </summary>
public sealed class SilentInputTests
{
    [Fact]
    public void A_one_letter_cross_reference_id_resolves()
    {
        using var p = Hostile.Project("# One {#sec:a}\n\nSee @sec:b.\n\n## Two {#sec:b}\n\nText.\n");
        Sane.Succeeds(p.Build());
        Assert.Contains("See “Two”.", p.PdfText());
    }

    [Fact]
    public void An_unknown_one_letter_cross_reference_is_an_error()
    {
        using var p = Hostile.Project("# One\n\nSee @sec:z.\n");
        Sane.FailsWith(p.Build(), @"one\.md:3:5: error: unknown cross-reference '@sec:z'");
    }

    [Fact]
    public void An_undefined_note_is_a_warning_at_its_mark()
    {
        using var p = Hostile.Project("# One\n\nText[^1] and[^missing] more.\n\n[^1]: A note.\n");
        var r = p.Build();
        Sane.Succeeds(r);
        Assert.Matches(@"one\.md:3:\d+: warning: the note \[\^missing\] has no definition", r.Stderr);
    }

    [Fact]
    public void A_note_defined_twice_is_a_warning_at_the_second_definition()
    {
        using var p = Hostile.Project("# One\n\nText[^1].\n\n[^1]: First.\n\n[^1]: Again.\n\n```\n[^1]: in code, not a definition\n```\n");
        var r = p.Build();
        Sane.Succeeds(r);
        Assert.Contains("one.md:7:1: warning: the note [^1] is defined twice (first on line 5); this definition is left out", r.Stderr);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(r.Stderr, "defined twice"));
    }

    [Fact]
    public void An_id_used_twice_is_an_error_at_the_second()
    {
        using var p = Hostile.Project("# One {#sec:a}\n\n## Two {#sec:x}\n\n## Three {#sec:x}\n");
        Sane.FailsWith(p.Build(), @"one\.md:5:1: error: the id 'sec:x' is used twice \(first at [^)]*one\.md:3:1\); ids must be unique");
        Assert.False(Directory.Exists(p.Out));
    }

    [Fact]
    public void An_unknown_citation_key_in_a_csv_source_column_is_reported_once_at_its_row()
    {
        using var p = Hostile.Project("# One\n\n::: {.table #tbl:x source=\"data/x.csv\" caption=\"X\"}\n:::\n");
        p.Write("data/x.csv", "name,value,source\na,1,nobody\nb,2,nobody\n");
        var r = p.Build();
        Sane.FailsWith(r, @"data/x\.csv:2:3: error: unknown citation key 'nobody'");
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(r.Stderr, "unknown citation key"));
    }

    [Theory]
    [InlineData("javascript:alert(1)", "javascript")]
    [InlineData("JavaScript:alert(1)", "javascript")]
    [InlineData("file:///etc/passwd", "file")]
    [InlineData("data:text/html,hi", "data")]
    public void A_script_or_local_file_link_keeps_its_words_and_loses_the_link(string url, string scheme)
    {
        using var p = Hostile.Project($"# One\n\nRead [the words]({url}) here.\n");
        var r = p.Build("pdf,epub");
        Sane.Succeeds(r);
        Assert.Contains($"one.md:3:6: warning: a '{scheme}:' link cannot go into a book", r.Stderr);
        Assert.Contains("Read the words here.", p.PdfText());
        var xhtml = p.EpubChapter("one").ToString();
        Assert.DoesNotContain(url, xhtml, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("the words", xhtml);
    }

    [Fact]
    [Trait("Category", "Slow")] // runs epubcheck
    public void An_epub_from_bad_links_and_tags_passes_epubcheck()
    {
        using var p = Hostile.Project("# One\n\n[a](javascript:x) [b](file:///x) [c](data:,x) [d]{lang=en_US} [e]{lang=!!}\n");
        Sane.Succeeds(p.Build("epub"));
        var (exit, output) = Book.Tests.Epub.EpubFixture.EpubCheck(File.ReadAllBytes(p.Epub));
        Assert.True(exit == 0, output);
    }

    [Theory]
    [InlineData("zz-invalid-!!", "is not a language tag such as")]
    [InlineData("en_US", "write 'en-US'")]
    public void An_ill_formed_language_tag_on_a_span_is_dropped_with_a_warning(string tag, string message)
    {
        using var p = Hostile.Project($"# One\n\nA [word]{{lang={tag}}} here.\n");
        var r = p.Build("pdf,epub");
        Sane.Succeeds(r);
        Assert.Contains(message, r.Stderr);
        Assert.DoesNotContain($"lang=\"{tag}\"", p.EpubChapter("one").ToString());
    }

    [Fact]
    public void An_ill_formed_book_language_is_an_error()
    {
        using var p = Hostile.Project("# One\n\nText.\n", "title: T\nslug: hostile\nchapters: [one.md]\nlanguage: en_GB\n");
        Sane.FailsWith(p.Build("pdf,epub"), @"book\.yaml:4:11: error: 'en_GB' is not a language tag; write 'en-GB'");
    }
}
