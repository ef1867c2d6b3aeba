using System.Buffers.Binary;
using Book.Fonts;

namespace Book.Tests.Fonts;

public class SubsetTests
{
    private static readonly OpenTypeFont Regular = OpenTypeFont.LoadBundled(FontStyle.Regular);

    /// <summary>An accented letter Literata builds from components (glyf numberOfContours &lt; 0).</summary>
    private static ushort CompositeAccentedLetter()
    {
        foreach (char c in "ğÜüöçşéÉáàİ")
        {
            ushort g = Regular.GetGlyph(c);
            if (NumberOfContours(Regular.Data.Span, g) < 0) return g;
        }
        throw new Xunit.Sdk.XunitException("No composite accented glyph found in Literata.");
    }

    [Fact]
    public void Closure_includes_composite_components_recursively()
    {
        ushort composite = CompositeAccentedLetter();
        var components = ComponentsByHand(Regular.Data.Span, composite);
        Assert.NotEmpty(components);

        var closure = Regular.GlyphClosure([composite]);
        Assert.Contains(composite, closure);
        foreach (var c in components) Assert.Contains(c, closure);
        Assert.True(Regular.IsCompositeGlyph(composite));
    }

    [Fact]
    public void Closure_of_simple_glyphs_is_themselves()
    {
        ushort a = Regular.GetGlyph('a'), b = Regular.GetGlyph('b');
        Assert.True(NumberOfContours(Regular.Data.Span, a) > 0);
        Assert.Equal(new HashSet<ushort> { a, b }, Regular.GlyphClosure([a, b, a]).ToHashSet());
    }

    [Fact]
    public void Subset_retains_composite_components_and_empties_the_rest()
    {
        ushort composite = CompositeAccentedLetter();
        ushort a = Regular.GetGlyph('a');
        var subset = Regular.Subset([composite, a]);

        var components = ComponentsByHand(Regular.Data.Span, composite);
        foreach (var g in components.Append(composite).Append(a).Append((ushort)0))
            Assert.True(GlyphLength(subset, g) > 0, $"glyph {g} should be kept");
        Assert.Equal(0, GlyphLength(subset, Regular.GetGlyph('z')));
        // Kept glyph data is byte-identical to the original outline.
        var original = GlyphBytes(Regular.Data.Span, a);
        Assert.True(GlyphBytes(subset, a)[..original.Length].SequenceEqual(original));
    }

    [Fact]
    public void Subset_reloads_with_same_glyph_ids_and_advances_and_is_small()
    {
        string text = "Xocalı faciəsi — Ğ ğ İ ş Ж";
        var glyphs = text.Select(c => Regular.GetGlyph(c)).Distinct().ToArray();
        var subset = Regular.Subset(glyphs);
        var reloaded = OpenTypeFont.Load(subset);

        Assert.Equal(Regular.GlyphCount, reloaded.GlyphCount);
        Assert.Equal(Regular.UnitsPerEm, reloaded.UnitsPerEm);
        Assert.Equal(Regular.PostScriptName, reloaded.PostScriptName);
        foreach (char c in text)
        {
            Assert.Equal(Regular.GetGlyph(c), reloaded.GetGlyph(c));
            Assert.Equal(Regular.GetAdvance(Regular.GetGlyph(c)), reloaded.GetAdvance(reloaded.GetGlyph(c)));
        }
        for (ushort g = 0; g < Regular.GlyphCount; g++)
            Assert.Equal(Regular.GetAdvance(g), reloaded.GetAdvance(g));
        Assert.Equal(0, reloaded.GetGlyph('q')); // not in the subset's cmap
        Assert.True(subset.Length * 4 < Regular.Data.Length, $"subset {subset.Length} bytes vs {Regular.Data.Length}");
    }

    [Fact]
    public void Subset_has_valid_structure_and_checksums()
    {
        var subset = Regular.Subset([Regular.GetGlyph('A'), Regular.GetGlyph('ğ')]);
        var s = subset.AsSpan();
        Assert.Equal(0x00010000u, BinaryPrimitives.ReadUInt32BigEndian(s));
        Assert.Equal(0, subset.Length % 4);
        int count = BinaryPrimitives.ReadUInt16BigEndian(s[4..]);
        uint previous = 0;
        var tags = new List<string>();
        for (int i = 0; i < count; i++)
        {
            var rec = s[(12 + 16 * i)..];
            uint tag = BinaryPrimitives.ReadUInt32BigEndian(rec);
            Assert.True(tag > previous, "tables sorted by tag");
            previous = tag;
            tags.Add(System.Text.Encoding.ASCII.GetString(rec[..4]));
            uint checksum = BinaryPrimitives.ReadUInt32BigEndian(rec[4..]);
            int offset = (int)BinaryPrimitives.ReadUInt32BigEndian(rec[8..]);
            int length = (int)BinaryPrimitives.ReadUInt32BigEndian(rec[12..]);
            Assert.Equal(0, offset % 4);
            var table = s.Slice(offset, length).ToArray();
            if (tags[^1] == "head") table.AsSpan(8, 4).Clear();
            Assert.Equal(checksum, Checksum(table));
        }
        foreach (var required in new[] { "head", "hhea", "hmtx", "maxp", "loca", "glyf", "post" })
            Assert.Contains(required, tags);
        Assert.DoesNotContain("GSUB", tags);
        Assert.DoesNotContain("GPOS", tags);
        Assert.Equal(0xB1B0AFBAu, Checksum(subset));

        // post is version 3 (no glyph names).
        int post = FontReaderTests.FindTable(s, "post");
        Assert.Equal(0x00030000u, BinaryPrimitives.ReadUInt32BigEndian(s[post..]));
    }

    [Fact]
    public void Subset_is_deterministic_and_independent_of_input_order()
    {
        ushort[] glyphs = [Regular.GetGlyph('b'), Regular.GetGlyph('ş'), Regular.GetGlyph('A')];
        var one = Regular.Subset(glyphs);
        var two = Regular.Subset(glyphs.Reverse().ToArray());
        Assert.Equal(one, two);
    }

    [Fact]
    public void Subset_of_every_glyph_keeps_all_outlines()
    {
        var all = Enumerable.Range(0, Regular.GlyphCount).Select(g => (ushort)g).ToArray();
        var subset = Regular.Subset(all);
        var reloaded = OpenTypeFont.Load(subset);
        for (ushort g = 0; g < Regular.GlyphCount; g++)
            Assert.Equal(GlyphBytes(Regular.Data.Span, g).Length > 0, GlyphLength(subset, g) > 0);
        Assert.Equal(Regular.GetGlyph('ə'), reloaded.GetGlyph('ə'));
    }

    // --- independent readers, so the tests do not trust the code under test ---

    private static uint Checksum(ReadOnlySpan<byte> bytes)
    {
        var padded = new byte[(bytes.Length + 3) & ~3];
        bytes.CopyTo(padded);
        uint sum = 0;
        for (int i = 0; i < padded.Length; i += 4)
            sum = unchecked(sum + BinaryPrimitives.ReadUInt32BigEndian(padded.AsSpan(i)));
        return sum;
    }

    private static ReadOnlySpan<byte> GlyphBytes(ReadOnlySpan<byte> font, int glyph)
    {
        int head = FontReaderTests.FindTable(font, "head");
        int loca = FontReaderTests.FindTable(font, "loca");
        int glyf = FontReaderTests.FindTable(font, "glyf");
        bool longLoca = BinaryPrimitives.ReadInt16BigEndian(font[(head + 50)..]) == 1;
        int start, end;
        if (longLoca)
        {
            start = (int)BinaryPrimitives.ReadUInt32BigEndian(font[(loca + 4 * glyph)..]);
            end = (int)BinaryPrimitives.ReadUInt32BigEndian(font[(loca + 4 * glyph + 4)..]);
        }
        else
        {
            start = 2 * BinaryPrimitives.ReadUInt16BigEndian(font[(loca + 2 * glyph)..]);
            end = 2 * BinaryPrimitives.ReadUInt16BigEndian(font[(loca + 2 * glyph + 2)..]);
        }
        return font.Slice(glyf + start, end - start);
    }

    private static int GlyphLength(ReadOnlySpan<byte> font, int glyph) => GlyphBytes(font, glyph).Length;

    private static int NumberOfContours(ReadOnlySpan<byte> font, int glyph)
    {
        var g = GlyphBytes(font, glyph);
        return g.Length == 0 ? 0 : BinaryPrimitives.ReadInt16BigEndian(g);
    }

    private static List<ushort> ComponentsByHand(ReadOnlySpan<byte> font, int glyph)
    {
        var g = GlyphBytes(font, glyph);
        var result = new List<ushort>();
        int p = 10;
        while (true)
        {
            ushort flags = BinaryPrimitives.ReadUInt16BigEndian(g[p..]);
            result.Add(BinaryPrimitives.ReadUInt16BigEndian(g[(p + 2)..]));
            p += 4 + ((flags & 1) != 0 ? 4 : 2);
            p += (flags & 0x08) != 0 ? 2 : (flags & 0x40) != 0 ? 4 : (flags & 0x80) != 0 ? 8 : 0;
            if ((flags & 0x20) == 0) break;
        }
        return result;
    }
}
