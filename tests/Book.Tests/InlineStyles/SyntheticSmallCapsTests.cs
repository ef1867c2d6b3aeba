using System.Text;
using Book.Fonts;
using Book.Layout.Paragraphs;
using Book.Layout.Styles;

namespace Book.Tests.InlineStyles;

/// <summary>
/// Small caps in a font that has no 'smcp' of its own: Literata with that feature's tag renamed, so it
/// stays the same font otherwise. Its lowercase letters are set as capitals at three quarters of the
/// size; its capitals, and every run that is not small caps, are set as before.
/// </summary>
public sealed class SyntheticSmallCapsTests
{
    static OpenTypeFont WithoutSmallCaps(FontStyle style)
    {
        var bytes = File.ReadAllBytes(Path.Combine(RepoPaths.Root, "fonts", $"Literata-{style}.ttf"));
        var tag = Encoding.ASCII.GetBytes("smcp");
        int at = bytes.AsSpan().IndexOf(tag);
        Assert.True(at > 0, "Literata has an smcp feature to hide");
        Assert.Equal(-1, bytes.AsSpan(at + 4).IndexOf(tag)); // its one feature record
        bytes[at + 3] = (byte)'x';
        return OpenTypeFont.Load(bytes);
    }

    static readonly Lazy<FontSet> Fonts = new(() => new FontSet
    {
        Regular = WithoutSmallCaps(FontStyle.Regular), Italic = WithoutSmallCaps(FontStyle.Italic),
        Bold = WithoutSmallCaps(FontStyle.Bold), BoldItalic = WithoutSmallCaps(FontStyle.BoldItalic),
    });

    [Fact]
    public void Lowercase_letters_become_smaller_capitals_and_capitals_stay()
    {
        var font = Fonts.Value.Regular;
        Assert.Empty(font.SingleSubstitutions("smcp"));
        var setter = new ParagraphSetter(Fonts.Value);
        var runs = new List<StyledRun>
        {
            new("said ", FontFlags.None, 10, "en"),
            new("Lovelace", FontFlags.None, 10, "en", SmallCaps: true),
            new(" once", FontFlags.None, 10, "en"),
        };
        var line = Assert.Single(setter.Set(runs, new ParagraphSpec(300, 13, Alignment.Left), out _));
        var capital = Assert.Single(line.Pieces, p => p.Size == 10 && p.Text.Contains('L'));
        Assert.Equal(10, capital.Size);
        Assert.Equal(font.GetGlyph('L'), capital.Glyphs[capital.Text.IndexOf('L')].Glyph);
        var small = Assert.Single(line.Pieces, p => p.Text == "OVELACE");
        Assert.Equal(7.5, small.Size, 3);
        Assert.Equal(font.GetGlyph('O'), small.Glyphs[0].Glyph);
        Assert.True(small.X > capital.X, "the small capitals follow the capital on the line");
        Assert.Contains(line.Pieces, p => p.Text.Contains("once", StringComparison.Ordinal) && p.Size == 10);
    }
}
