using System.Globalization;
using System.Xml.Linq;
using Book.Fonts;

namespace Book.Tests.Typesetting;

/// <summary>Lines as a reader sees them: justified to the margin, words copying back as typed, kerning applied.</summary>
public sealed class LineTests
{
    static readonly XNamespace X = "http://www.w3.org/1999/xhtml";

    /// <summary>pdftotext -bbox-layout: lines per block per page, with their right edge.</summary>
    static List<List<List<(double XMin, double XMax, string Text)>>> Blocks(string pdf)
    {
        var r = PdfProbe.Run("pdftotext", "-bbox-layout", pdf, "-");
        Assert.Equal(0, r.ExitCode);
        var doc = XDocument.Parse(r.StdOut);
        return doc.Descendants(X + "page").Select(page => page.Descendants(X + "block").Select(b => b.Elements(X + "line").Select(l =>
            (double.Parse(l.Attribute("xMin")!.Value, CultureInfo.InvariantCulture), double.Parse(l.Attribute("xMax")!.Value, CultureInfo.InvariantCulture),
             string.Join(" ", l.Elements(X + "word").Select(w => w.Value)))).ToList()).ToList()).ToList();
    }

    [Fact]
    public void Justified_lines_end_on_the_right_margin_and_none_sticks_out()
    {
        var md = "# Margins {#sec:m}\n\n" + string.Join("\n\n", Enumerable.Range(0, 12).Select(i => TestProjects.Prose(160, 50 + i))) + "\n";
        var pdf = TestProjects.Build(TestProjects.Write("Margin Test", ("one.md", md)), "margin-test");
        // A5 with the default margins: the text block's right edge is 14 mm in on rectos, 18 mm on versos.
        var blocks = Blocks(pdf);
        int checkedLines = 0, hung = 0;
        for (int p = 0; p < blocks.Count; p++)
        {
            bool recto = p % 2 == 0;
            double right = 419.53 - (recto ? 14 : 18) * 72 / 25.4;
            foreach (var block in blocks[p].Where(b => b.Count >= 3))
            {
                double left = block.Min(l => l.Item1);
                // Every line but a paragraph's last ends on the margin; a paragraph's last line is followed by
                // an indented first line, or ends the block.
                for (int i = 0; i < block.Count; i++)
                {
                    var line = block[i];
                    // A hyphen or stop at the end hangs into the margin by 0.7 of its width (protrusion), under 3 pt at
                    // 10.5 pt; a line ending in a letter ends on the margin.
                    // A word the breaker hyphenated copies whole from its first part (its /ActualText) and its tail
                    // as nothing, so the hyphen is not in the text: the next line then starts right of the margin,
                    // where the invisible tail stands.
                    bool tailFollows = i + 1 < block.Count && block[i + 1].XMin > left + 1;
                    bool hangs = tailFollows || line.Text.Length > 0 && line.Text[^1] is '\u2010' or '-' or '.' or ',' or ';' or ':' or '\u2019' or '\u201D' or ')';
                    double hang = hangs ? 3 : 0;
                    Assert.True(line.XMax <= right + 0.6 + hang, $"page {p + 1}: line sticks out to {line.XMax} > {right}: {line.Text}");
                    bool lastOfParagraph = i == block.Count - 1 || block[i + 1].XMin > left + 5;
                    if (!lastOfParagraph && hangs && line.XMax > right + 1) hung++;
                    if (!lastOfParagraph) Assert.True(line.XMax > right - 0.6 && line.XMax < right + 0.6 + hang, $"page {p + 1}: line ends at {line.XMax}, margin {right}: {line.Text}");
                }
                checkedLines += block.Count;
            }
        }
        Assert.True(checkedLines > 100);
        Assert.True(hung > 0, "no line's final hyphen or stop hangs into the margin: protrusion is off");
    }

    [Fact]
    public void Ligature_words_copy_back_as_typed()
    {
        var md = "# Words {#sec:w}\n\nAn efficient office keeps fluffy towels and affluent officials; the first flight of the ffi ligature.\n";
        var pdf = TestProjects.Build(TestProjects.Write("Words Test", ("one.md", md)), "words-test");
        var text = PdfProbe.PdfToText(pdf);
        foreach (var w in new[] { "efficient", "office", "fluffy", "affluent", "officials", "first", "flight" })
            Assert.Contains(w, text);
    }

    [Fact]
    public void A_kerned_pair_is_set_narrower_than_its_advances()
    {
        var md = "# Kerning {#sec:k}\n\nAV\n\nAA\n";
        var pdf = TestProjects.Build(TestProjects.Write("Kern Test", ("one.md", md)), "kern-test");
        var words = Blocks(pdf).SelectMany(p => p).SelectMany(b => b).ToList();
        double Width(string w) { var l = words.First(x => x.Text == w); return l.XMax - l.XMin; }
        var font = OpenTypeFont.LoadBundled(FontStyle.Regular);
        double Advances(string s) => s.Sum(c => font.GetAdvance(font.GetGlyph(c))) * 10.5 / font.UnitsPerEm;
        Assert.True(font.GetKerning(font.GetGlyph('A'), font.GetGlyph('V')) < 0);
        Assert.True(Width("AV") < Advances("AV") - 0.3, $"AV is {Width("AV")} wide, advances {Advances("AV")}");
        Assert.Equal(Advances("AA"), Width("AA"), 0.3);
    }
}
