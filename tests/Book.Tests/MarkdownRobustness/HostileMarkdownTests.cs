namespace Book.Tests.MarkdownRobustness;

/// <summary>
/// Markdown that once crashed the build or took minutes: each is built for real and must end with
/// exit 0, or with a clean "one.md:line:col: error" at its place; never an internal error or a
/// dead process (a stack overflow ends the whole test run, which is how that regression shows).
/// </summary>
public sealed class HostileMarkdownTests
{
    static string Rep(string s, int n) => new System.Text.StringBuilder().Insert(0, s, n).ToString();

    static void AssertClean(CliRunner.Result r)
    {
        Assert.DoesNotContain("internal error", r.Stdout + r.Stderr);
        Assert.DoesNotContain("   at ", r.Stderr);
        Assert.True(r.ExitCode is 0 or 1, $"exit {r.ExitCode}\n{r.Stderr}");
    }

    [Fact]
    public void An_empty_fenced_code_block_builds()
    {
        using var p = TempProject.Create("# Code\n\nBefore.\n\n```\n```\n\nAfter.\n\n~~~ python\n~~~\n", prefix: "hostile");
        var r = p.Build("pdf,epub");
        AssertClean(r);
        Assert.Equal(0, r.ExitCode);
        var text = p.PdfText();
        Assert.Contains("Before.", text);
        Assert.Contains("After.", text);
    }

    [Theory]
    [InlineData(14000)]
    [InlineData(20000)]
    public void Thousands_of_nested_emphasis_marks_end_cleanly(int n)
    {
        using var p = TempProject.Create("# Stars\n\n" + Rep("*", n) + "a" + Rep("*", n) + "\n", prefix: "hostile");
        var r = p.Build("pdf,epub");
        AssertClean(r);
        if (r.ExitCode != 0) Assert.Matches(@"one\.md:3:\d+: error: nesting deeper than", r.Stdout + r.Stderr);
    }

    [Fact]
    public void Real_emphasis_nesting_past_the_limit_is_refused_at_its_place()
    {
        using var p = TempProject.Create("# Stars\n\nText " + Rep("*a ", 60) + "b" + Rep(" a*", 60) + "\n", prefix: "hostile");
        var r = p.Check();
        AssertClean(r);
        Assert.Equal(1, r.ExitCode);
        Assert.Matches(@"one\.md:3:\d+: error: nesting deeper than 40 levels", r.Stdout + r.Stderr);
    }

    [Fact]
    public void Fifty_kilobytes_of_flat_emphasis_builds_with_all_its_words()
    {
        // Flat, not nested: Markdig alone refuses this as "too deeply nested". Counted in the EPUB
        // (pdftotext runs justified one-letter italic words together).
        using var p = TempProject.Create("# Flat\n\n" + Rep("*a* ", 12500) + "end.\n", prefix: "hostile");
        var r = p.Build("pdf,epub");
        AssertClean(r);
        Assert.Equal(0, r.ExitCode);
        using var zip = System.IO.Compression.ZipFile.OpenRead(p.Epub);
        var xhtml = string.Concat(zip.Entries.Where(e => e.FullName.EndsWith(".xhtml", StringComparison.Ordinal))
            .Select(e => { using var s = new StreamReader(e.Open()); return s.ReadToEnd(); }));
        Assert.Equal(12500, System.Text.RegularExpressions.Regex.Count(xhtml, "<em>a</em>"));
        Assert.Equal(12499, System.Text.RegularExpressions.Regex.Count(xhtml, "</em> <em>"));
        Assert.Contains("</em> end.", xhtml);
        Assert.DoesNotContain("*", p.PdfText());
    }

    [Theory]
    [InlineData("lists", 4000)]
    [InlineData("quotes", 3000)]
    [InlineData("lists with blank lines", 30000)]
    [InlineData("lists in a quote", 30000)]
    [InlineData("indented lists", 500)]
    public void Thousands_of_nested_blocks_are_refused_at_the_marker_past_the_limit(string shape, int n)
    {
        string body = shape switch
        {
            "lists" => Rep("- ", n) + "x\n",
            "quotes" => Rep("> ", n) + "x\n",
            "lists with blank lines" => Rep("- ", n) + "x" + Rep("\n", n),
            "lists in a quote" => "> " + Rep("- ", n) + "x\n" + Rep(">\n", n),
            _ => string.Concat(Enumerable.Range(0, n).Select(x => Rep("  ", x) + "* a\n")),
        };
        using var p = TempProject.Create("# Deep\n\n" + body, prefix: "hostile");
        var r = p.Check();
        AssertClean(r);
        Assert.Equal(1, r.ExitCode);
        var where = shape == "indented lists" ? @"one\.md:43:81" : shape == "lists in a quote" ? @"one\.md:3:81" : @"one\.md:3:81";
        Assert.Matches(where + @": error: nesting deeper than 40 levels", r.Stdout + r.Stderr);
    }

    [Fact]
    public void Nesting_within_the_limit_builds()
    {
        var body = string.Concat(Enumerable.Range(0, 12).Select(x => Rep("  ", x) + "- level " + x + "\n\n"))
            + "\n" + string.Concat(Enumerable.Range(1, 12).Select(x => Rep("> ", x) + "quote " + x + "\n\n"))
            + "\n* * *\n\n- - - x\n";
        using var p = TempProject.Create("# Nested\n\n" + body, prefix: "hostile");
        var r = p.Build("pdf,epub");
        AssertClean(r);
        Assert.Equal(0, r.ExitCode);
        var text = p.PdfText();
        Assert.Contains("level 11", text);
        Assert.Contains("quote 12", text);
    }

    [Fact]
    public void A_heading_Markdig_refuses_is_named_at_its_line()
    {
        // Headings are not cut into pieces: past 10,240 delimiters Markdig throws, which becomes a diagnostic.
        using var p = TempProject.Create("# Title\n\nA paragraph.\n\n## " + Rep("*a* ", 6000) + "\n", prefix: "hostile");
        var r = p.Check();
        AssertClean(r);
        Assert.Equal(1, r.ExitCode);
        Assert.Matches(@"one\.md:5:1: error: nesting deeper than", r.Stdout + r.Stderr);
    }
}
