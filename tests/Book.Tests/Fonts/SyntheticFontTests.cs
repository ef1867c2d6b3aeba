using Book.Fonts;

namespace Book.Tests.Fonts;

/// <summary>
/// Parsing paths Literata does not use: cmap format 12 with supplementary code points,
/// hmtx shorter than the glyph count, GPOS value records with extra fields, and the
/// legacy 'kern' table.
/// Glyphs: 0 .notdef, 1 'A', 2 'B', 3 'C', 4 U+1F600.
/// </summary>
public class SyntheticFontTests
{
    private static Dictionary<string, byte[]> BaseTables() => new()
    {
        ["head"] = TestFontBuilder.Head(),
        ["hhea"] = TestFontBuilder.Hhea(numberOfHMetrics: 3),
        ["maxp"] = TestFontBuilder.Maxp(5),
        ["hmtx"] = TestFontBuilder.Hmtx(500, 600, 700),
        ["cmap"] = TestFontBuilder.CmapFormat12((0x41, 0x43, 1), (0x1F600, 0x1F600, 4)),
    };

    [Fact]
    public void Format12_cmap_maps_bmp_and_supplementary_code_points()
    {
        var font = OpenTypeFont.Load(TestFontBuilder.Build(BaseTables()));
        Assert.Equal(1, font.GetGlyph('A'));
        Assert.Equal(3, font.GetGlyph('C'));
        Assert.Equal(0, font.GetGlyph('D'));
        Assert.Equal(4, font.GetGlyph(0x1F600));
        Assert.Equal(0, font.GetGlyph(0x1F601));
        var shaped = font.Shape("A\U0001F600");
        Assert.Equal(4, shaped[1].Glyph);
        Assert.Equal(2, shaped[1].ClusterLength);
    }

    [Fact]
    public void Glyphs_past_numberOfHMetrics_repeat_the_last_advance()
    {
        var font = OpenTypeFont.Load(TestFontBuilder.Build(BaseTables()));
        Assert.Equal(new[] { 500, 600, 700, 700, 700 }, Enumerable.Range(0, 5).Select(g => font.GetAdvance((ushort)g)));
        Assert.Equal(1000, font.UnitsPerEm);
        Assert.Equal((-50, -200, 900, 800), font.BoundingBox);
    }

    [Fact]
    public void Legacy_kern_table_is_used_without_GPOS()
    {
        var tables = BaseTables();
        tables["kern"] = TestFontBuilder.Kern((1, 2, -40), (2, 1, -25));
        var font = OpenTypeFont.Load(TestFontBuilder.Build(tables));
        Assert.True(font.HasKerning);
        Assert.Equal(-40, font.GetKerning(1, 2));
        Assert.Equal(-25, font.GetKerning(2, 1));
        Assert.Equal(0, font.GetKerning(1, 3));
        Assert.Equal(600 - 40 + 700 + 700, font.MeasureText("ABC")); // A=600, B and C repeat 700
    }

    [Fact]
    public void Gpos_value_records_with_extra_fields_read_the_right_XAdvance()
    {
        var tables = BaseTables();
        tables["GPOS"] = Gpos();
        tables["kern"] = TestFontBuilder.Kern((1, 2, -999)); // GPOS takes precedence
        var font = OpenTypeFont.Load(TestFontBuilder.Build(tables));

        Assert.Equal(-50, font.GetKerning(1, 2)); // format 1 pair, wins over the class subtable
        Assert.Equal(-20, font.GetKerning(1, 1)); // not in format 1: falls through to format 2
        Assert.Equal(-30, font.GetKerning(1, 3));
        Assert.Equal(-30, font.GetKerning(3, 3));
        Assert.Equal(0, font.GetKerning(3, 2));   // class 0 column
        Assert.Equal(0, font.GetKerning(2, 1));   // B not covered
    }

    /// <summary>
    /// GPOS with script 'latn' → feature 'kern' → one extension lookup with two PairPos
    /// subtables. Format 1: valueFormat1 = XPlacement|YPlacement|XAdvance, valueFormat2 =
    /// XPlacement|XPlaDevice. Format 2: valueFormat1 = XPlacement|XAdvance|XAdvDevice,
    /// valueFormat2 = XAdvance. The decoy fields hold values a wrong offset would pick up.
    /// </summary>
    private static byte[] Gpos()
    {
        var b = new Bytes();
        b.U16(1).U16(0).U16(10).U16(30).U16(44);                       // header
        Assert.Equal(10, b.Position);
        b.U16(1).Tag("latn").U16(8);                                   // ScriptList
        b.U16(4).U16(0);                                               // Script: default LangSys at +4
        b.U16(0).U16(0xFFFF).U16(1).U16(0);                            // LangSys: feature 0
        Assert.Equal(30, b.Position);
        b.U16(1).Tag("kern").U16(8);                                   // FeatureList
        b.U16(0).U16(1).U16(0);                                        // Feature: lookup 0
        Assert.Equal(44, b.Position);
        b.U16(1).U16(4);                                               // LookupList
        b.U16(9).U16(0).U16(2).U16(10).U16(18);                        // Lookup 0 at 48: extension, 2 subtables
        Assert.Equal(58, b.Position);
        b.U16(1).U16(2).U32(74 - 58);                                  // extension → format 1 at 74
        b.U16(1).U16(2).U32(106 - 66);                                 // extension → format 2 at 106
        Assert.Equal(74, b.Position);

        // PairPos format 1 (32 bytes)
        b.U16(1).U16(12).U16(0x0007).U16(0x0011).U16(1).U16(18);
        b.U16(1).U16(1).U16(1);                                        // coverage: A
        b.U16(1).U16(2).I16(5).I16(7).I16(-50).I16(9).U16(0);          // pair set: A,B
        Assert.Equal(106, b.Position);

        // PairPos format 2: header 16, matrix 2x3 of 8-byte records, coverage, class defs
        b.U16(2).U16(64).U16(0x0045).U16(0x0004).U16(72).U16(88).U16(2).U16(3);
        int[,] kern = { { 0, 0, 0 }, { 0, -20, -30 } };
        for (int c1 = 0; c1 < 2; c1++)
            for (int c2 = 0; c2 < 3; c2++)
                b.I16(111).I16(kern[c1, c2]).U16(0).I16(77);
        Assert.Equal(106 + 64, b.Position);
        b.U16(1).U16(2).U16(1).U16(3);                                 // coverage: A, C
        b.U16(2).U16(2).U16(1).U16(1).U16(1).U16(3).U16(3).U16(1);     // ClassDef1 (format 2): A→1, C→1
        b.U16(1).U16(1).U16(3).U16(1).U16(0).U16(2);                   // ClassDef2 (format 1): A→1, B→0, C→2
        return b.ToArray();
    }
}
