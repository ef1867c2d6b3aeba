using System.IO.Compression;
using System.Text;
using System.Xml.Linq;
using Book.Core.Markdown;
using Book.Core.Pipeline;
using Book.Layout;
using Book.Model;
using Book.Pages;

namespace Book.Tests.Headings;

/// <summary>
/// Pandoc's <c>{-}</c>, <c>.unnumbered</c> and <c>.unlisted</c> on headings in a real build: an
/// unnumbered chapter has no number anywhere (its opening, the contents, the running heads, the
/// navigation) and the chapters after it keep counting from the last number; an unlisted one is in
/// the book but not in the contents, the outline or the e-book's navigation; the attribute text
/// never prints.
/// </summary>
public sealed class UnnumberedHeadingTests
{
    const string Yaml = "title: Test Book\nslug: test-book\nchapters: [pre.md, one.md, inter.md, hidden.md, last.md]\n";

    static string Filler(string word, int paragraphs) =>
        string.Concat(Enumerable.Range(0, paragraphs).Select(i =>
            string.Join(" ", Enumerable.Repeat($"{word} runs on through a paragraph long enough to fill the page.", 8)) + "\n\n"));

    static readonly Dictionary<string, string> Files = new()
    {
        ["pre.md"] = "# Prelude {-}\n\n" + Filler("Preludetext", 14) + "## Aside {#sec:aside .unlisted}\n\nAside text.\n\n## Shown {#sec:shown}\n\nShown text.\n",
        ["one.md"] = "# First chapter {#sec:first}\n\nFirst text, see @sec:inter.\n",
        ["inter.md"] = "# Interlude {#sec:inter .unnumbered}\n\nInterlude text.\n",
        ["hidden.md"] = "# Hidden chapter {.unlisted}\n\nHidden text.\n",
        ["last.md"] = "# Last chapter {#sec:last -}\n\nLast text.\n\n## Closing {-}\n\nDone.\n",
    };

    static readonly XNamespace X = "http://www.w3.org/1999/xhtml";

    sealed record Built(string Output, string[] Pages, string Text, XDocument Nav, Dictionary<string, string> Xhtml, BookDocument Book, PageTree Tree, byte[] Epub);

    static readonly Lazy<Built> Build = new(() =>
    {
        using var p = TempProject.Create(Files.Append(new("book.yaml", Yaml)), prefix: "headings");
        var r = p.Build("pdf,epub");
        Assert.True(r.ExitCode == 0, r.Stderr);
        using var zip = ZipFile.OpenRead(p.Epub);
        string Read(ZipArchiveEntry e) { using var s = new StreamReader(e.Open(), Encoding.UTF8); return s.ReadToEnd(); }
        var xhtml = zip.Entries.Where(e => e.FullName.EndsWith(".xhtml", StringComparison.Ordinal)).ToDictionary(e => e.Name, Read);
        var diags = new DiagnosticBag();
        var book = BookLoader.Load(p.Dir, diags)!;
        var tree = Typesetter.Typeset(book, diags);
        var pages = Enumerable.Range(1, PdfProbe.Pages(p.Pdf)).Select(n => PdfProbe.PdfToText(p.Pdf, n, n, layout: true)).ToArray();
        return new Built(r.Stdout + r.Stderr, pages, PdfProbe.PdfToText(p.Pdf), XDocument.Parse(xhtml["nav.xhtml"]), xhtml, book, tree, File.ReadAllBytes(p.Epub));
    });

    [Fact]
    public void The_build_is_clean() => Assert.Contains("(0 errors, 0 warnings)", Build.Value.Output);

    [Fact]
    public void Only_numbered_chapters_count()
    {
        var chapters = Build.Value.Book.Divisions.Where(d => d.Kind == DivisionKind.Chapter).Select(d => (d.TitleText, d.Number)).ToList();
        Assert.Equal([("Prelude", null), ("First chapter", "1"), ("Interlude", null), ("Hidden chapter", "2"), ("Last chapter", null)], chapters);
    }

    [Fact]
    public void The_attribute_text_never_prints()
    {
        foreach (var s in new[] { "{-}", "{", ".unnumbered", ".unlisted", "unlisted" })
        {
            Assert.DoesNotContain(s, Build.Value.Text);
            Assert.All(Build.Value.Xhtml.Values, x => Assert.DoesNotContain(s, x.Replace("class=\"toc\"", "", StringComparison.Ordinal)));
        }
    }

    [Fact]
    public void The_contents_number_only_the_numbered_and_leave_out_the_unlisted()
    {
        var contents = Build.Value.Pages.First(p => p.Contains("Contents", StringComparison.Ordinal));
        var entries = contents.Split('\n').Select(l => System.Text.RegularExpressions.Regex.Replace(l, @"[\s.]+", " ").Trim()).Where(l => l.Length > 0).ToList();
        Assert.Contains(entries, e => e.StartsWith("Prelude ", StringComparison.Ordinal));
        Assert.Contains(entries, e => e.StartsWith("1 First chapter ", StringComparison.Ordinal));
        Assert.Contains(entries, e => e.StartsWith("Interlude ", StringComparison.Ordinal));
        Assert.Contains(entries, e => e.StartsWith("Last chapter ", StringComparison.Ordinal));
        Assert.DoesNotContain(entries, e => e.Contains("Hidden", StringComparison.Ordinal));
    }

    [Fact]
    public void An_unnumbered_chapter_opens_without_a_number_and_the_next_keeps_its_own()
    {
        // The opening page: the one whose first line of text is the title (or "Chapter N" above it).
        string Opening(string title) => Build.Value.Pages.First(p =>
            p.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).Take(2).Contains(title) && !p.Contains("Contents", StringComparison.Ordinal));
        Assert.DoesNotContain("Chapter", Opening("Prelude"));
        Assert.Contains("Chapter 1", Opening("First chapter"));
        Assert.DoesNotContain("Chapter", Opening("Interlude"));
        Assert.Contains("Chapter 2", Opening("Hidden chapter"));
        Assert.DoesNotContain("Chapter", Opening("Last chapter"));
        Assert.DoesNotContain("Chapter 3", Build.Value.Text);
    }

    [Fact]
    public void The_running_heads_of_an_unnumbered_chapter_show_its_title_alone()
    {
        // A recto inside the prelude (not its opening page) is headed by the chapter's title.
        var heads = Build.Value.Pages.Where(p => p.Contains("Preludetext", StringComparison.Ordinal))
            .Select(p => p.Split('\n').First(l => l.Trim().Length > 0).Trim()).ToList();
        Assert.Contains("Prelude", heads);
        Assert.DoesNotContain(heads, h => h.Any(char.IsDigit));
    }

    [Fact]
    public void A_cross_reference_to_an_unnumbered_chapter_names_it()
    {
        Assert.Contains("First text, see \u201CInterlude\u201D.", Build.Value.Text);
    }

    [Fact]
    public void The_outline_leaves_out_the_unlisted_and_numbers_only_the_numbered()
    {
        var outline = Build.Value.Tree.Outline.Select(o => o.Title).ToList();
        Assert.Contains("Prelude", outline);
        Assert.Contains("1. First chapter", outline);
        Assert.Contains("Last chapter", outline);
        Assert.DoesNotContain(outline, t => t.Contains("Hidden", StringComparison.Ordinal));
        var prelude = Build.Value.Tree.Outline.Single(o => o.Title == "Prelude");
        Assert.Equal(["Shown"], prelude.Children.Select(c => c.Title));
    }

    [Fact]
    public void The_epub_nav_leaves_out_the_unlisted_and_numbers_only_the_numbered()
    {
        var toc = Build.Value.Nav.Descendants(X + "nav").First();
        var top = toc.Element(X + "ol")!.Elements(X + "li").Select(li => li.Element(X + "a")!.Value).ToList();
        Assert.Contains("Prelude", top);
        Assert.Contains("1. First chapter", top);
        Assert.Contains("Interlude", top);
        Assert.Contains("Last chapter", top);
        Assert.DoesNotContain(top, t => t.Contains("Hidden", StringComparison.Ordinal));
        var sections = toc.Descendants(X + "li").Where(li => li.Element(X + "a")!.Value == "Prelude").Single().Descendants(X + "a").Skip(1).Select(a => a.Value);
        Assert.Equal(["Shown"], sections);
        // The hidden chapter is still in the book, with its number.
        Assert.Contains(Build.Value.Xhtml.Values, x => x.Contains("Chapter 2</span> <span class=\"title\">Hidden chapter", StringComparison.Ordinal));
    }

    [Fact]
    public void The_epub_with_unnumbered_and_unlisted_headings_passes_epubcheck()
    {
        var (exit, output) = Epub.EpubFixture.EpubCheck(Build.Value.Epub);
        Assert.True(exit == 0, output);
    }

    [Theory]
    [InlineData("## Sec {-}", "Sec", null, false, true)]
    [InlineData("## Sec {.unnumbered}", "Sec", null, false, true)]
    [InlineData("## Sec {#s .unnumbered .unlisted}", "Sec", "s", false, false)]
    [InlineData("## Sec {#s -}", "Sec", "s", false, true)]
    [InlineData("## Sec {.unlisted}", "Sec", null, true, false)]
    [InlineData("## Plain", "Plain", null, true, true)]
    public void Heading_attributes_are_read_as_pandoc_reads_them(string markdown, string text, string? id, bool numbered, bool listed)
    {
        var parsed = new ChapterParser("t.md", "t", new DiagnosticBag()).Parse("# T\n\n" + markdown + "\n");
        var h = Assert.IsType<Heading>(Assert.Single(parsed.Blocks));
        Assert.Equal((text, id, numbered, listed), (InlineText.Plain(h.Content), h.Id, h.Numbered, h.Listed));
    }

    [Fact]
    public void A_title_heading_passes_its_flags_to_the_chapter()
    {
        var parsed = new ChapterParser("t.md", "t", new DiagnosticBag()).Parse("# Preface {#sec:p - .unlisted}\n\nText.\n");
        Assert.Equal(("Preface", "sec:p", false, false), (InlineText.Plain(parsed.Title), parsed.Id, parsed.TitleNumbered, parsed.TitleListed));
    }
}
