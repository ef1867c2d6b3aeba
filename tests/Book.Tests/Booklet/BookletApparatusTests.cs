using System.Text.RegularExpressions;
using System.Xml.Linq;
using Book.Tests.Epub;

namespace Book.Tests.Booklet;

/// <summary>
/// The notes and quotation marks a reader at a remembrance event meets (issue 24, review 4.2–4.3):
/// shortened notes without "Ibid.", no note number printed against a figure, and an e-book as free of
/// typewriter quotes as the PDF.
/// </summary>
public sealed class BookletApparatusTests(BookletBuildFixture booklet) : IClassFixture<BookletBuildFixture>
{
    [Fact]
    public void No_note_says_ibid()
    {
        // The review counted 84 "Ibid." among 275 notes; Chicago 18th repeats the short form instead.
        var text = PdfProbe.PdfToText(booklet.Pdf);
        Assert.DoesNotContain("Ibid", text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void No_note_number_stands_against_a_figure()
    {
        // A note mark copies as "[12]"; printed right after a digit it reads as part of the number
        // (the review's "20246" and "202419"; later "7,000⁵ or around 7,000").
        var text = PdfProbe.PdfToText(booklet.Pdf);
        var glued = Regex.Matches(text, @"\S*\d\[\d+\]").Select(m => m.Value).ToList();
        Assert.True(glued.Count == 0, "note numbers against figures: " + string.Join(", ", glued));
    }

    [Fact]
    public void The_epub_text_has_no_straight_quotes()
    {
        // The PDF test reads pdftotext; the e-book's text is read from its XHTML, attributes left out.
        var docs = EpubFixture.Documents(File.ReadAllBytes(booklet.Epub));
        var straight = new List<string>();
        foreach (var (name, doc) in docs.Where(kv => kv.Key.EndsWith(".xhtml", StringComparison.Ordinal)))
            foreach (var t in doc.DescendantNodes().OfType<XText>())
                if (t.Value.Contains('\'') || t.Value.Contains('"')) straight.Add($"{name}: {t.Value.Trim()}");
        Assert.True(straight.Count == 0, "straight quotes in the e-book:\n" + string.Join("\n", straight.Take(20)));
        Assert.Contains(docs.Values, d => d.Root!.Value.Contains("Karabakh\u2019s", StringComparison.Ordinal));
    }
}
