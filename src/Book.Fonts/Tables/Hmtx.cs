namespace Book.Fonts.Tables;

/// <summary>
/// Advance widths for every glyph, expanded at load: glyphs past numberOfHMetrics repeat
/// the last advance, so lookups never branch on that.
/// </summary>
internal static class Hmtx
{
    public static int[] ReadAdvances(ReadOnlySpan<byte> t, int numberOfHMetrics, int glyphCount)
    {
        if (numberOfHMetrics == 0) throw new FontFormatException("'hhea' numberOfHMetrics is zero.");
        numberOfHMetrics = Math.Min(numberOfHMetrics, glyphCount);
        var advances = new int[glyphCount];
        for (int i = 0; i < numberOfHMetrics; i++)
            advances[i] = BigEndian.U16(t, 4 * i);
        int last = advances[numberOfHMetrics - 1];
        for (int i = numberOfHMetrics; i < glyphCount; i++)
            advances[i] = last;
        return advances;
    }
}
