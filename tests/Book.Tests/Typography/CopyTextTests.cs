using System.Text.RegularExpressions;
using Book.Tests.Typesetting;

namespace Book.Tests.Typography;

/// <summary>
/// What a reader copies or searches: a word the line breaker hyphenated comes out whole and its added
/// hyphen never, a hyphen the author typed comes out as typed, and a note's mark stays apart from the
/// word before it ("2024[6]", not "20246").
/// </summary>
public sealed partial class CopyTextTests
{
    static readonly string[] Long = ["restructuring", "internationalisation", "responsibilities", "disproportionately", "reconstruction", "incomprehensible"];

    [GeneratedRegex(@"[\p{L}\-\u2010]+")] private static partial Regex Word();

    /// <summary>How many words the line breaker hyphenated in <paramref name="pdf"/>: the first part of each
    /// carries the whole word as its /ActualText (read from the uncompressed file qpdf writes).</summary>
    public static int HyphenatedLineEnds(string pdf)
    {
        var qdf = pdf + ".qdf.pdf";
        Assert.Equal(0, PdfProbe.Run("qpdf", "--qdf", "--object-streams=disable", pdf, qdf).ExitCode);
        try { return Regex.Matches(File.ReadAllText(qdf, System.Text.Encoding.Latin1), @"/ActualText <FEFF(?:00[0-9A-F]{2}){2,}>", RegexOptions.IgnoreCase).Count(m => !m.Value.Contains("005B", StringComparison.OrdinalIgnoreCase)); }
        finally { File.Delete(qdf); }
    }

    [Fact]
    public void Hyphenated_words_copy_whole_and_typed_hyphens_as_typed()
    {
        // Long words in a narrow measure (a table-free paragraph on an A6-like page) force many hyphenated line ends.
        var words = Enumerable.Range(0, 260).Select(i => i % 9 == 4 ? "well-known" : Long[i % Long.Length]);
        var md = "# Copy {#sec:copy}\n\n" + string.Join(" ", words) + ".\n";
        var dir = TestProjects.Write("Copy Test", ("one.md", md));
        File.AppendAllText(Path.Combine(dir, "book.yaml"), "page: { width: 90mm, height: 150mm, top: 12mm, bottom: 12mm, inner: 12mm, outer: 12mm }\n");
        var pdf = TestProjects.Build(dir, "copy-test");

        int broken = HyphenatedLineEnds(pdf);
        Assert.True(broken >= 5, $"only {broken} hyphenated line ends: the test needs more");

        var text = PdfProbe.Run("pdftotext", "-layout", pdf, "-").StdOut;
        Assert.DoesNotContain('\u2010', text);
        // The front matter's words (title, contents, roman folios) and the text's own words; nothing else, no "re" or "structuring".
        var allowed = Long.Concat(["well-known", "well-", "known", "Copy", "Test", "Contents", "Chapter"]).ToHashSet(StringComparer.Ordinal);
        var fragments = Word().Matches(text).Select(m => m.Value).Where(w => !allowed.Contains(w) && !w.All("ivxlc".Contains)).Distinct().ToList();
        Assert.True(fragments.Count == 0, "copied as fragments: " + string.Join(", ", fragments));
        // Every typed hyphen copies once, as typed: split at a line end ("well-" / "known") or not.
        Assert.Equal(words.Count(w => w == "well-known"), text.Count(c => c == '-'));
        foreach (var w in Long) Assert.Contains(w, text);
    }

    [Fact]
    public void A_note_mark_after_a_year_copies_apart_from_it_and_after_the_stop()
    {
        var md = "# Marks {#sec:marks}\n\nIt was reported in 2024[^a] and again on 25 February 2024[^b].\n\n[^a]: First.\n[^b]: Second.\n";
        var pdf = TestProjects.Build(TestProjects.Write("Marks Test", ("one.md", md)), "marks-test");
        var text = PdfProbe.PdfToText(pdf);
        Assert.DoesNotContain("20241", text);
        Assert.DoesNotContain("20242", text);
        Assert.Contains("2024[1]", text);
        // The hand-written mark stood before the full stop; it is set after it, as Chicago (14.26) wants.
        Assert.Contains("2024.[2]", text);
    }
}
