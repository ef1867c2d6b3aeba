using System.IO.Compression;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Book.Tests.Epub;

namespace Book.Tests.CodeAndMath;

/// <summary>
/// Code in a real build: inline code, fenced and indented code blocks (an empty one, a long line that
/// must wrap, one in a footnote) and TeX math, which is not typeset but printed as its source. The
/// PDF sets them in the bundled IBM Plex Mono (embedded only when the book has code), keeps a block's
/// indentation line for line, wraps inside the text block with a ↪ mark; the EPUB has pre/code and
/// the code face's @font-face, and passes epubcheck.
/// </summary>
public sealed class CodeTests
{
    const string Chapter = """
        # Code {#sec:code}

        The opening paragraph sets inline code such as `fi-ffi --flag "quoted" x--y` in the line,
        justified text that runs on long enough to reach the right margin of the page and fill it.

        ```python
        def greet(name):
            if name:
                print(name)
        	return None
        ```

        ```
        ```

        A paragraph between the blocks.

            indented block line one
                indented block line two

        ```
        zqwrap = compute(alpha, beta, gamma, delta, epsilon, zeta, eta, theta, iota, kappa, lambda, mu, nu, xi, omicron, zqend)
        ```

        The energy is $E = mc^2$ here, while prices like $5 and $10 stay prose.

        A sentence with a note.[^n]

        [^n]: The note begins.

            ```
            zqnote(code)
              in a note
            ```
        """;

    static readonly XNamespace X = "http://www.w3.org/1999/xhtml";

    sealed record Built(string Output, string PdfText, string Layout, List<PdfProbe.Word> Words, IReadOnlyList<PdfFontRow> Fonts,
        string Structure, XDocument Chapter, string Css, string[] EpubFiles, byte[] Epub);

    static readonly Lazy<Built> Build = new(() =>
    {
        using var p = TempProject.Create(Chapter, prefix: "code");
        var r = p.Build("pdf,epub");
        Assert.True(r.ExitCode == 0, r.Stderr);
        using var zip = ZipFile.OpenRead(p.Epub);
        var chapter = p.EpubChapter("sec-code");
        string css;
        using (var s = zip.GetEntry("EPUB/styles/book.css")!.Open()) css = new StreamReader(s).ReadToEnd();
        return new Built(r.Stdout + r.Stderr, p.PdfText(), PdfProbe.PdfToText(p.Pdf, layout: true), PdfProbe.Words(p.Pdf), PdfProbe.PdfFonts(p.Pdf),
            PdfProbe.Run("pdfinfo", "-struct", p.Pdf).StdOut, chapter, css, zip.Entries.Select(e => e.FullName).ToArray(), File.ReadAllBytes(p.Epub));
    });

    [Fact]
    public void The_code_face_is_embedded_when_the_book_has_code()
    {
        var mono = Build.Value.Fonts.Where(f => f.Name.Contains("IBMPlexMono-Regular", StringComparison.Ordinal)).ToList();
        Assert.True(mono.Count == 1, "fonts: " + string.Join(", ", Build.Value.Fonts.Select(f => f.Name)));
        Assert.True(mono[0].Embedded && mono[0].Subset && mono[0].Unicode);
    }

    [Fact]
    public void A_book_without_code_embeds_no_code_face_and_prices_stay_prose()
    {
        using var p = TempProject.Create("# Prices\n\nPrices like $5 and $10 stay prose, and \\$3 is a dollar.\n", prefix: "nocode");
        var r = p.Build("pdf,epub");
        Assert.True(r.ExitCode == 0, r.Stderr);
        Assert.Contains("(0 errors, 0 warnings)", r.Stdout + r.Stderr);
        Assert.DoesNotContain(PdfProbe.PdfFonts(p.Pdf), f => f.Name.Contains("Mono", StringComparison.Ordinal));
        Assert.Contains("Prices like $5 and $10 stay prose, and $3 is a dollar.", Regex.Replace(p.PdfText(), @"\s+", " "));
        using var zip = ZipFile.OpenRead(p.Epub);
        Assert.DoesNotContain(zip.Entries, e => e.FullName.Contains("Mono", StringComparison.Ordinal));
        using var s = zip.GetEntry("EPUB/styles/book.css")!.Open();
        Assert.DoesNotContain("Plex", new StreamReader(s).ReadToEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_project_with_its_own_font_files_keeps_plex_mono_for_code()
    {
        using var p = TempProject.Create("# Own font\n\nText with `some_code()` in it.\n",
            "title: Own Font\nslug: test-book\nchapters: [one.md]\nfont: { regular: fonts/Own-Regular.ttf }\n", prefix: "ownfont");
        p.WriteBytes("fonts/Own-Regular.ttf", File.ReadAllBytes(Path.Combine(RepoPaths.Root, "fonts", "Literata-Italic.ttf")));
        var r = p.Build("pdf,epub");
        Assert.True(r.ExitCode == 0, r.Stderr);
        var fonts = PdfProbe.PdfFonts(p.Pdf).Select(f => f.Name).ToList();
        Assert.Contains(fonts, f => f.EndsWith("+IBMPlexMono-Regular", StringComparison.Ordinal));
        Assert.Contains(fonts, f => f.EndsWith("+Literata-Italic", StringComparison.Ordinal));
        using var zip = ZipFile.OpenRead(p.Epub);
        Assert.NotNull(zip.GetEntry("EPUB/fonts/IBMPlexMono-Regular.ttf"));
        Assert.NotNull(zip.GetEntry("EPUB/fonts/Own-Regular.ttf"));
    }

    [Fact]
    public void Inline_code_wider_than_the_line_breaks_with_a_warning_that_names_code()
    {
        using var p = TempProject.Create("# Wide\n\nA call `" + string.Concat(Enumerable.Repeat("segment.", 16)) + "end()` in text.\n", prefix: "widecode");
        var r = p.Build("pdf");
        Assert.True(r.ExitCode == 0, r.Stderr);
        Assert.Contains("warning: a piece of code is wider than the line and was broken at an arbitrary point", r.Stdout + r.Stderr);
        Assert.DoesNotContain("soft hyphens", r.Stdout + r.Stderr);
    }

    [Fact]
    public void Pdftotext_layout_keeps_a_code_blocks_indentation()
    {
        var lines = Build.Value.Layout.Split('\n');
        int Indent(string text)
        {
            var line = lines.FirstOrDefault(l => l.TrimStart().StartsWith(text, StringComparison.Ordinal));
            Assert.True(line is not null, $"no line starts with '{text}' in:\n{Build.Value.Layout}");
            return line!.Length - line.TrimStart().Length;
        }
        int def = Indent("def greet(name):");
        Assert.Equal(def + 4, Indent("if name:"));
        Assert.Equal(def + 8, Indent("print(name)"));
        Assert.Equal(def + 4, Indent("return None")); // a tab, expanded to the 4-column stop
        Assert.Equal(Indent("indented block line one") + 4, Indent("indented block line two"));
    }

    [Fact]
    public void A_long_line_wraps_inside_the_text_block_with_a_continuation_mark()
    {
        var words = Build.Value.Words;
        var start = words.Single(w => w.Text == "zqwrap");
        var end = words.Single(w => w.Text.StartsWith("zqend", StringComparison.Ordinal));
        // The text block's edges: the justified opening paragraph runs from margin to margin.
        var opening = words.Where(w => w.Page == start.Page && w.YMin < start.YMin - 20).ToList();
        double left = opening.Min(w => w.XMin), right = opening.Max(w => w.XMax);
        Assert.Equal(left, start.XMin, 1);
        var code = words.Where(w => w.Page == start.Page && w.YMin >= start.YMin - 1 && w.YMax <= end.YMax + 1).ToList();
        Assert.True(end.YMin > start.YMin + 5, "the long line wraps onto a second line");
        foreach (var w in code)
            Assert.True(w.XMin >= left - 0.5 && w.XMax <= right + 0.5, $"'{w.Text}' at {w.XMin:F1}–{w.XMax:F1} leaves the text block {left:F1}–{right:F1}");
        var mark = code.Where(w => w.Text == "\u21AA").ToList();
        Assert.NotEmpty(mark);
        Assert.All(mark, m => Assert.True(m.YMin > start.YMin + 5 && m.XMin < left + 1, "the mark starts each continuation line"));
    }

    [Fact]
    public void An_empty_code_block_and_one_in_a_footnote_build()
    {
        // The empty fence sits between the python block and the next paragraph; the build did not crash.
        Assert.Contains("A paragraph between the blocks.", Build.Value.PdfText);
        var text = Build.Value.Layout;
        int note = text.IndexOf("zqnote(code)", StringComparison.Ordinal);
        Assert.True(note > text.IndexOf("The note begins.", StringComparison.Ordinal), "the note's code follows its text");
        var noteLines = text.Split('\n');
        var first = noteLines.First(l => l.Contains("zqnote(code)", StringComparison.Ordinal));
        var second = noteLines.First(l => l.Contains("in a note", StringComparison.Ordinal));
        Assert.Equal(first.IndexOf('z') + 2, second.IndexOf('i'));
    }

    [Fact]
    public void Inline_code_copies_as_typed()
    {
        // No smart quotes or dashes, no ligature, no hyphen break inside it.
        Assert.Contains("fi-ffi --flag \"quoted\" x--y", Regex.Replace(Build.Value.PdfText, @"\s+", " "));
    }

    [Fact]
    public void Math_is_warned_about_at_its_place_and_printed_as_its_source()
    {
        var output = Build.Value.Output;
        var warnings = Regex.Matches(output, @"one\.md:(\d+):(\d+): warning: math is not typeset; its TeX source is printed in the code font");
        Assert.Single(warnings);
        Assert.Equal("25", warnings[0].Groups[1].Value); // "The energy is $E = mc^2$": the opening dollar
        Assert.Equal("15", warnings[0].Groups[2].Value);
        var text = Regex.Replace(Build.Value.PdfText, @"\s+", " ");
        Assert.Contains("$E = mc^2$", text);
        Assert.Contains("prices like $5 and $10 stay prose", text);
    }

    [Fact]
    public void Code_is_tagged_as_code_in_a_paragraph()
    {
        Assert.Matches(new Regex(@"P \(block\)\s*\n\s+Code \(inline\)"), Build.Value.Structure);
    }

    [Fact]
    public void The_epub_has_pre_and_code_and_the_code_face()
    {
        var pres = Build.Value.Chapter.Descendants(X + "pre").ToList();
        // python, empty, indented, long, and the note's (the notes are in the chapter's file).
        Assert.Equal(5, pres.Count);
        Assert.Contains(pres, p => p.Value == "zqnote(code)\n  in a note");
        Assert.Contains(pres, p => p.Value == "");
        var python = pres.Select(p => p.Element(X + "code")).First(c => c?.Attribute("class")?.Value == "language-python");
        Assert.Equal("def greet(name):\n    if name:\n        print(name)\n    return None", python!.Value);
        Assert.Contains(Build.Value.Chapter.Descendants(X + "code"), c => c.Attribute("class")?.Value == "math inline" && c.Value == "$E = mc^2$");
        Assert.Contains("EPUB/fonts/IBMPlexMono-Regular.ttf", Build.Value.EpubFiles);
        Assert.Matches(new Regex("@font-face \\{\\s*font-family: \"IBM Plex Mono\";\\s*src: url\\(\"../fonts/IBMPlexMono-Regular.ttf\"\\)"), Build.Value.Css);
        Assert.Contains("code, pre { font-family: \"IBM Plex Mono\", monospace; }", Build.Value.Css);
    }

    [Fact]
    [Trait("Category", "Slow")] // runs epubcheck
    public void The_epub_passes_epubcheck()
    {
        var (exit, output) = EpubFixture.EpubCheck(Build.Value.Epub);
        Assert.True(exit == 0, output);
    }
}
