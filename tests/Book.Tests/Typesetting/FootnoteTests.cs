using System.Text;
using System.Text.RegularExpressions;

namespace Book.Tests.Typesetting;

/// <summary>Notes sit at the foot of the page of their mark; long ones continue on the next page; none is lost or doubled.</summary>
public sealed class FootnoteTests
{
    static string BookWithManyNotes(int count)
    {
        var md = new StringBuilder("# Notes everywhere {#sec:notes}\n\n");
        var defs = new StringBuilder();
        for (int i = 1; i <= count; i++)
        {
            md.Append(TestProjects.Prose(45, i)).Append($" anchor{TestProjects.N(i)}[^n{i}] ").Append(TestProjects.Prose(25, 1000 + i)).Append("\n\n");
            // Every seventh note is long enough to need splitting.
            var body = i % 7 == 0 ? TestProjects.Prose(260, 2000 + i) : TestProjects.Prose(12, 3000 + i);
            defs.Append($"[^n{i}]: notestart{TestProjects.N(i)} {body} noteend{TestProjects.N(i)}\n\n");
        }
        return md.Append(defs).ToString();
    }

    [Fact]
    public void Every_note_starts_on_the_page_of_its_mark_and_appears_once()
    {
        const int count = 40;
        var dir = TestProjects.Write("Notes Test", ("one.md", BookWithManyNotes(count)));
        var pdf = TestProjects.Build(dir, "notes-test");
        var pages = PdfProbe.PdfToText(pdf).Split('\f');
        int split = 0;
        for (int i = 1; i <= count; i++)
        {
            string n = TestProjects.N(i);
            int markPage = Array.FindIndex(pages, p => p.Contains("anchor" + n));
            int startPage = Array.FindIndex(pages, p => p.Contains("notestart" + n));
            int endPage = Array.FindIndex(pages, p => p.Contains("noteend" + n));
            Assert.True(markPage >= 0, $"mark {n} missing");
            Assert.Equal(markPage, startPage);
            Assert.True(endPage == startPage || endPage == startPage + 1, $"note {n} ends on page {endPage + 1}, starts on {startPage + 1}");
            if (endPage != startPage) split++;
            Assert.Equal(1, pages.Sum(p => Regex.Matches(p, "notestart" + n).Count));
            Assert.Equal(1, pages.Sum(p => Regex.Matches(p, "noteend" + n).Count));
        }
        Assert.True(split > 0, "no long note was split across pages; the test lost its point");
    }
}
