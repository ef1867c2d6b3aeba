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

    [Theory]
    [InlineData("<span class=\"smallcaps\" lang=\"en_US\">small</span>", "write 'en-US'")]
    [InlineData("<span lang=\"!!\">plain</span>", "is not a language tag such as")]
    [InlineData("<a href=\"javascript:alert(1)\">click</a>", "a 'javascript:' link cannot go into a book")]
    public void Inline_html_with_an_ill_formed_language_or_a_script_link_keeps_its_text_and_loses_its_tags(string html, string message)
    {
        using var p = Hostile.Project($"# One\n\nBefore {html} after.\n");
        var r = p.Build("pdf,epub");
        Sane.Succeeds(r);
        Assert.Matches(@"one\.md:3:8: warning: inline HTML \(<.+?\) is left out of the PDF and of the EPUB, where [^\n]*" + System.Text.RegularExpressions.Regex.Escape(message), r.Stderr);
        var xhtml = p.EpubChapter("one").ToString();
        Assert.DoesNotContain("en_US", xhtml);
        Assert.DoesNotContain("!!", xhtml);
        Assert.DoesNotContain("javascript", xhtml);
        Assert.Matches(@"Before (small|plain|click) after\.", System.Text.RegularExpressions.Regex.Replace(p.PdfText(), @"\s+", " "));
    }

    [Fact]
    public void A_raw_html_block_with_an_ill_formed_language_keeps_only_its_text_in_the_epub()
    {
        using var p = Hostile.Project("# One\n\n<div lang=\"de_DE\">\n<p>Block words.</p>\n</div>\n");
        var r = p.Build("pdf,epub");
        Sane.Succeeds(r);
        Assert.Contains("one.md:3:1: warning: raw HTML: the lang of <div>: 'de_DE' is not a language tag; write 'de-DE'", r.Stderr);
        var xhtml = p.EpubChapter("one").ToString();
        Assert.DoesNotContain("de_DE", xhtml);
        Assert.Contains("Block words.", xhtml);
    }

    [Theory]
    [InlineData("# One {lang=en_US}\n\nText.\n", "one.md:1:1: warning: 'en_US' is not a language tag; write 'en-US' (a hyphen, not an underscore), and a heading cannot carry a language")]
    [InlineData("# One {lang=ru}\n\nText.\n", "one.md:1:1: warning: a heading cannot carry a language (lang=ru)")]
    [InlineData("# One\n\n::: {.note lang=de_DE}\nA div.\n:::\n", "one.md:3:1: warning: 'de_DE' is not a language tag; write 'de-DE' (a hyphen, not an underscore), and a div cannot carry a language")]
    public void A_language_on_a_heading_or_a_div_is_not_dropped_silently(string chapter, string message)
    {
        using var p = Hostile.Project(chapter);
        var r = p.Build("pdf,epub");
        Sane.Succeeds(r);
        Assert.Contains(message, r.Stderr);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(r.Stderr, "cannot carry a language"));
        Assert.DoesNotContain("_", string.Concat(p.EpubChapter("one").Descendants().SelectMany(e => e.Attributes()).Where(a => a.Name.LocalName == "lang").Select(a => a.Value)));
    }

    [Fact]
    [Trait("Category", "Slow")] // runs epubcheck
    public void An_epub_from_ill_formed_languages_in_html_and_attributes_passes_epubcheck()
    {
        using var p = Hostile.Project("# One {lang=en_US}\n\nA <span class=\"smallcaps\" lang=\"en_US\">b</span> <span lang=\"x_y\">c</span> <a href=\"data:,x\">d</a>.\n\n<p lang=\"q_q\">e</p>\n\n::: {lang=z_z}\nf\n:::\n");
        Sane.Succeeds(p.Build("epub"));
        var (exit, output) = Book.Tests.Epub.EpubFixture.EpubCheck(File.ReadAllBytes(p.Epub));
        Assert.True(exit == 0, output);
    }
}
