using System.Text.RegularExpressions;

namespace Book.Tests.Print;

/// <summary>
/// A span in another language (<c>[Ходжалы]{lang=ru}</c>) is marked in the tagged PDF with its /Lang, nested
/// in its paragraph's marked content, so a screen reader switches voice for it; text in the book's language is not.
/// </summary>
public sealed class SpanLanguageTests
{
    static string ContentStreams(string pdf)
    {
        var qdf = pdf + ".qdf.pdf";
        Assert.Equal(0, PdfProbe.Run("qpdf", "--qdf", "--object-streams=disable", pdf, qdf).ExitCode);
        try { return File.ReadAllText(qdf, System.Text.Encoding.Latin1); }
        finally { File.Delete(qdf); }
    }

    [Fact]
    public void Each_span_in_another_language_is_marked_with_its_lang_inside_its_paragraph()
    {
        using var p = TempProject.Create("# One\n\nThe town [Ходжалы]{lang=ru} and [Xocalı]{lang=az-Latn} and [plain]{lang=en} here.\n",
            "title: Languages\nslug: langs\nlanguage: en\nchapters: [one.md]\n", slug: "langs");
        var r = p.Build();
        Assert.True(r.ExitCode == 0, r.Stderr);
        var pdf = ContentStreams(p.Pdf);

        var marks = Regex.Matches(pdf, @"/Span <</Lang \(([^)]*)\)>> BDC(.*?)EMC", RegexOptions.Singleline).ToList();
        Assert.Equal(["ru", "az-Latn"], marks.Select(m => m.Groups[1].Value));
        // Each holds the span's glyphs (a text-showing operator) and nothing ends before it does.
        Assert.All(marks, m => Assert.Matches(@"\]\s*TJ", m.Groups[2].Value));
        Assert.All(marks, m => Assert.DoesNotContain("BDC", m.Groups[2].Value));
        // Inside the paragraph's own marked content (a /P with an MCID opened before it and not yet closed).
        var before = pdf[..marks[0].Index];
        int open = before.LastIndexOf("/P <</MCID", StringComparison.Ordinal);
        Assert.True(open >= 0 && !before[open..].Contains("EMC", StringComparison.Ordinal), "the span's mark is not inside its paragraph's");
        Assert.Equal("The town Ходжалы and Xocalı and plain here.", PdfProbe.PdfToText(p.Pdf).Split('\n').First(l => l.StartsWith("The town", StringComparison.Ordinal)).Trim());
        Assert.Equal(0, PdfProbe.Run("qpdf", "--check", p.Pdf).ExitCode);
    }

    [Fact]
    public void The_print_edition_which_is_not_tagged_has_no_language_marks()
    {
        using var p = TempProject.Create("# One\n\nThe town [Ходжалы]{lang=ru} here.\n", "title: Languages\nslug: langs\nchapters: [one.md]\n", slug: "langs");
        var r = p.Build("print");
        Assert.True(r.ExitCode == 0, r.Stderr);
        var print = Directory.GetFiles(p.Out, "*.pdf").Single();
        Assert.DoesNotContain("/Lang (ru)", ContentStreams(print));
    }
}
