using Book.Pages;
using Book.Pdf.Export;
using Book.Pdf.Syntax;

namespace Book.Tests.Pdf;

public class ContentTests
{
    [Fact]
    public void BuilderWritesOneOperatorPerLine()
    {
        var c = new ContentStreamBuilder()
            .SetFillGray(0.5).Rectangle(10, 20, 30.25, 40).Fill()
            .SetStrokeGray(0).SetLineWidth(0.4).MoveTo(0, 1).LineTo(2, 3).Stroke()
            .BeginText().SetFont("F1", 10.5).SetTextMatrix(1, 0, 0, 1, 72, 500.123456).EndText();
        Assert.Equal("0.5 g\n10 20 30.25 40 re\nf\n0 G\n0.4 w\n0 1 m\n2 3 l\nS\nBT\n/F1 10.5 Tf\n1 0 0 1 72 500.123 Tm\nET\n", c.ToString());
    }

    [Fact]
    public void TjSplitsHexStringsOnlyAtAdjustments()
    {
        var c = new ContentStreamBuilder().ShowGlyphs(
            new ushort[] { 0x24, 0x1A2, 0x3, 0x4 },
            new double[] { 0, -12.5, 0, 99 });   // the last adjustment is meaningless and dropped
        Assert.Equal("[<002401A2>-12.5<00030004>] TJ\n", c.ToString());
    }

    [Fact]
    public void NaturalAdvancesNeedNoAdjustment()
    {
        var glyphs = new[] { new PlacedGlyph(1, 5f, 0, 1), new PlacedGlyph(2, 6f, 1, 1), new PlacedGlyph(1, 5f, 2, 1) };
        var adjust = TextAdjustments.Compute(glyphs, g => g == 1 ? 500 : 600, 10);
        Assert.All(adjust, a => Assert.Equal(0, a));
    }

    [Fact]
    public void KerningBecomesAPositiveAdjustment()
    {
        // 10 pt, natural 5 pt, typeset 4.8 pt: 0.2 pt tighter = +20 thousandths.
        var glyphs = new[] { new PlacedGlyph(1, 4.8f, 0, 1), new PlacedGlyph(2, 6f, 1, 1) };
        var adjust = TextAdjustments.Compute(glyphs, g => g == 1 ? 500 : 600, 10);
        Assert.Equal(20, adjust[0], 3);
        Assert.Equal(0, adjust[1]);
    }

    [Fact]
    public void RoundingDoesNotDriftAcrossALongRun()
    {
        // Each glyph is 0.0001 pt wider than natural: far below the quantum on its own,
        // but 2000 of them add up to 0.2 pt that must be honoured.
        const int n = 2001;
        const double size = 9.7;
        double natural = 512.3 * size / 1000;
        var glyphs = Enumerable.Range(0, n).Select(i => new PlacedGlyph(7, (float)(natural + 0.0001), i, 1)).ToArray();
        var adjust = TextAdjustments.Compute(glyphs, _ => 512.3, size);

        double viewer = 0, typeset = 0;
        for (int i = 0; i < n - 1; i++)
        {
            viewer += 512.3 * size / 1000 - adjust[i] * size / 1000;
            typeset += glyphs[i].Advance;
            Assert.True(Math.Abs(viewer - typeset) < 0.001, $"drift {viewer - typeset} at glyph {i}");
        }
        Assert.True(adjust.Count(a => a != 0) < n / 4, "adjustments should be occasional, not on every glyph");
    }
}
