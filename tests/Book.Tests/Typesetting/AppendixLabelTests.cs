using System.IO.Compression;
using System.Text.RegularExpressions;

namespace Book.Tests.Typesetting;

/// <summary>
/// Appendices carry their label where a reader looks for them (issue 24: the booklet's tables were
/// "Table B.1" while nothing said "Appendix B"): in the contents of the PDF, above the appendix's title,
/// in the e-book's navigation and on the web edition's home page, in the book's language. The
/// bibliography and the index are back matter and take no letter.
/// </summary>
public sealed class AppendixLabelTests
{
    const string Chapter = "# One\n\nBody text [@src].\n";
    const string Method = "# Notes on method\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\nTable: Counts {#tbl:counts}\n\nSee @tbl:counts.\n";
    const string Sources = "- id: src\n  type: book\n  title: A Book\n  issued: {date-parts: [[2001]]}\n";
    const string Events = "- date: 1991\n  text: \"An event.\"\n";

    static TempProject Build(string language, string formats)
    {
        var p = TempProject.Create(new Dictionary<string, string>
        {
            ["book.yaml"] = $"title: Test Book\nslug: test-book\nlanguage: {language}\nchapters: [one.md]\nappendices: [chronology, bibliography, method.md]\n",
            ["one.md"] = Chapter,
            ["method.md"] = Method,
            ["sources.yaml"] = Sources,
            ["chronology.yaml"] = Events,
        });
        var r = p.Build(formats);
        Assert.True(r.ExitCode == 0, r.Stderr);
        return p;
    }

    // The term for "appendix" as each language's readers expect it (the tool's locale files must agree).
    [Theory]
    [InlineData("en", "Appendix")]
    [InlineData("az", "Əlavə")]
    [InlineData("tr", "Ek")]
    [InlineData("ru", "Приложение")]
    [InlineData("de", "Anhang")]
    [InlineData("fr", "Annexe")]
    public void The_contents_and_the_appendix_pages_name_each_appendix_by_its_label(string language, string term)
    {
        using var p = Build(language, "pdf,epub");
        var pages = PdfProbe.PdfToText(p.Pdf, layout: true).Split('\f');
        var contents = pages.First(t => t.Contains(". . .", StringComparison.Ordinal));
        // The chronology is A, the written appendix B (the bibliography between them takes no letter).
        Assert.Matches(term + @" A\s+\S.*\. \.", contents);
        Assert.Matches(term + @" B\s+Notes on method \.", contents);
        Assert.DoesNotMatch(term + " C", contents);
        // Each appendix opens with its label above its title; its tables are numbered by its letter.
        var method = pages.Single(t => Regex.IsMatch(t, @"^\s*Notes on method\s*$", RegexOptions.Multiline));
        Assert.Matches(@"(?m)^\s*" + term + @" B\s*$", method);
        Assert.Contains("B.1", method);
        Assert.Single(pages, t => Regex.IsMatch(t, @"(?m)^\s*" + term + @" A\s*$"));

        using var zip = ZipFile.OpenRead(p.Epub);
        var nav = new StreamReader(zip.Entries.Single(e => e.FullName.EndsWith("nav.xhtml", StringComparison.Ordinal)).Open()).ReadToEnd();
        Assert.Contains($">{term} B. Notes on method</a>", nav);
        Assert.Matches($">{term} A. [^<]+</a>", nav);
    }

    [Fact]
    public void The_web_home_page_lists_appendices_by_their_label_under_a_localised_heading()
    {
        using var p = Build("de", "html");
        var home = File.ReadAllText(Path.Combine(p.Out, "test-book-web", "index.html"));
        Assert.Contains("<span class=\"number\">Anhang B</span> Notes on method", home);
        Assert.Contains(">Inhaltsverzeichnis</h2>", home);
    }

    // A cross-reference names the appendix as the contents do, in running text ("see appendix B"),
    // with the letter tied to its word; a chapter is still "chapter 1".
    [Theory]
    [InlineData("en", "appendix")]
    [InlineData("de", "Anhang")]
    [InlineData("ru", "приложение")]
    public void A_cross_reference_to_an_appendix_names_it_by_its_label(string language, string term)
    {
        using var p = TempProject.Create(new Dictionary<string, string>
        {
            ["book.yaml"] = $"title: Test Book\nslug: test-book\nlanguage: {language}\nchapters: [one.md]\nappendices: [chronology, method.md]\n",
            ["one.md"] = "# One {#sec:one}\n\nThe counts are in @sec:method, and this is @sec:one.\n",
            ["method.md"] = "# Notes on method {#sec:method}\n\nText.\n",
            ["chronology.yaml"] = Events,
        });
        var r = p.Build("pdf,epub");
        Assert.True(r.ExitCode == 0, r.Stderr);
        var text = PdfProbe.PdfToText(p.Pdf).Replace('\u00A0', ' ');
        Assert.Contains($"The counts are in {term} B,", text);
        // The e-book carries the tie itself: a no-break space between the word and the letter.
        var xhtml = EpubText(p.Epub);
        Assert.True(xhtml.Contains(term + "\u00A0B", StringComparison.Ordinal) || xhtml.Contains(term + "&#160;B", StringComparison.Ordinal)
            || xhtml.Contains(term + "&#xA0;B", StringComparison.Ordinal), "no tied appendix reference in the e-book");
    }

    static string EpubText(string epub)
    {
        using var zip = ZipFile.OpenRead(epub);
        return string.Concat(zip.Entries.Where(e => e.FullName.EndsWith(".xhtml", StringComparison.Ordinal)).Select(e => new StreamReader(e.Open()).ReadToEnd()));
    }
}
