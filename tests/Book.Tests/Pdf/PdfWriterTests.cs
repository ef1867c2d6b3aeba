using System.Text;
using Book.Fonts;
using Book.Pages;
using Book.Pdf;

namespace Book.Tests.Pdf;

/// <summary>End-to-end: a hand-made two-page A5 tree with real Literata text, judged by qpdf and poppler.</summary>
public class PdfWriterTests
{
    private const double W = 419.53, H = 595.28;
    private const string Names = "Bağırov Şücayet Hüseyinova Xocalı office";

    static GlyphRun Run(OpenTypeFont font, double size, double x, double y, string text, float extraSpace = 0) =>
        SampleTrees.Run(font, size, x, y, text, extraSpace);

    private static byte[] WriteBytes(PageTree tree, PdfWriteOptions? options = null)
    {
        using var buffer = new MemoryStream();
        PdfWriter.Write(tree, buffer, options);
        return buffer.ToArray();
    }

    private static string WriteTemp(PageTree tree)
    {
        string path = PdfProbe.TempPath();
        using (var file = File.Create(path)) PdfWriter.Write(tree, file);
        return path;
    }

    [Fact]
    public void QpdfFindsNoErrors()
    {
        string path = WriteTemp(SampleTrees.TwoPages());
        try
        {
            var check = PdfProbe.QpdfCheck(path);
            Assert.True(check.ExitCode == 0, check.ToString());
            Assert.Contains("No syntax or stream encoding errors found", check.StdOut);
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void EveryFontIsEmbeddedSubsetAndMappedToUnicode()
    {
        string path = WriteTemp(SampleTrees.TwoPages());
        try
        {
            var fonts = PdfProbe.PdfFonts(path);
            Assert.Equal(2, fonts.Count); // one per OpenTypeFont instance, shared by both pages
            Assert.All(fonts, f =>
            {
                Assert.Matches("^[A-Z]{6}\\+Literata-", f.Name);
                Assert.Equal("CID TrueType", f.Type);
                Assert.Equal("Identity-H", f.Encoding);
                Assert.True(f.Embedded, f.Name + " not embedded");
                Assert.True(f.Subset, f.Name + " not subset");
                Assert.True(f.Unicode, f.Name + " has no ToUnicode");
            });
            Assert.Contains(fonts, f => f.Name.EndsWith("Literata-Regular", StringComparison.Ordinal));
            Assert.Contains(fonts, f => f.Name.EndsWith("Literata-Italic", StringComparison.Ordinal));
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void PdfInfoShowsTitleAndA5PageSize()
    {
        string path = WriteTemp(SampleTrees.TwoPages());
        try
        {
            var info = PdfProbe.PdfInfo(path);
            Assert.Equal("Xocalı: sample", info["Title"]);
            Assert.Equal("Test Editor", info["Author"]);
            Assert.Equal("2", info["Pages"]);
            Assert.StartsWith("419.53 x 595.28 pts", info["Page size"]);
            Assert.Equal("no", info["Encrypted"]);
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void TextExtractsExactlyIncludingAzerbaijaniLettersAndLigatures()
    {
        string path = WriteTemp(SampleTrees.TwoPages());
        try
        {
            string page1 = PdfProbe.PdfToText(path, 1, 1);
            Assert.Contains(Names, page1);
            Assert.Contains("Xocalı office efficient", page1);
            Assert.Contains("See the second page", page1);
            string page2 = PdfProbe.PdfToText(path, 2, 2);
            Assert.Contains("Hüseyinova", page2);
            Assert.DoesNotContain("Bağırov", page2);
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void LigaturesAreSingleGlyphsThatMapBackToSeveralCharacters()
    {
        var tree = SampleTrees.TwoPages();
        var office = ((GlyphRun)tree.Pages[0].Items[2]).Glyphs;
        Assert.Contains(office, g => g.Length == 3); // the test really uses an ffi ligature

        string pdf = Encoding.Latin1.GetString(WriteBytes(tree, new PdfWriteOptions(Compress: false)));
        Assert.Contains("<006600660069>", pdf);   // ToUnicode: one glyph → "ffi"
        Assert.Contains("/Encoding /Identity-H", pdf);
        Assert.Contains("/CIDToGIDMap /Identity", pdf);
        Assert.Contains("/Registry (Adobe) /Ordering (Identity) /Supplement 0", pdf);
        Assert.Contains("/Flags 70", pdf);  // italic + symbolic + serif
        Assert.Contains("/Flags 6 ", pdf);  // regular: symbolic + serif
        Assert.Matches(@"/FontFile2 \d+ 0 R", pdf);
        Assert.Matches(@"/Length1 \d+", pdf);
    }

    [Fact]
    public void StretchedSpacesBecomeTjAdjustments()
    {
        string pdf = Encoding.Latin1.GetString(WriteBytes(SampleTrees.TwoPages(), new PdfWriteOptions(Compress: false)));
        // 1.7 pt extra at 11 pt = 154.5 thousandths, moving right → negative.
        Assert.Contains(">-154.5<", pdf);
        Assert.Contains("/F1 11 Tf\n1 0 0 1 56.69 515.28 Tm\n", pdf);
        Assert.Contains("0.3 g\n/F1 9 Tf\n", pdf);
    }

    [Fact]
    public void TwoWritesAreByteIdentical()
    {
        byte[] first = WriteBytes(SampleTrees.TwoPages());
        byte[] second = WriteBytes(SampleTrees.TwoPages());
        Assert.Equal(first, second);

        // And not trivially so: different content gives a different /ID.
        var other = SampleTrees.TwoPages();
        other.Pages[1].Items.Add(new Rule(0, 0, 10, 10, 1));
        Assert.NotEqual(first, WriteBytes(other));
    }

    [Fact]
    public void LinkResolvesToTheAnchorOnPageTwo()
    {
        string path = WriteTemp(SampleTrees.TwoPages());
        try
        {
            var result = PdfProbe.Run("qpdf", "--json", "--json-key=outlines", path);
            Assert.Equal(0, result.ExitCode);
            using var json = System.Text.Json.JsonDocument.Parse(result.StdOut);
            var top = json.RootElement.GetProperty("outlines")[0];
            Assert.Equal("Başlanğıc", top.GetProperty("title").GetString());
            Assert.Equal(2, top.GetProperty("kids")[0].GetProperty("destpageposfrom1").GetInt32());

            string pdf = Encoding.Latin1.GetString(WriteBytes(SampleTrees.TwoPages(), new PdfWriteOptions(Compress: false)));
            Assert.Contains("/Subtype /Link /Rect [56.69 473.28 136.69 483.28] /Border [0 0 0] /F 4 /Dest (page-two)", pdf);
            Assert.Matches(@"\(page-two\) \[4 0 R /XYZ 0 523.28 null\]", pdf);
        }
        finally { File.Delete(path); }
    }
}
