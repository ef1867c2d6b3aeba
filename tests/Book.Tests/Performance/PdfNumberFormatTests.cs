using System.Text;
using Book.Pdf.Syntax;

namespace Book.Tests.Performance;

/// <summary>
/// The content-stream number formatter took a fast integer path for speed; it must print
/// exactly what the reference "0.###" formatting prints, or PDFs would change bytes.
/// </summary>
public sealed class PdfNumberFormatTests
{
    [Theory]
    [InlineData(0.0)]
    [InlineData(-0.0001)]
    [InlineData(0.0004999)]
    [InlineData(0.0005)]
    [InlineData(-0.0005)]
    [InlineData(1.0005)]
    [InlineData(2.675)]
    [InlineData(123.4565)]
    [InlineData(-595.2756)]
    [InlineData(419.527559055)]
    [InlineData(999999999.9994)]
    [InlineData(999999999.9996)]
    [InlineData(1e12 + 0.25)]
    [InlineData(-3e15)]
    [InlineData(0.1 + 0.2)]
    [InlineData(12.300000000000001)]
    [InlineData(1.0)]
    [InlineData(-0.0)]
    [InlineData(-3.0)]
    [InlineData(595.0)]
    [InlineData(999999999.0)]
    [InlineData(1000000000.0)]
    [InlineData(-2147483648.0)]
    [InlineData(4294967296.0)]
    public void Matches_the_reference_formatting(double v) => Same(v);

    [Fact]
    public void Matches_the_reference_formatting_on_many_values()
    {
        var rng = new Random(11);
        for (int i = 0; i < 300_000; i++)
        {
            double scale = Math.Pow(10, rng.Next(-4, 11));
            double v = (rng.NextDouble() * 2 - 1) * scale;
            Same(v);
            Same(Math.Round(v, 4)); // values near a rounding midpoint
            Same(Math.Round(v, 3) + 0.0005);
        }
    }

    [Theory]
    [InlineData(0.0004999, "[<00010002>] TJ\n")]
    [InlineData(-0.0004999, "[<00010002>] TJ\n")]
    [InlineData(0.0005, "[<0001>0.001<0002>] TJ\n")]
    [InlineData(-0.0009, "[<0001>-0.001<0002>] TJ\n")]
    [InlineData(12.3, "[<0001>12.3<0002>] TJ\n")]
    public void A_TJ_adjustment_is_left_out_exactly_when_it_prints_as_zero(double adjust, string expected)
    {
        var c = new ContentStreamBuilder().ShowGlyphs(new ushort[] { 1, 2 }, new[] { adjust, 0 });
        Assert.Equal(expected, c.ToString());
    }

    [Fact]
    public void Rejects_non_finite_values()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => PdfNumber.Format(double.NaN));
        Assert.Throws<ArgumentOutOfRangeException>(() => PdfNumber.AppendTo(new StringBuilder(), double.PositiveInfinity));
    }

    static void Same(double v)
    {
        string expected = PdfNumber.FormatSlow(v);
        Assert.Equal(expected, PdfNumber.Format(v));
        var sb = new StringBuilder("x");
        PdfNumber.AppendTo(sb, v);
        Assert.Equal("x" + expected, sb.ToString());
        Assert.Equal(expected == "0", PdfNumber.IsZero(v));
        // The content-stream path writes bytes; when it takes a number it must print the same.
        Span<byte> bytes = stackalloc byte[32];
        if (PdfNumber.TryFormatAscii(v, bytes, out int n)) Assert.Equal(expected, Encoding.ASCII.GetString(bytes[..n]));
        else Assert.True(Math.Abs(v) >= 999_999_999.9995, $"{v} should take the fast path");
    }
}
