namespace Book.Tests.MarkdownRobustness;

/// <summary>Text the parser used to drop or move without a word: it must reach the PDF and the EPUB as written.</summary>
public sealed class KeptTextTests
{
    static (string Pdf, string Epub) Build(string body)
    {
        using var p = TempProject.Create("# Kept {#sec:kept}\n\n" + body, prefix: "kept");
        var r = p.Build("pdf,epub");
        Assert.True(r.ExitCode == 0, r.Stdout + r.Stderr);
        Assert.Contains("(0 errors, 0 warnings)", r.Stdout + r.Stderr);
        using var zip = System.IO.Compression.ZipFile.OpenRead(p.Epub);
        var xhtml = string.Concat(zip.Entries.Where(e => e.FullName.EndsWith(".xhtml", StringComparison.Ordinal))
            .Select(e => { using var s = new StreamReader(e.Open()); return s.ReadToEnd(); }));
        return (p.PdfText(), xhtml);
    }

    [Fact]
    public void Braces_straight_after_a_word_stay_text()
    {
        var (pdf, epub) = Build("The set f{x} and g{#y} and h {x} stay, as does a {.b} here.\n");
        foreach (var s in new[] { "f{x}", "g{#y}", "h {x}", "a {.b} here" })
        {
            Assert.Contains(s, pdf);
            Assert.Contains(s, epub);
        }
    }

    [Fact]
    public void An_inline_note_ends_at_its_own_bracket_not_one_in_code()
    {
        var (pdf, epub) = Build("Body^[A note with `code ]` and more words.] tail words.\n");
        Assert.Contains("Body", pdf);
        Assert.Contains("tail words.", pdf);
        Assert.Contains("and more words.", pdf);
        Assert.Contains("code ]", pdf);
        Assert.DoesNotContain("words.] tail", pdf);
        Assert.Contains("and more words.", epub);
    }

    [Fact]
    public void An_unresolved_reference_link_keeps_its_brackets()
    {
        var (pdf, epub) = Build("See [a][b] and [c] here.\n");
        Assert.Contains("See [a][b] and [c] here.", pdf);
        Assert.Contains("See [a][b] and [c] here.", epub);
    }
}
