using System.Runtime.CompilerServices;
using Book.Pages;

namespace Book.Tests.Performance;

/// <summary>Every glyph of a book is a PlacedGlyph held until the PDF is written: it must stay packed.</summary>
public sealed class PlacedGlyphLayoutTests
{
    [Fact]
    public void A_placed_glyph_takes_twelve_bytes() => Assert.Equal(12, Unsafe.SizeOf<PlacedGlyph>());

    [Fact]
    public void Its_fields_read_back_as_given()
    {
        var g = new PlacedGlyph(65535, 5.25f, 1_000_000, 3);
        Assert.Equal((ushort)65535, g.Glyph);
        Assert.Equal(5.25f, g.Advance);
        Assert.Equal(1_000_000, g.Cluster);
        Assert.Equal(3, g.Length);
        Assert.Equal(g, new PlacedGlyph(65535, 5.25f, 1_000_000, 3));
        Assert.Equal(7, (g with { Length = 7 }).Length);
        var (glyph, advance, cluster, length) = g;
        Assert.Equal((65535, 5.25f, 1_000_000, 3), ((int)glyph, advance, cluster, length));
    }
}
