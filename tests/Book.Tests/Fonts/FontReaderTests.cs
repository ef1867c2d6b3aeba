using Book.Fonts;

namespace Book.Tests.Fonts;

public class FontReaderTests
{
    private static readonly OpenTypeFont Regular = OpenTypeFont.LoadBundled(FontStyle.Regular);

    [Theory]
    [InlineData('A')]
    [InlineData('ə')]
    [InlineData('Ə')]
    [InlineData('İ')]
    [InlineData('ı')]
    [InlineData('ğ')]
    [InlineData('ş')]
    [InlineData('ç')]
    [InlineData('ö')]
    [InlineData('ü')]
    [InlineData('Ж')]
    public void Maps_azerbaijani_and_cyrillic_letters(char c)
    {
        var glyph = Regular.GetGlyph(c);
        Assert.NotEqual(0, glyph);
        Assert.True(glyph < Regular.GlyphCount);
        Assert.True(Regular.HasGlyph(c));
    }

    [Fact]
    public void Distinct_letters_get_distinct_glyphs()
    {
        Assert.NotEqual(Regular.GetGlyph('i'), Regular.GetGlyph('ı'));
        Assert.NotEqual(Regular.GetGlyph('I'), Regular.GetGlyph('İ'));
        Assert.NotEqual(Regular.GetGlyph('a'), Regular.GetGlyph('ə'));
    }

    [Theory]
    [InlineData(0x4E2D)]     // 中
    [InlineData(0x1F600)]    // emoji, outside the BMP
    [InlineData(0x10FFFF)]
    [InlineData(-1)]
    public void Missing_code_points_map_to_notdef(int codePoint)
    {
        Assert.Equal(0, Regular.GetGlyph(codePoint));
        Assert.False(Regular.HasGlyph(codePoint));
    }

    [Fact]
    public void Advances_are_plausible()
    {
        int space = Regular.GetAdvance(Regular.GetGlyph(' '));
        int m = Regular.GetAdvance(Regular.GetGlyph('m'));
        int i = Regular.GetAdvance(Regular.GetGlyph('i'));
        Assert.True(space > 0);
        Assert.True(m > i, $"m={m} i={i}");
        Assert.True(m < Regular.UnitsPerEm * 2);
        Assert.Equal(0, Regular.GetAdvance(ushort.MaxValue));
    }

    [Fact]
    public void Advances_match_the_raw_hmtx_record()
    {
        // Read hmtx by hand from the file to check the table plumbing independently.
        var data = Regular.Data.Span;
        int hmtx = FindTable(data, "hmtx");
        ushort glyph = Regular.GetGlyph('m');
        int expected = data[hmtx + 4 * glyph] << 8 | data[hmtx + 4 * glyph + 1];
        Assert.Equal(expected, Regular.GetAdvance(glyph));
    }

    [Fact]
    public void Metrics_are_read()
    {
        Assert.Equal(1000, Regular.UnitsPerEm);
        Assert.Equal("Literata", Regular.FamilyName);
        Assert.StartsWith("Literata", Regular.PostScriptName);
        Assert.DoesNotContain(' ', Regular.PostScriptName);
        Assert.True(Regular.Ascender > 0);
        Assert.True(Regular.Descender < 0);
        Assert.True(Regular.CapHeight > Regular.XHeight && Regular.XHeight > 0);
        Assert.True(Regular.CapHeight < Regular.Ascender);
        Assert.Equal(400, Regular.WeightClass);
        Assert.False(Regular.IsItalic);
        Assert.Equal(0, Regular.ItalicAngle);
        Assert.False(Regular.IsFixedPitch);
        var box = Regular.BoundingBox;
        Assert.True(box.XMin < box.XMax && box.YMin < 0 && box.YMax > 0);
        Assert.True(Regular.GlyphCount > 500);
    }

    [Fact]
    public void Other_faces_report_their_style()
    {
        var italic = OpenTypeFont.LoadBundled(FontStyle.Italic);
        var bold = OpenTypeFont.LoadBundled(FontStyle.Bold);
        var boldItalic = OpenTypeFont.LoadBundled(FontStyle.BoldItalic);
        Assert.True(italic.IsItalic);
        Assert.True(italic.ItalicAngle < 0);
        Assert.True(bold.WeightClass >= 700);
        Assert.False(bold.IsItalic);
        Assert.True(boldItalic.IsItalic && boldItalic.WeightClass >= 700);
        Assert.Equal("Literata", bold.FamilyName);
        Assert.NotEqual(Regular.PostScriptName, bold.PostScriptName);
    }

    [Fact]
    public void Bundled_fonts_are_cached()
    {
        Assert.Same(OpenTypeFont.LoadBundled(FontStyle.Bold), OpenTypeFont.LoadBundled(FontStyle.Bold));
    }

    [Fact]
    public void Load_reads_the_same_font_as_the_bundled_copy()
    {
        var loaded = OpenTypeFont.Load(Regular.Data.ToArray());
        Assert.Equal(Regular.GetGlyph('ə'), loaded.GetGlyph('ə'));
        Assert.Equal(Regular.PostScriptName, loaded.PostScriptName);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    [InlineData(12)]
    [InlineData(100)]
    [InlineData(5000)]
    public void Garbage_throws_FontFormatException(int length)
    {
        var random = new Random(length);
        var bytes = new byte[length];
        random.NextBytes(bytes);
        Assert.Throws<FontFormatException>(() => OpenTypeFont.Load(bytes));
    }

    [Fact]
    public void Truncated_font_throws_FontFormatException()
    {
        var bytes = Regular.Data.Span[..2000].ToArray();
        Assert.Throws<FontFormatException>(() => OpenTypeFont.Load(bytes));
    }

    [Fact]
    public void Corrupted_table_offsets_throw_FontFormatException()
    {
        // A valid header whose table records all point far past the end of the file.
        var bytes = Regular.Data.ToArray();
        int count = bytes[4] << 8 | bytes[5];
        for (int i = 0; i < count; i++)
        {
            int rec = 12 + 16 * i + 8;
            bytes[rec] = 0x7F;
        }
        Assert.Throws<FontFormatException>(() => OpenTypeFont.Load(bytes));
    }

    internal static int FindTable(ReadOnlySpan<byte> data, string tag)
    {
        int count = data[4] << 8 | data[5];
        for (int i = 0; i < count; i++)
        {
            int rec = 12 + 16 * i;
            if (data[rec] == tag[0] && data[rec + 1] == tag[1] && data[rec + 2] == tag[2] && data[rec + 3] == tag[3])
                return data[rec + 8] << 24 | data[rec + 9] << 16 | data[rec + 10] << 8 | data[rec + 11];
        }
        return -1;
    }
}

public class CorruptFontTests
{
    [Fact]
    public void Randomly_corrupted_fonts_fail_only_with_FontFormatException()
    {
        var original = OpenTypeFont.LoadBundled(FontStyle.Regular).Data.ToArray();
        var random = new Random(20240226);
        int rejected = 0;
        for (int i = 0; i < 150; i++)
        {
            var bytes = (byte[])original.Clone();
            // Aim at the directory, cmap and the layout tables, where offsets abound.
            int limit = (i % 3) switch { 0 => 400, 1 => 6100, _ => 150_000 };
            for (int k = random.Next(1, 20); k > 0; k--) bytes[random.Next(limit)] = (byte)random.Next(256);
            try
            {
                var font = OpenTypeFont.Load(bytes);
                font.Shape("office AV To");
                font.Subset([1, 2, 300]);
            }
            catch (FontFormatException)
            {
                rejected++;
            }
        }
        Assert.InRange(rejected, 1, 149); // some corruption is harmless, some is caught
    }
}
