using Book.Fonts;
using Book.Pages;

namespace Book.Tests;

/// <summary>Page trees made by hand, for tests of the writers below layout (PDF, print impositions).</summary>
public static class SampleTrees
{
    private const double W = 419.53, H = 595.28;
    private const string Names = "Bağırov Şücayet Hüseyinova Xocalı office";

    /// <summary>
    /// Places text glyph by glyph from the cmap, standing in for the shaper: "ffi"/"fi"/"ff"
    /// become the font's ligature glyphs (found by 'post' name: one glyph, several characters)
    /// and spaces are stretched like a justified line, so TJ adjustments and ToUnicode
    /// ligatures are exercised.
    /// </summary>
    public static GlyphRun Run(OpenTypeFont font, double size, double x, double y, string text, float extraSpace = 0)
    {
        var glyphs = new List<PlacedGlyph>();
        for (int i = 0; i < text.Length;)
        {
            int length = 1;
            ushort glyph = font.GetGlyph(text[i]);
            foreach (var (sequence, ligatureName) in new[] { ("ffi", "f_f_i"), ("fi", "f_i"), ("ff", "f_f") })
            {
                if (string.CompareOrdinal(text, i, sequence, 0, sequence.Length) != 0) continue;
                ushort ligature = PostGlyphNames.Find(font.Data.Span, ligatureName);
                if (ligature == 0) ligature = PostGlyphNames.Find(font.Data.Span, ligatureName + ".liga"); // Italic's naming
                if (ligature == 0) continue;
                glyph = ligature;
                length = sequence.Length;
                break;
            }
            Assert.NotEqual(0, glyph);
            float advance = (float)(font.GetAdvance(glyph) * size / font.UnitsPerEm);
            if (text[i] == ' ') advance += extraSpace;
            glyphs.Add(new PlacedGlyph(glyph, advance, i, length));
            i += length;
        }
        return new GlyphRun(font, size, x, y, text, glyphs.ToArray());
    }

    /// <summary>A hand-made two-page A5 tree: Literata text with ligatures and stretched spaces, a rule, a gray run,
    /// an internal link, an anchor, a filled rectangle, roman and arabic folios, a two-level outline.</summary>
    public static PageTree TwoPages()
    {
        var regular = OpenTypeFont.LoadBundled(FontStyle.Regular);
        var italic = OpenTypeFont.LoadBundled(FontStyle.Italic);
        var tree = new PageTree
        {
            Info = new DocumentInfo("Xocalı: sample", "Test Editor", "PDF writer test", "az",
                new DateTimeOffset(1992, 2, 26, 0, 0, 0, TimeSpan.Zero), "Khojaly", "book tests"),
        };

        var p1 = new Page(W, H, FolioStyle.Roman, 1);
        p1.Items.Add(new Anchor("top", 0));
        p1.Items.Add(Run(regular, 11, 56.69, 80, Names, extraSpace: 1.7f));
        p1.Items.Add(Run(italic, 11, 56.69, 96, "Xocalı office efficient"));
        p1.Items.Add(new Rule(56.69, 104, 362.84, 104, 0.4));
        p1.Items.Add(Run(regular, 9, 56.69, 120, "See the second page") with { Gray = 0.3 });
        p1.Items.Add(new LinkArea(56.69, 112, 80, 10, null, "page-two"));
        p1.Items.Add(Run(regular, 8, 200, 560, "i"));

        var p2 = new Page(W, H, FolioStyle.Arabic, 1);
        p2.Items.Add(new Anchor("page-two", 72));
        p2.Items.Add(new FilledRect(56.69, 60, 306.15, 16, 0.9));
        p2.Items.Add(Run(italic, 12, 56.69, 72, "Hüseyinova"));
        p2.Items.Add(Run(regular, 8, 200, 560, "1"));

        tree.Pages.Add(p1);
        tree.Pages.Add(p2);
        tree.Outline.Add(new OutlineEntry("Başlanğıc", "top", [new OutlineEntry("Second page", "page-two", [])]));
        return tree;
    }
}
