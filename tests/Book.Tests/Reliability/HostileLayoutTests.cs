using System.Text;
using System.Text.RegularExpressions;

namespace Book.Tests.Reliability;

/// <summary>
/// Input that strains the typesetter: every case either builds a sane PDF or reports a
/// diagnostic, and none ends in a stack trace.
/// </summary>
public sealed class HostileLayoutTests
{
    // Tokens like "k0042": too short a letter run to hyphenate, so each survives pdftotext whole.
    static string Tokens(string prefix, int count) =>
        string.Join(' ', Enumerable.Range(0, count).Select(i => prefix + i.ToString("D4", System.Globalization.CultureInfo.InvariantCulture)));

    static IEnumerable<string> Found(string text, string prefix) =>
        Regex.Matches(text, prefix + @"\d{4}").Select(m => m.Value);

    [Fact]
    public void A_word_wider_than_the_line_is_broken_in_an_emergency_and_reported()
    {
        // 200 digits: no hyphenation point, no dash, nothing the breaker may use.
        var word = string.Concat(Enumerable.Repeat("31415926535897932384", 10));
        var p = Hostile.Project($"# One\n\nBefore the word {word} after the word.\n");
        var r = p.Build();
        Sane.Succeeds(r);
        Assert.Matches(@"one\.md:3:1: warning: a word is wider than the line", r.Stderr);
        Assert.Matches(@"\d+ errors?, 1 warning", r.Stdout + r.Stderr);

        // Every letter is still there, in order, split over several lines that stay inside the page.
        var text = p.PdfText();
        Assert.Contains("Before the word", text);
        Assert.Contains("after the word.", text);
        var joined = Regex.Replace(text, @"\s+", "");
        Assert.Contains(word, joined);
        var layout = PdfProbe.PdfToText(p.Pdf, layout: true);
        var lines = layout.Split('\n').Where(l => l.Contains("59265", StringComparison.Ordinal) || l.Contains("97932", StringComparison.Ordinal)).ToList();
        Assert.True(lines.Count >= 3, layout);
        AssertInsidePages(p.Pdf);
    }

    [Fact]
    public void A_table_cell_taller_than_a_page_builds_and_keeps_every_word()
    {
        var cell = Tokens("c", 2500);
        var p = Hostile.Project($"# One\n\n| Key | Text |\n|---|---|\n| tall | {cell} |\n| short | s0001 |\n\nTable: A tall cell {{#tbl:tall}}\n\nAfter the table.\n");
        var r = p.Build();
        Sane.Succeeds(r);
        var text = p.PdfText();
        var found = Found(text, "c").ToList();
        Assert.Equal(2500, found.Distinct().Count());
        Assert.Equal(2500, found.Count);
        Assert.Contains("After the table.", text);
        Assert.True(PdfProbe.PdfInfo(p.Pdf).TryGetValue("Pages", out var pages) && int.Parse(pages, System.Globalization.CultureInfo.InvariantCulture) > 8);
        AssertInsidePages(p.Pdf);
    }

    [Fact]
    public void A_note_longer_than_a_page_continues_on_the_next_and_every_note_appears_once()
    {
        var note = Tokens("n", 2500);
        var p = Hostile.Project($"# One\n\nA body line with a long note.[^long] Then a short one.[^short]\n\nMore body text.[^last]\n\n[^long]: {note}\n[^short]: The short note s0001.\n[^last]: The last note s0002.\n");
        var r = p.Build();
        Sane.NoCrash(r);
        Assert.Equal(0, r.ExitCode);
        var text = p.PdfText();
        var found = Found(text, "n").ToList();
        Assert.Equal(2500, found.Count);
        Assert.Equal(2500, found.Distinct().Count());
        Assert.Single(Regex.Matches(text, "The short note s0001"));
        Assert.Single(Regex.Matches(text, "The last note s0002"));
        Assert.Single(Regex.Matches(text, "More body text"));
        // The long note spans pages: its first and last words are on different pages.
        var pages = text.Split('\f');
        int first = Array.FindIndex(pages, pg => pg.Contains("n0000", StringComparison.Ordinal));
        int last = Array.FindIndex(pages, pg => pg.Contains("n2499", StringComparison.Ordinal));
        Assert.True(first >= 0 && last > first, $"first on {first}, last on {last}");
        AssertInsidePages(p.Pdf);
    }

    [Fact]
    public void Sixty_levels_of_nested_quotes_are_refused_with_the_limit_named()
    {
        var p = Hostile.Project("# One\n\n" + new string('>', 60) + " deep\n");
        Sane.FailsWith(p.Build(), @"one\.md:3:\d+: error: nesting deeper than 40 levels");
        Assert.False(File.Exists(p.Pdf));
    }

    [Fact]
    public void Sixty_levels_of_nested_lists_are_refused_with_the_limit_named()
    {
        var md = new StringBuilder("# One\n\n");
        for (int i = 0; i < 60; i++) md.Append(' ', 2 * i).Append("- level ").Append(i).Append('\n');
        var p = Hostile.Project(md.ToString());
        Sane.FailsWith(p.Build(), @"one\.md:\d+:\d+: error: nesting deeper than 40 levels");
    }

    [Fact]
    public void Nesting_within_the_limit_builds()
    {
        var p = Hostile.Project("# One\n\n" + new string('>', 30) + " thirty deep\n");
        Sane.Succeeds(p.Build());
        Assert.Contains("thirty deep", p.PdfText());
    }

    [Fact]
    public void Nesting_beyond_what_the_markdown_parser_allows_is_an_error_not_a_crash()
    {
        // Markdig refuses this itself (its own depth limit); it must still read as a diagnostic.
        var p = Hostile.Project("# One\n\n" + new string('>', 100_000) + " deep\n");
        Sane.FailsWith(p.Build(), @"one\.md(:\d+:\d+)?: error: .*nest");
    }

    [Theory]
    [InlineData("^[", "]")]
    [InlineData("[a [", "]{lang=az}")]
    public void Inline_notes_or_spans_nested_thousands_deep_are_refused_without_a_stack_overflow(string open, string close)
    {
        // Each level is parsed by a recursive call: 5,000 of them overflowed the stack and killed the process.
        var p = Hostile.Project("# One\n\nText\n" + string.Concat(Enumerable.Repeat(open, 5000)) + "x" + string.Concat(Enumerable.Repeat(close, 5000)) + "\n");
        Sane.FailsWith(p.Build(), @"one\.md:4:\d+: error: nesting deeper than 40 levels");
    }

    [Fact]
    public void A_citation_inside_a_nested_inline_note_is_reported_at_its_own_line()
    {
        var p = Hostile.Project("# One\n\nSome text\nmore ^[see ^[also\n[@nobody]]] and [x ^[y [@nob]]]{lang=az}.\n");
        var r = p.Build();
        Sane.FailsWith(r, @"one\.md:5:\d+: error: unknown citation key 'nobody'");
        Assert.Matches(@"one\.md:5:\d+: error: unknown citation key 'nob'", r.Stderr);
    }

    [Fact]
    [Trait("Category", "Slow")] // a book of well over 100 pages
    public void A_paragraph_of_twenty_thousand_sentences_is_set_completely()
    {
        var sentences = Enumerable.Range(0, 20_000).Select(i => $"Sentence {i.ToString(System.Globalization.CultureInfo.InvariantCulture)} ends.");
        var p = Hostile.Project("# One\n\n" + string.Join(' ', sentences) + "\n");
        var r = p.Build();
        Sane.Succeeds(r);
        var text = p.PdfText();
        var numbers = Regex.Matches(text, @"Sentence (\d+) ends\.").Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        // pdftotext may split "Sentence" and its number over a line end; count the ends instead when it does.
        Assert.Equal(20_000, Regex.Matches(text, @"\bends\.").Count);
        Assert.True(numbers.SequenceEqual(numbers.Order()), "sentences out of order");
        Assert.Contains("Sentence 19999 ends.", Regex.Replace(text, @"\s+", " "));
    }

    /// <summary>No glyph drawn outside the page: pdftotext -bbox would show it; a cheaper check is that
    /// text at the page's edges is absent from a crop of the text area.</summary>
    static void AssertInsidePages(string pdf)
    {
        var r = PdfProbe.Run("pdftotext", "-bbox", pdf, "-");
        Assert.Equal(0, r.ExitCode);
        var page = Regex.Match(r.StdOut, @"<page width=""([\d.]+)"" height=""([\d.]+)""");
        double w = double.Parse(page.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        foreach (Match m in Regex.Matches(r.StdOut, @"<word xMin=""([-\d.]+)"" yMin=""[-\d.]+"" xMax=""([-\d.]+)"""))
        {
            double x0 = double.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            double x1 = double.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture);
            Assert.True(x0 >= 0 && x1 <= w, $"a word sticks out of the page: {m.Value}");
        }
    }
}
