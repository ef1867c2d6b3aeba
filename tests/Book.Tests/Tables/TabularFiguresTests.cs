using Book.Fonts;

namespace Book.Tests.Tables;

/// <summary>The font side of tabular figures: GSUB single substitutions read from the bundled Literata.</summary>
public sealed class TabularFiguresTests
{
    static readonly OpenTypeFont Regular = OpenTypeFont.LoadBundled(FontStyle.Regular);

    [Fact]
    public void Literata_default_figures_are_proportional_so_tables_need_tnum()
    {
        var advances = "0123456789".Select(d => Regular.GetAdvance(Regular.GetGlyph(d))).Distinct().ToList();
        Assert.True(advances.Count > 1, "if the default figures were already tabular this feature would be moot");
    }

    [Theory]
    [InlineData(FontStyle.Regular)]
    [InlineData(FontStyle.Italic)]
    [InlineData(FontStyle.Bold)]
    public void Tnum_maps_every_figure_to_a_glyph_of_one_common_width(FontStyle style)
    {
        var font = OpenTypeFont.LoadBundled(style);
        var map = font.SingleSubstitutions("tnum");
        var tabular = "0123456789".Select(d => map.TryGetValue(font.GetGlyph(d), out var g) ? g : font.GetGlyph(d)).ToList();
        Assert.Equal(10, tabular.Distinct().Count());
        Assert.Single(tabular.Select(font.GetAdvance).Distinct());
        // The substitutes are real glyphs, different from the default figures for at least some digits.
        Assert.Contains("0123456789", d => map.ContainsKey(font.GetGlyph(d)));
    }

    [Fact]
    public void A_feature_the_font_lacks_gives_no_substitutions_and_is_cached()
    {
        Assert.Empty(Regular.SingleSubstitutions("zzzz"));
        Assert.Same(Regular.SingleSubstitutions("tnum"), Regular.SingleSubstitutions("tnum"));
    }
}
