using Book.Pdf.Export;

namespace Book.Tests.Pdf;

public class FontPartsTests
{
    [Fact]
    public void ToUnicodeUsesRangesForRunsAndCharsForTheRest()
    {
        var map = new Dictionary<ushort, string>
        {
            [0x24] = "A", [0x25] = "B", [0x26] = "C",   // a range
            [0x30] = "ffi",                              // ligature: several characters
            [0x31] = "ı",
            [0x40] = "\U0001F600",                       // surrogate pair: never in a range
        };
        string cmap = ToUnicodeCMap.Build(map);
        Assert.Contains("1 beginbfrange\n<0024> <0026> <0041>\nendbfrange", cmap);
        Assert.Contains("3 beginbfchar\n<0030> <006600660069>\n<0031> <0131>\n<0040> <D83DDE00>\nendbfchar", cmap);
        Assert.Contains("<0000> <FFFF>", cmap);
        Assert.EndsWith("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n", cmap);
    }

    [Fact]
    public void ToUnicodeRangesDoNotCrossAHighByteOfTheGlyphId()
    {
        var map = new Dictionary<ushort, string> { [0x00FF] = "a", [0x0100] = "b" };
        string cmap = ToUnicodeCMap.Build(map);
        Assert.DoesNotContain("bfrange", cmap);
        Assert.Contains("2 beginbfchar", cmap);
    }

    [Fact]
    public void ToUnicodeBlocksHoldAtMostAHundredEntries()
    {
        // Every other glyph, so nothing merges into ranges.
        var map = Enumerable.Range(0, 250).ToDictionary(i => (ushort)(i * 2), i => ((char)(0x4E00 + i * 3)).ToString());
        string cmap = ToUnicodeCMap.Build(map);
        Assert.Contains("100 beginbfchar", cmap);
        Assert.Contains("50 beginbfchar", cmap);
        Assert.Equal(3, System.Text.RegularExpressions.Regex.Matches(cmap, "endbfchar").Count);
    }

    [Fact]
    public void WidthsLeaveTheCommonWidthToDwAndCompactTheRest()
    {
        var widths = new Dictionary<ushort, double>
        {
            [3] = 250, [10] = 500, [11] = 500, [12] = 500, [13] = 600, [14] = 612.5,
            [20] = 700, [21] = 700, [22] = 700, [23] = 700, [40] = 900, [41] = 700,
        };
        var (dw, w) = WidthsArray.Build(widths);
        Assert.Equal(700, dw);
        Assert.Equal("[3 [250] 10 12 500 13 [600 612.5] 40 [900]]", w.ToString());
    }

    [Fact]
    public void WidthsTieBreakIsStable()
    {
        var (dw, w) = WidthsArray.Build(new Dictionary<ushort, double> { [5] = 600, [1] = 300 });
        Assert.Equal(300, dw);
        Assert.Equal("[5 [600]]", w.ToString());
    }

    [Fact]
    public void SubsetTagIsSixLettersAndDependsOnGlyphsAndName()
    {
        string a = SubsetTag.For("Literata-Regular", new ushort[] { 5, 3, 9 });
        Assert.Matches("^[A-Z]{6}$", a);
        Assert.Equal(a, SubsetTag.For("Literata-Regular", new ushort[] { 9, 5, 3, 3 }));
        Assert.NotEqual(a, SubsetTag.For("Literata-Regular", new ushort[] { 5, 3 }));
        Assert.NotEqual(a, SubsetTag.For("Literata-Italic", new ushort[] { 5, 3, 9 }));
    }

    [Theory]
    [InlineData(400, 88)]
    [InlineData(700, 166)]
    [InlineData(0, 88)]
    public void StemVGrowsWithWeight(int weight, int stemV) =>
        Assert.Equal(stemV, FontEmbedder.EstimateStemV(weight));

    [Fact]
    public void LiterataIsClassifiedAsSerif()
    {
        string path = Path.Combine(RepoRoot(), "fonts", "Literata-Regular.ttf");
        byte[] data = File.ReadAllBytes(path);
        // Literata has no OS/2 class or PANOSE; glyph 82 is its "I" (24 outline points).
        Assert.Equal((true, false), FontClassification.Classify(data, 82));
        Assert.Equal(2 | 4 | 64, FontClassification.Flags(data, 82, fixedPitch: false, italic: true));
        // Without a usable "I" we cannot tell and claim nothing.
        Assert.Equal((false, false), FontClassification.Classify(data, 0));
    }

    internal static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Book.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Book.sln not found above " + AppContext.BaseDirectory);
    }
}
