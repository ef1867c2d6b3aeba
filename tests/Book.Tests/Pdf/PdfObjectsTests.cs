using System.Globalization;
using Book.Pdf.Syntax;

namespace Book.Tests.Pdf;

public class PdfObjectsTests
{
    [Theory]
    [InlineData(0, "0")]
    [InlineData(-0.0, "0")]
    [InlineData(-0.0001, "0")]
    [InlineData(2, "2")]
    [InlineData(419.53, "419.53")]
    [InlineData(595.2756, "595.276")]
    [InlineData(0.1 + 0.2, "0.3")]
    [InlineData(-12.5, "-12.5")]
    [InlineData(1e-7, "0")]
    [InlineData(1.5e12, "1500000000000")]
    [InlineData(0.0005, "0.001")]
    public void NumbersHaveAtMostThreeDecimalsAndNoExponent(double value, string expected) =>
        Assert.Equal(expected, PdfNumber.Format(value));

    [Fact]
    public void NumbersIgnoreMachineCulture()
    {
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("de-DE"); // decimal comma
            Assert.Equal("3.25", PdfNumber.Format(3.25));
            CultureInfo.CurrentCulture = new CultureInfo("az-Latn-AZ");
            Assert.Equal("-1.5", new PdfNumber(-1.5).ToString());
        }
        finally { CultureInfo.CurrentCulture = saved; }
    }

    [Fact]
    public void NonFiniteNumbersAreRejected() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => PdfNumber.Format(double.NaN));

    [Theory]
    [InlineData("Type", "/Type")]
    [InlineData("Identity-H", "/Identity-H")]
    [InlineData("A B", "/A#20B")]
    [InlineData("a#b/(c)", "/a#23b#2F#28c#29")]
    [InlineData("Ş", "/#C5#9E")]
    public void NamesEscapeIrregularBytes(string name, string expected) =>
        Assert.Equal(expected, new PdfName(name).ToString());

    [Fact]
    public void LiteralStringsEscapeDelimitersAndControlBytes()
    {
        var s = new PdfString([(byte)'a', (byte)'(', (byte)')', (byte)'\\', (byte)'\n', 0x01, 0xFF]);
        Assert.Equal(@"(a\(\)\\\n\001\377)", s.ToString());
    }

    [Fact]
    public void HexStringsAreUpperCase() =>
        Assert.Equal("<00AB10FF>", new PdfString([0x00, 0xAB, 0x10, 0xFF], hex: true).ToString());

    [Fact]
    public void AsciiTextStaysLiteral() =>
        Assert.Equal("(Khojaly \\(1992\\))", PdfString.Text("Khojaly (1992)").ToString());

    [Fact]
    public void NonAsciiTextIsUtf16BigEndianWithBom()
    {
        var s = PdfString.Text("Xocalı");
        Assert.Equal(new byte[] { 0xFE, 0xFF, 0, (byte)'X', 0, (byte)'o', 0, (byte)'c', 0, (byte)'a', 0, (byte)'l', 0x01, 0x31 }, s.Bytes);
        Assert.Equal("<FEFF0058006F00630061006C0131>", s.ToString());
    }

    [Fact]
    public void DictionariesKeepInsertionOrderAndReplaceInPlace()
    {
        var d = new PdfDictionary("Page");
        d["B"] = 1;
        d["A"] = new PdfArray(1, 2.5, new PdfReference(7));
        d["B"] = true;
        d["Gone"] = PdfNull.Instance;
        d["Gone"] = null;
        Assert.Equal("<< /Type /Page /B true /A [1 2.5 7 0 R] >>", d.ToString());
    }

    [Fact]
    public void StreamsWriteTheirOwnLength()
    {
        var s = new PdfStream("abc"u8.ToArray());
        Assert.Equal("<< /Length 3 >>\nstream\nabc\nendstream", s.ToString());
    }

    [Fact]
    public void FlateStreamsRoundTrip()
    {
        byte[] data = System.Text.Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("0 0 m 10 10 l S\n", 50)));
        var s = PdfStream.Create(data, compress: true);
        Assert.Equal("FlateDecode", ((PdfName)s["Filter"]!).Value);
        Assert.True(s.Data.Length < data.Length);
        Assert.Equal(0x78, s.Data[0]); // zlib header, as FlateDecode expects
        Assert.Equal(data, Flate.Decompress(s.Data));
    }

    [Fact]
    public void DatesAreUtcInPdfFormat() =>
        Assert.Equal("D:19920226013000+00'00'",
            PdfDate.Format(new DateTimeOffset(1992, 2, 26, 5, 30, 0, TimeSpan.FromHours(4))));
}
