using System.Text;
using System.Text.RegularExpressions;
using Book.Fonts;
using Book.Pages;
using Book.Pdf;

namespace Book.Tests.Pdf;

/// <summary>The real shaper's output (GSUB ligatures, GPOS kerning) through the writer and back out via pdftotext.</summary>
public class ShapedTextPdfTests
{
    /// <summary>Shaped glyphs placed at their font advances (kerning included), as the typesetter does.</summary>
    public static GlyphRun Shaped(OpenTypeFont font, double size, double x, double y, string text)
    {
        var shaped = font.Shape(text);
        var glyphs = new PlacedGlyph[shaped.Count];
        for (int i = 0; i < shaped.Count; i++)
        {
            var g = shaped[i];
            glyphs[i] = new PlacedGlyph(g.Glyph, (float)(g.Advance * size / font.UnitsPerEm), g.Cluster, g.ClusterLength);
        }
        return new GlyphRun(font, size, x, y, text, glyphs);
    }

    [Fact]
    public void ShapedTextWithLigaturesAndKerningCopiesBackAsTyped()
    {
        var regular = OpenTypeFont.LoadBundled(FontStyle.Regular);
        var italic = OpenTypeFont.LoadBundled(FontStyle.Italic);
        string[] lines =
        [
            "AVATAR Tower Yalta — office efficient affluent",
            "Xocalı, 26 fevral 1992: Bağırov, Şücayet, Hüseyinova, İsmayıl, Əliyev",
        ];
        var tree = new PageTree { Info = new DocumentInfo("Shaped", null, null, "az", null, null, "tests") };
        var page = new Page(419.53, 595.28, FolioStyle.Arabic, 1);
        page.Items.Add(Shaped(regular, 10, 40, 80, lines[0]));
        page.Items.Add(Shaped(italic, 10, 40, 100, lines[1]));
        tree.Pages.Add(page);

        var ligature = ((GlyphRun)page.Items[0]).Glyphs.Where(g => g.Length > 1).ToList();
        Assert.NotEmpty(ligature); // the shaper really formed ligatures

        using var buffer = new MemoryStream();
        PdfWriter.Write(tree, buffer, new PdfWriteOptions(Compress: false));
        string pdf = Encoding.Latin1.GetString(buffer.ToArray());
        // Kerning differs from the /W widths, so some TJ adjustments must appear.
        Assert.Matches(@">-?\d+(\.\d)?<", pdf);

        string path = PdfProbe.TempPath();
        try
        {
            File.WriteAllBytes(path, buffer.ToArray());
            Assert.Equal(0, PdfProbe.QpdfCheck(path).ExitCode);
            string text = PdfProbe.PdfToText(path);
            var extracted = text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
            Assert.Equal(lines, extracted.Take(2));
        }
        finally { File.Delete(path); }
    }
}
