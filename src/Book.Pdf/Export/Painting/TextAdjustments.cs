using Book.Pages;

namespace Book.Pdf.Export;

/// <summary>
/// Turns the advances the typesetter actually used into TJ adjustments relative to the
/// widths the viewer will apply from /W. Works on cumulative positions: each adjustment
/// corrects the whole error so far, so rounding never accumulates along a long run.
/// </summary>
internal static class TextAdjustments
{
    /// <summary>Adjustments are quantised to 0.1 thousandth of an em: invisible, yet few bytes.</summary>
    private const double Quantum = 0.1;

    /// <param name="glyphs">Placed glyphs of one run.</param>
    /// <param name="pdfWidth">Width of a glyph as written in /W (thousandths of an em).</param>
    /// <param name="size">Font size in points.</param>
    /// <returns>Adjustment after each glyph, in thousandths of text space (positive moves left).</returns>
    public static double[] Compute(ReadOnlySpan<PlacedGlyph> glyphs, Func<ushort, double> pdfWidth, double size)
    {
        var result = new double[glyphs.Length];
        Compute(glyphs, pdfWidth, size, result);
        return result;
    }

    /// <summary>As above, into a caller's buffer of at least one slot per glyph (the painter reuses one).</summary>
    public static void Compute(ReadOnlySpan<PlacedGlyph> glyphs, Func<ushort, double> pdfWidth, double size, Span<double> result)
    {
        result[..glyphs.Length].Clear();
        if (size <= 0) return;
        double target = 0;   // where the typesetter put the next glyph, points from run start
        double actual = 0;   // where the viewer will put it given what we emitted
        for (int i = 0; i < glyphs.Length - 1; i++)
        {
            target += glyphs[i].Advance;
            actual += pdfWidth(glyphs[i].Glyph) * size / 1000.0;
            double needed = -(target - actual) * 1000.0 / size;
            double adjust = Math.Round(needed / Quantum, MidpointRounding.AwayFromZero) * Quantum;
            adjust = Math.Round(adjust, 3); // drop binary noise such as 12.300000000000001
            if (adjust != 0)
            {
                result[i] = adjust;
                actual -= adjust * size / 1000.0;
            }
        }
    }

    /// <summary>
    /// As above for a run whose glyphs are moved sideways by <paramref name="offsets"/> (X right, in
    /// points): the text starts at the first glyph's offset, and each adjustment brings the next
    /// glyph to its advance plus its own offset.
    /// </summary>
    public static void Compute(ReadOnlySpan<PlacedGlyph> glyphs, ReadOnlySpan<GlyphOffset> offsets, Func<ushort, double> pdfWidth, double size, Span<double> result)
    {
        if (offsets.Length != glyphs.Length) throw new ArgumentException("One offset per glyph is required.", nameof(offsets));
        result[..glyphs.Length].Clear();
        if (size <= 0 || glyphs.Length == 0) return;
        double first = offsets[0].X;
        double advances = 0; // where the advances put the next glyph, points from run start
        double actual = 0;   // where the viewer will put it, from where the text starts
        for (int i = 0; i < glyphs.Length - 1; i++)
        {
            advances += glyphs[i].Advance;
            actual += pdfWidth(glyphs[i].Glyph) * size / 1000.0;
            double target = advances + offsets[i + 1].X - first;
            double needed = -(target - actual) * 1000.0 / size;
            double adjust = Math.Round(needed / Quantum, MidpointRounding.AwayFromZero) * Quantum;
            adjust = Math.Round(adjust, 3);
            if (adjust != 0)
            {
                result[i] = adjust;
                actual -= adjust * size / 1000.0;
            }
        }
    }
}
