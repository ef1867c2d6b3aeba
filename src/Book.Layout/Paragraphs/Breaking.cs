using Book.Layout.Text;

namespace Book.Layout.Paragraphs;

/// <summary>Feeds the setter's items to the Knuth–Plass breaker and reads its breakpoints back.</summary>
static class Breaking
{
    // An A5 measure holds about 60 characters: TeX's defaults with some emergency stretch,
    // so a hard paragraph gets loose lines rather than one that sticks into the margin.
    // Pretolerance 100 (TeX's): a paragraph that cannot be set without hyphens at that badness tries them.
    static readonly BreakOptions Justified = new() { Pretolerance = 100, Tolerance = 800, EmergencyStretch = 16, LinePenalty = 10 };
    static readonly BreakOptions Ragged = new() { Pretolerance = 1000, Tolerance = 5000, EmergencyStretch = 20, LinePenalty = 10 };

    /// <summary>
    /// A justified line stretched past this ratio is reported: with a space's stretch of 0.1 em and the letters'
    /// tracking, that is spaces of about three times their width, the looseness the warning has always named
    /// (it was 2.2 when a space stretched 0.16 em).
    /// </summary>
    const double LooseWarning = 2.9;

    [ThreadStatic] static Item[]? _buffer;
    const int KeptItems = 16384;

    public static List<LineBreakAt> Break(List<BreakItem> items, Func<int, double> width, Alignment align)
    {
        var buf = _buffer;
        // A paragraph far longer than prose's (a 2 MB word) gets a buffer of its own, not kept for the rest of the build.
        if (items.Count > KeptItems) buf = new Item[items.Count];
        else if (buf is null || buf.Length < items.Count) buf = _buffer = new Item[Math.Max(items.Count, 256) * 2];
        for (int i = 0; i < items.Count; i++)
        {
            var it = items[i];
            buf[i] = it.Kind switch
            {
                BreakKind.Box => Item.Box(it.Width, i),
                BreakKind.Glue => Item.Glue(it.Width, it.Stretch, it.Shrink, i),
                _ => Item.Penalty(it.Width - it.Protrude, it.Cost, it.Flagged, i),
            };
        }
        var widths = width(0) == width(1) ? LineWidths.Constant(width(0)) : LineWidths.FromFunction(width, uniformFrom: 1);
        var result = LineBreaker.Break(buf.AsSpan(0, items.Count), widths, align == Alignment.Justify ? Justified : Ragged);
        var list = new List<LineBreakAt>(result.Breaks.Count);
        foreach (var b in result.Breaks)
            list.Add(new LineBreakAt(b.ItemIndex, double.IsFinite(b.Ratio) ? b.Ratio : 0, b.Overfull || (align == Alignment.Justify && b.Ratio > LooseWarning)));
        return list;
    }
}
