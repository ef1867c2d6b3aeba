using Book.Pdf.Print;

namespace Book.Tests.Print;

public class SaddleStitchTests
{
    [Theory]
    [InlineData(1, 4)]
    [InlineData(4, 4)]
    [InlineData(5, 8)]
    [InlineData(80, 80)]
    [InlineData(82, 84)]
    public void Pads_to_whole_sheets(int pages, int padded) => Assert.Equal(padded, SaddleStitch.PaddedCount(pages));

    [Fact]
    public void Eight_pages_nest_on_two_sheets()
    {
        Assert.Equal([(8, 1), (2, 7), (6, 3), (4, 5)], SaddleStitch.Sides(8));
    }

    [Fact]
    public void Every_page_is_printed_once_and_facing_pages_add_up()
    {
        foreach (int n in new[] { 4, 12, 40, 80, 81 })
        {
            var sides = SaddleStitch.Sides(n);
            int padded = SaddleStitch.PaddedCount(n);
            Assert.Equal(padded / 2, sides.Count);
            var all = sides.SelectMany(s => new[] { s.Left, s.Right }).OrderBy(p => p).ToList();
            Assert.Equal(Enumerable.Range(1, padded), all);
            // On a folded sheet the two pages of a side always sum to n + 1; odd pages (rectos) sit right of the fold.
            Assert.All(sides, s => Assert.Equal(padded + 1, s.Left + s.Right));
            Assert.All(sides, s => Assert.Equal(1, s.Right % 2));
        }
    }

    [Fact]
    public void Blank_pages_come_at_the_end_never_inside_the_text()
    {
        // 10 pages → 12: the blanks are pages 11 and 12, i.e. the last leaves, not between pages of text.
        var sides = SaddleStitch.Sides(10);
        var blanks = sides.SelectMany(s => new[] { s.Left, s.Right }).Where(p => p > 10).OrderBy(p => p);
        Assert.Equal([11, 12], blanks);
    }
}
