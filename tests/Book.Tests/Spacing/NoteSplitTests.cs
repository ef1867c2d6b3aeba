using System.Globalization;
using Book.Synthetic;

namespace Book.Tests.Spacing;

/// <summary>
/// Notes split across pages as TeX splits an insertion: never one line alone on either page, never a
/// page ending on a hyphen inside a note. Judged on the 90-note book's PDF alone (pdftotext -bbox-layout):
/// a note's first line starts with its number, the next one expected; note lines before it at a
/// page's foot continue the previous page's note.
/// </summary>
public sealed class NoteSplitTests
{
    [Fact]
    public void No_note_leaves_a_lone_line_or_a_hyphen_at_a_page_break()
    {
        var pages = NoteLines(NoteBookFixture.Pdf);
        int expected = 1, splits = 0;
        var problems = new List<string>();
        // The note running at the foot of the previous page: how many of its lines stood there, and its last line.
        (int Note, int Lines, string Last)? open = null;
        foreach (var (page, lines) in pages)
        {
            int continued = 0;
            (int Note, int Lines, string Last)? current = null;
            foreach (var line in lines)
            {
                var first = line.Split(' ')[0];
                if (int.TryParse(first, NumberStyles.None, CultureInfo.InvariantCulture, out int n) && n == expected)
                {
                    // A paired row holds two notes: the next number may follow on the same line.
                    expected++;
                    while (line.Contains(" " + expected.ToString(CultureInfo.InvariantCulture) + " ", StringComparison.Ordinal)) expected++;
                    current = (n, 1, line);
                }
                else if (current is { } c) current = (c.Note, c.Lines + 1, line);
                else continued++;
            }
            if (continued > 0 && open is { } o)
            {
                splits++;
                if (o.Lines < 2) problems.Add($"note {o.Note}: one line alone at the foot of page {page - 1}");
                if (continued < 2) problems.Add($"note {o.Note}: one line alone at the top of the notes on page {page}");
                if (o.Last.EndsWith('\u2010') || o.Last.EndsWith('-')) problems.Add($"note {o.Note}: page {page - 1} ends on a hyphen: “{o.Last}”");
            }
            open = current;
        }
        Assert.True(expected > NoteBook.Notes, $"only {expected - 1} of {NoteBook.Notes} notes found; the reader lost its way");
        Assert.True(splits > 0, "no note was split; the test lost its point");
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Fact]
    public void Paired_short_notes_stand_well_apart()
    {
        var words = PdfProbe.Words(NoteBookFixture.Pdf);
        int pairs = 0;
        foreach (var line in words.GroupBy(w => (w.Page, Math.Round(w.YMax))))
        {
            var ws = line.OrderBy(w => w.XMin).ToList();
            for (int i = 2; i < ws.Count; i++)
            {
                // A note ends ("Ibid.") and the next one's number follows on the same row: the right-hand note of a pair.
                if (!ws[i].Text.All(char.IsAsciiDigit) || !ws[i - 1].Text.EndsWith('.') || !NoteSized(ws[i]) || !NoteSized(ws[i - 1])) continue;
                pairs++;
                double gap = ws[i].XMin - ws[i - 1].XMax;
                Assert.True(gap >= 2.5 * 8.4, $"page {ws[i].Page}: paired notes {gap:0.0} pt apart: {string.Join(' ', ws.Select(w => w.Text))}");
            }
        }
        Assert.True(pairs > 0, "no paired notes found; the test lost its point");
        // Notes are set at 8.4 pt, the body at 10.5: word boxes about 12.5 and 15.6 pt tall, raised marks 10.6.
        static bool NoteSized(PdfProbe.Word w) => w.YMax - w.YMin is > 11.5 and < 13.5;
    }

    /// <summary>Each page's note lines, in order: lines in the notes' type below the page's last body line, the folio left out.</summary>
    static List<(int Page, List<string> Lines)> NoteLines(string pdf)
    {
        var words = PdfProbe.Words(pdf);
        // The body's and the notes' type are the two commonest word heights; the body's is the taller.
        double body = words.GroupBy(w => Math.Round(w.YMax - w.YMin, 1)).OrderByDescending(g => g.Count()).Take(2).Max(g => g.Key);
        var result = new List<(int, List<string>)>();
        foreach (var page in words.GroupBy(w => w.Page).OrderBy(g => g.Key))
        {
            var lines = page.GroupBy(w => Math.Round(w.YMax)).OrderBy(g => g.Key)
                .Select(g => g.OrderBy(w => w.XMin).ToList()).ToList();
            double lastBody = lines.Where(l => l.Max(w => w.YMax - w.YMin) > body * 0.95 && l.Max(w => w.YMax - w.YMin) < body * 1.05).Select(l => l[0].YMax).DefaultIfEmpty(0).Max();
            var notes = lines.Where(l => l[0].YMax > lastBody && l.Max(w => w.YMax - w.YMin) < body * 0.9
                    && !(l.Count == 1 && l[0].Text.All(char.IsAsciiDigit)))
                .Select(l => string.Join(' ', l.Select(w => w.Text))).ToList();
            result.Add((page.Key, notes));
        }
        return result;
    }
}
