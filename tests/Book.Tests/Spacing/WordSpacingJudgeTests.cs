using Xunit.Abstractions;

namespace Book.Tests.Spacing;

/// <summary>
/// The judge of issue 20's spacing: inter-word spaces on the generated 90-note book, measured
/// from pdftotext -bbox-layout, held to LaTeX's figures on the same text (memoir + microtype,
/// measured with the same ruler by bench/latex-spacing; LaTeX is not run here).
/// </summary>
public sealed class WordSpacingJudgeTests(ITestOutputHelper output)
{
    // LuaLaTeX's figures on this book (memoir + microtype protrusion and ±2 % expansion, Literata, the same
    // page and sizes), measured by this test's ruler: bench/latex-spacing/run.sh, 2026-12-07, TeX Live 2022.
    // Body: 311 lines, median 0.99×, 9 over 1.5×, 2 over 2×, widest 2.16×; notes: 252 lines, 9 over 1.5×, widest 2.29×.
    const int LatexBodyOver15 = 9, LatexBodyOver2 = 2;
    const double LatexBodyWidest = 2.16;

    [Fact]
    public void Body_and_note_spaces_are_as_even_as_LaTeXs()
    {
        var report = WordSpacing.Measure(NoteBookFixture.Pdf, NoteBookFixture.BodySize, NoteBookFixture.SpaceEm);
        output.WriteLine(report.ToString());
        output.WriteLine(report.Loosest(12));
        if (Environment.GetEnvironmentVariable("BOOK_LATEX_PDF") is { Length: > 0 } latex)
        {
            var theirs = WordSpacing.Measure(latex, NoteBookFixture.BodySize, NoteBookFixture.SpaceEm);
            output.WriteLine("LaTeX:\n" + theirs + "\n" + theirs.Loosest(12));
        }
        Assert.True(report.Body.Lines > 250, $"too few justified body lines measured; the ruler lost its lines\n{report}");
        Assert.True(report.Notes.Lines > 120, $"too few justified note lines measured\n{report}");
        Assert.True(report.Body.Over15 <= LatexBodyOver15 + 2, $"body lines over 1.5×: {report.Body.Over15}, LaTeX's {LatexBodyOver15} + 2 allowed\n{report}\n{report.Loosest()}");
        // None over 2×, in the body or the notes (LaTeX itself has two body lines and three note lines over 2× on this text).
        Assert.True(report.Body.Over2 == 0 && report.Body.Max <= Math.Min(2, LatexBodyWidest), $"body lines over 2× (LaTeX has {LatexBodyOver2})\n{report}\n{report.Loosest()}");
        Assert.True(report.Notes.Over2 == 0 && report.Notes.Max <= 2, $"note lines over 2×\n{report}\n{report.Loosest()}");
        // Notes no looser than the body: no more of their lines over 1.5×, in proportion, and no wider a median space (to the ruler's 0.02).
        Assert.True(report.Notes.Over15 * report.Body.Lines <= Math.Max(report.Body.Over15, 1) * report.Notes.Lines && report.Notes.Median <= report.Body.Median + 0.02,
            $"notes looser than the body\n{report}\n{report.Loosest()}");
    }
}
