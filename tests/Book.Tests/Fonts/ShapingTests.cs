using Book.Fonts;

namespace Book.Tests.Fonts;

public class ShapingTests
{
    private static readonly OpenTypeFont Regular = OpenTypeFont.LoadBundled(FontStyle.Regular);

    [Fact]
    public void Office_uses_the_ffi_ligature_with_a_three_char_cluster()
    {
        var shaped = Regular.Shape("office");
        Assert.True(Regular.HasLigatures);
        Assert.Equal(4, shaped.Count); // o, ffi, c, e
        var g = shaped.AsSpan();
        Assert.Equal((0, 1), (g[0].Cluster, g[0].ClusterLength));
        Assert.Equal((1, 3), (g[1].Cluster, g[1].ClusterLength));
        Assert.Equal((4, 1), (g[2].Cluster, g[2].ClusterLength));
        Assert.Equal((5, 1), (g[3].Cluster, g[3].ClusterLength));
        Assert.NotEqual(Regular.GetGlyph('f'), g[1].Glyph);
        Assert.Equal(Regular.GetGlyph('c'), g[2].Glyph);
    }

    [Theory]
    [InlineData("fi")]
    [InlineData("fl")]
    [InlineData("ff")]
    [InlineData("ffi")]
    [InlineData("ffl")]
    public void Standard_ligatures_form_one_glyph(string text)
    {
        foreach (var style in Enum.GetValues<FontStyle>())
        {
            var font = OpenTypeFont.LoadBundled(style);
            var shaped = font.Shape(text);
            Assert.Equal(1, shaped.Count);
            Assert.Equal(0, shaped[0].Cluster);
            Assert.Equal(text.Length, shaped[0].ClusterLength);
        }
    }

    [Fact]
    public void Longest_ligature_wins_and_distinct_ligatures_differ()
    {
        var ffi = Regular.Shape("ffi")[0].Glyph;
        var ff = Regular.Shape("ff")[0].Glyph;
        var fi = Regular.Shape("fi")[0].Glyph;
        Assert.Equal(3, new HashSet<ushort> { ffi, ff, fi }.Count);
        // "fff": ff + f or f + ff, but never three separate glyphs.
        Assert.Equal(2, Regular.Shape("fff").Count);
    }

    [Fact]
    public void Ligatures_can_be_turned_off()
    {
        var shaped = Regular.Shape("office", ligatures: false);
        Assert.Equal(6, shaped.Count);
        for (int i = 0; i < 6; i++)
        {
            Assert.Equal(i, shaped[i].Cluster);
            Assert.Equal(1, shaped[i].ClusterLength);
            Assert.Equal(Regular.GetGlyph("office"[i]), shaped[i].Glyph);
        }
    }

    [Fact]
    public void No_ligature_across_a_space_or_for_unrelated_letters()
    {
        Assert.Equal(3, Regular.Shape("f i").Count);
        Assert.Equal(2, Regular.Shape("fj").Count); // Literata has no fj in 'liga'
        Assert.Equal(2, Regular.Shape("ab").Count);
    }

    [Theory]
    [InlineData("AV")]
    [InlineData("To")]
    [InlineData("Yo")]
    [InlineData("LT")]
    public void Known_pairs_kern_negatively(string pair)
    {
        ushort l = Regular.GetGlyph(pair[0]), r = Regular.GetGlyph(pair[1]);
        int kern = Regular.GetKerning(l, r);
        Assert.True(kern < 0, $"{pair}: {kern}");
        Assert.True(kern > -Regular.UnitsPerEm / 2);

        var shaped = Regular.Shape(pair);
        Assert.Equal(Regular.GetAdvance(l) + kern, shaped[0].Advance);
        Assert.Equal(Regular.GetAdvance(r), shaped[1].Advance); // last glyph has no right neighbour
        Assert.Equal(Regular.GetAdvance(l) + Regular.GetAdvance(r) + kern, shaped.TotalAdvance);
    }

    [Fact]
    public void Kerning_is_zero_for_unrelated_pairs_and_can_be_turned_off()
    {
        Assert.Equal(0, Regular.GetKerning(Regular.GetGlyph('f'), Regular.GetGlyph('f'))); // checked against the font's class matrix
        Assert.Equal(0, Regular.GetKerning(ushort.MaxValue, 1));
        var unkerned = Regular.Shape("AV", kerning: false);
        Assert.Equal(Regular.GetAdvance(Regular.GetGlyph('A')), unkerned[0].Advance);
    }

    [Fact]
    public void Kerning_is_directional()
    {
        ushort a = Regular.GetGlyph('A'), v = Regular.GetGlyph('V');
        // Both orders kern in Literata, but the table is not symmetric by construction;
        // at least one of a handful of reversed pairs must differ.
        var pairs = new[] { "AV", "To", "Yo", "LT", "Ta" };
        Assert.Contains(pairs, p => Regular.GetKerning(Regular.GetGlyph(p[0]), Regular.GetGlyph(p[1]))
                                    != Regular.GetKerning(Regular.GetGlyph(p[1]), Regular.GetGlyph(p[0])));
        Assert.NotEqual(0, Regular.GetKerning(a, v));
    }

    [Fact]
    public void Surrogate_pairs_form_one_cluster_of_two_chars()
    {
        var shaped = Regular.Shape("a\U0001F600b");
        Assert.Equal(3, shaped.Count);
        Assert.Equal((1, 2), (shaped[1].Cluster, shaped[1].ClusterLength));
        Assert.Equal(0, shaped[1].Glyph); // Literata has no emoji
        Assert.Equal((3, 1), (shaped[2].Cluster, shaped[2].ClusterLength));
    }

    [Fact]
    public void Clusters_cover_the_text_exactly_once()
    {
        const string text = "Officially, the ﬁrst fluffy affair — Xocalı, İbrahim, Şuşa, Жизнь.";
        var shaped = Regular.Shape(text);
        int next = 0;
        foreach (var g in shaped.AsSpan())
        {
            Assert.Equal(next, g.Cluster);
            Assert.True(g.ClusterLength >= 1);
            next += g.ClusterLength;
        }
        Assert.Equal(text.Length, next);
        Assert.True(shaped.Count < text.Length);
    }

    [Fact]
    public void ShapeInto_reuses_the_buffer_and_MeasureText_agrees()
    {
        var buffer = new ShapedText(4);
        Regular.ShapeInto("A long enough line of text to grow the buffer", buffer);
        var storage = buffer.Glyphs;
        Regular.ShapeInto("office", buffer);
        Assert.Same(storage, buffer.Glyphs);
        Assert.Equal(4, buffer.Count);
        Assert.Equal(Regular.Shape("office").TotalAdvance, buffer.TotalAdvance);
        Assert.Equal(buffer.TotalAdvance, Regular.MeasureText("office"));
        Assert.Equal(0, Regular.MeasureText(""));
        Assert.Throws<ArgumentOutOfRangeException>(() => buffer[4]);
    }

    [Fact]
    public void Kerning_applies_between_ligature_and_neighbour()
    {
        // The advance of the ligature glyph includes kerning against what follows it.
        var shaped = Regular.Shape("fiT");
        Assert.Equal(2, shaped.Count);
        Assert.Equal(Regular.GetAdvance(shaped[0].Glyph) + Regular.GetKerning(shaped[0].Glyph, shaped[1].Glyph),
            shaped[0].Advance);
    }
}
