using Book.Pages;
using Xunit.Abstractions;

namespace Book.Tests.Typesetting;

/// <summary>
/// Floats and the room around them (issue 20): a table or chart never leaves a hole of more than
/// two lines on its page, and a heading after one keeps its full distance from the float's last
/// line (its source line or notes) — on the page where it stands and after it moved to the next
/// page's top. Judged on generated books with tables and charts of every height
/// (<see cref="MixedBook"/>) and on the booklet, from the typeset page tree.
/// </summary>
public sealed class FloatSpacingTests(ITestOutputHelper output)
{
    public static TheoryData<string> Books => new() { "booklet", "mixed-1", "mixed-2", "mixed-3", "mixed-4" };

    [Theory]
    [MemberData(nameof(Books))]
    public void A_float_leaves_no_hole_and_keeps_its_distance_from_a_heading(string book)
    {
        var result = PageDepths.Measure(book == "booklet" ? RepoPaths.Chapters : MixedBook.Write(int.Parse(book[6..], System.Globalization.CultureInfo.InvariantCulture)));
        double leading = result.Style.Leading;
        int floats = 0, headings = 0;
        var holes = new List<string>();
        var close = new List<string>();
        var pages = result.Tree.Pages;
        for (int p = 0; p < pages.Count; p++)
        {
            // Body text in reading order down the page: its baselines, and whether each is a float's, a heading's or running text.
            // A table's or chart's own notes and source line stand above the text's last line; the page's notes below it.
            var tagged = pages[p].Items.OfType<GlyphRun>().Where(r => r.Tag is not null).ToList();
            var text = tagged.Where(r => !PageDepths.InNote(r.Tag) && Math.Abs(r.Size - result.Style.BodySize) < 0.01).ToList();
            double lastText = text.Count > 0 ? text.Max(r => r.Y) : double.PositiveInfinity;
            var runs = tagged.Where(r => !PageDepths.InNote(r.Tag) || r.Y < lastText).ToList();
            if (!runs.Any(r => IsFloat(r.Tag))) continue;
            var lines = runs.GroupBy(r => Math.Round(r.Y, 1)).OrderBy(g => g.Key)
                .Select(g => (Y: g.Key, Float: g.Any(r => IsFloat(r.Tag) || PageDepths.InNote(r.Tag)), Heading: g.Any(r => IsHeading(r.Tag)))).ToList();
            for (int k = 0; k + 1 < lines.Count; k++)
            {
                var (a, b) = (lines[k], lines[k + 1]);
                if (a.Float == b.Float) continue;
                floats++;
                double gap = b.Y - a.Y;
                // Between a float and the text beside it: its space (0.6 of a line), the line, and at most two lines of hole.
                if (gap > 4.5 * leading) holes.Add($"page {p + 1}: {gap / leading:0.0} lines between {(a.Float ? "a float and the text after it" : "text and the float after it")}");
                if (a.Float && b.Heading)
                {
                    headings++;
                    // The space above a heading (1.2 lines) stands between the float's last line and the heading's line.
                    if (gap < 2.2 * leading) close.Add($"page {p + 1}: a heading {gap / leading:0.00} lines below a float's last line");
                }
            }
        }
        output.WriteLine($"{book}: {floats} float edges, {headings} headings after a float, {holes.Count} holes, {close.Count} headings too close");
        foreach (var s in holes.Concat(close)) output.WriteLine(s);
        Assert.True(floats >= 4, $"too few floats to judge ({floats} edges)");
        Assert.Empty(holes);
        Assert.Empty(close);
    }

    static bool IsFloat(StructElement? e) => Roles(e).Any(r => r is "Table" or "Figure");
    static bool IsHeading(StructElement? e) => Roles(e).Any(r => r.Length == 2 && r[0] == 'H' && char.IsAsciiDigit(r[1]));

    static IEnumerable<string> Roles(StructElement? e)
    {
        for (; e is not null; e = e.Parent) yield return e.Role;
    }
}
