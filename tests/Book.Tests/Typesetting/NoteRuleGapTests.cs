using System.Globalization;
using System.Text;

namespace Book.Tests.Typesetting;

using static ProjectKit;

/// <summary>
/// The note rule stands clear of the text above it (issue 24: on page vii of the booklet the last line
/// nearly touched it). LaTeX puts \skip\footins (memoir: 12 pt on 10 pt type, about a baselineskip)
/// between the text and the notes and draws the rule in it a few points above the notes, so the rule
/// reads as the notes' heading, not as the text's underline. Measured as a reader sees it, in ink,
/// on pages rendered by pdftoppm.
/// </summary>
public sealed class NoteRuleGapTests
{
    const int Dpi = 288;
    const double PxPerPt = Dpi / 72.0;

    static string Chapter()
    {
        var sb = new StringBuilder("# Notes everywhere\n\n");
        var words = new[] { "quiet", "yesterday", "journey", "people", "mapping", "gypsum", "quickly", "typesetting" };
        for (int p = 0; p < 24; p++)
        {
            for (int s = 0; s < 6; s++)
                sb.Append(CultureInfo.InvariantCulture, $"The {words[(p + s) % words.Length]} paragraph {p} goes on with sentence {s} and enough words to fill a line or two. ");
            sb.Append(CultureInfo.InvariantCulture, $"It ends with a note.^[A note for paragraph {p}, long enough to be a line of its own at the foot of the page.]\n\n");
        }
        return sb.ToString();
    }

    /// <summary>For each page with a note rule: the clear space in points between the lowest ink of the text
    /// above and the rule, and between the rule and the highest ink of the notes below.</summary>
    static List<(int Page, double Above, double Below)> Gaps(string pdf)
    {
        var gaps = new List<(int, double, double)>();
        for (int page = 1; page <= PdfProbe.Pages(pdf); page++)
        {
            var (w, h, gray) = Render(pdf, page);
            bool Ink(int x, int y) => gray[y * w + x] < 128;
            bool RowHasInk(int y) { for (int x = 0; x < w; x++) if (Ink(x, y)) return true; return false; }
            // The rule: a row whose ink is one unbroken run of more than 40 pt (a text line's ink is broken by spaces).
            int rule = -1;
            for (int y = 0; y < h && rule < 0; y++)
            {
                int run = 0, best = 0, runs = 0;
                for (int x = 0; x < w; x++)
                {
                    if (Ink(x, y)) { if (run++ == 0) runs++; best = Math.Max(best, run); }
                    else run = 0;
                }
                if (runs == 1 && best > 40 * PxPerPt) rule = y;
            }
            if (rule < 0) continue;
            int thick = rule;
            while (thick + 1 < h && RowHasInk(thick + 1) && !RowHasInk(thick + 3)) thick++;
            int above = rule - 1, below = thick + 1;
            while (above > 0 && !RowHasInk(above)) above--;
            while (below < h - 1 && !RowHasInk(below)) below++;
            gaps.Add((page, (rule - above - 1) / PxPerPt, (below - thick - 1) / PxPerPt));
        }
        return gaps;
    }

    static (int W, int H, byte[] Gray) Render(string pdf, int page)
    {
        var p = page.ToString(CultureInfo.InvariantCulture);
        var bytes = PdfProbe.RunBytes("pdftoppm", "-gray", "-r", Dpi.ToString(CultureInfo.InvariantCulture), "-f", p, "-l", p, pdf);
        int pos = 0;
        string Token()
        {
            while (char.IsWhiteSpace((char)bytes[pos])) pos++;
            int start = pos;
            while (!char.IsWhiteSpace((char)bytes[pos])) pos++;
            return Encoding.ASCII.GetString(bytes, start, pos - start);
        }
        Assert.Equal("P5", Token());
        int w = int.Parse(Token(), CultureInfo.InvariantCulture), h = int.Parse(Token(), CultureInfo.InvariantCulture);
        Token();
        pos++;
        return (w, h, bytes[pos..(pos + w * h)]);
    }

    [Fact]
    public void The_note_rule_stands_clear_of_the_text_and_closer_to_the_notes_it_heads()
    {
        var b = BuildProject(new Dictionary<string, string>
        {
            ["book.yaml"] = BookYaml("one.md"),
            ["one.md"] = Chapter(),
        });
        Assert.True(b.Ok, b.Stderr);
        var gaps = Gaps(b.Pdf);
        Assert.True(gaps.Count >= 3, $"{gaps.Count} pages with notes");
        foreach (var (page, above, below) in gaps)
        {
            // LuaLaTeX with memoir sets 9 pt of clear space under a line's descenders (12 pt less the rule's 3 pt);
            // before this the tool left about 6 pt, and the rule read as the text's underline.
            Assert.True(above >= 8, $"page {page}: {above:0.0} pt between the text and the note rule");
            Assert.True(below < above, $"page {page}: the rule is {below:0.0} pt above the notes but {above:0.0} pt below the text");
        }
    }
}
