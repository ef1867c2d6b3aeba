using System.Globalization;
using System.Text.RegularExpressions;

namespace Book.Tests.Reliability;

/// <summary>
/// Characters the book's font lacks: a warning that names each (U+XXXX and the character) and
/// where it is, and a visible placeholder in the PDF that copies as U+FFFD, never a silent blank
/// and never another letter.
/// </summary>
public sealed class MissingGlyphTests
{
    const string Chapter = "# One\n\nA plain first paragraph.\n\nEmoji 😀, CJK 漢字 and Arabic مرحبا here.\n";

    [Fact]
    public void Each_missing_character_is_named_with_its_code_point_and_place()
    {
        var p = Hostile.Project(Chapter);
        var r = p.Build();
        Sane.Succeeds(r);
        var warning = Assert.Single(r.Stderr.Split('\n'), l => l.Contains("has no glyph", StringComparison.Ordinal));
        Assert.StartsWith("one.md:5:1: warning: the font (Literata) has no glyph for U+1F600 \u2018😀\u2019, U+6F22 \u2018漢\u2019, U+5B57 \u2018字\u2019",
            warning[warning.IndexOf("one.md", StringComparison.Ordinal)..]);
        Assert.Contains("U+0645 \u2018م\u2019", warning);
        Assert.Contains("placeholder", warning);
        Assert.Contains("0 errors, 1 warning", r.Stdout + r.Stderr);
    }

    [Fact]
    public void Each_missing_character_becomes_one_visible_placeholder_that_copies_as_the_replacement_character()
    {
        var p = Hostile.Project(Chapter);
        Sane.Succeeds(p.Build());
        var text = p.PdfText();
        // One placeholder per character: 1 emoji, 2 ideographs, 5 Arabic letters; the letters around them intact.
        var line = Assert.Single(text.Split('\n'), l => l.StartsWith("Emoji", StringComparison.Ordinal));
        Assert.Equal("Emoji \uFFFD, CJK \uFFFD\uFFFD and Arabic \uFFFD\uFFFD\uFFFD\uFFFD\uFFFD here.", line.Trim());
        Assert.DoesNotContain("😀", text);

        // Visible: the placeholders' box on the page has dark pixels.
        var (page, x, y, w, h) = WordBox(p.Pdf, "\uFFFD\uFFFD");
        Assert.True(DarkPixels(p.Pdf, page, x, y, w, h) > 20, "the placeholders are blank");
    }

    [Fact]
    public void Invisible_format_characters_the_font_lacks_are_dropped_without_a_warning()
    {
        // A variation selector and a zero-width joiner draw nothing: no box, no warning.
        var p = Hostile.Project("# One\n\nStar\uFE0F and joiner\u200D here.\n");
        var r = p.Build();
        Sane.Succeeds(r);
        Assert.DoesNotContain("has no glyph", r.Stderr);
        Assert.DoesNotContain("\uFFFD", p.PdfText());
        Assert.Contains("Star and joiner here.", p.PdfText());
    }

    [Fact]
    public void A_cluster_with_a_missing_part_is_one_placeholder()
    {
        // A thumbs-up with a skin-tone modifier is one character to a reader: one box.
        var p = Hostile.Project("# One\n\nThumbs 👍🏽 up.\n");
        var r = p.Build();
        Sane.Succeeds(r);
        Assert.Contains("U+1F44D", r.Stderr);
        Assert.Contains("Thumbs \uFFFD up.", p.PdfText());
    }

    [Fact]
    public void A_missing_character_in_a_note_is_reported_at_the_note()
    {
        var p = Hostile.Project("# One\n\nBody text.[^a]\n\n[^a]: A note with ✡ in it.\n");
        var r = p.Build();
        Sane.Succeeds(r);
        Assert.Matches(@"one\.md:5:\d+: warning: the font \(Literata\) has no glyph for U\+2721 \u2018✡\u2019", r.Stderr);
    }

    [Fact]
    public void A_missing_character_in_a_heading_or_table_is_reported()
    {
        var p = Hostile.Project("# One\n\n## Section ☯ two\n\n| A | B |\n|---|---|\n| ☮ | 1 |\n");
        var r = p.Build();
        Sane.Succeeds(r);
        Assert.Matches(@"one\.md:3:1: warning: .*U\+262F", r.Stderr);
        Assert.Matches(@"one\.md:5:1: warning: .*U\+262E", r.Stderr);
    }

    /// <summary>Page and box (points) of the first word containing <paramref name="needle"/>, from pdftotext -bbox.</summary>
    static (int Page, double X, double Y, double W, double H) WordBox(string pdf, string needle)
    {
        var r = PdfProbe.Run("pdftotext", "-bbox", pdf, "-");
        int page = 0;
        foreach (var line in r.StdOut.Split('\n'))
        {
            if (line.Contains("<page ", StringComparison.Ordinal)) page++;
            var m = Regex.Match(line, @"<word xMin=""([\d.]+)"" yMin=""([\d.]+)"" xMax=""([\d.]+)"" yMax=""([\d.]+)"">(.*)</word>");
            if (m.Success && m.Groups[5].Value.Contains(needle, StringComparison.Ordinal))
            {
                double D(int g) => double.Parse(m.Groups[g].Value, CultureInfo.InvariantCulture);
                return (page, D(1), D(2), D(3) - D(1), D(4) - D(2));
            }
        }
        throw new Xunit.Sdk.XunitException($"'{needle}' not found in the PDF");
    }

    /// <summary>Renders a crop at 144 dpi in grey and counts pixels darker than mid-grey.</summary>
    static int DarkPixels(string pdf, int page, double x, double y, double w, double h)
    {
        const double Scale = 2; // 144 dpi / 72 pt
        var prefix = Path.Combine(RepoPaths.TempDir("crop"), "crop");
        string I(double v) => ((int)Math.Round(v * Scale)).ToString(CultureInfo.InvariantCulture);
        var r = PdfProbe.Run("pdftoppm", "-f", page.ToString(CultureInfo.InvariantCulture), "-l", page.ToString(CultureInfo.InvariantCulture),
            "-r", "144", "-gray", "-x", I(x), "-y", I(y), "-W", I(w), "-H", I(h), "-singlefile", pdf, prefix);
        Assert.Equal(0, r.ExitCode);
        var bytes = File.ReadAllBytes(prefix + ".pgm");
        // P5 header: magic, width, height, maxval, each followed by whitespace; then one byte per pixel.
        int fields = 0, i = 0;
        while (fields < 4)
        {
            while (char.IsWhiteSpace((char)bytes[i])) i++;
            while (!char.IsWhiteSpace((char)bytes[i])) i++;
            fields++;
        }
        i++;
        return bytes.Skip(i).Count(b => b < 128);
    }
}
