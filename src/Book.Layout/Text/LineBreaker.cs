namespace Book.Layout.Text;

/// <summary>
/// Knuth–Plass total-fit line breaking ("Breaking Paragraphs into Lines", 1981; TeX §813–890):
/// among all ways to break a paragraph it picks the one with the fewest total demerits,
/// so that a loose line late in the paragraph can be avoided by a slightly tighter one
/// earlier — what a greedy (first-fit) breaker cannot do.
/// </summary>
/// <remarks>
/// Passes, as in TeX: (1) without flagged (hyphenation) breaks at
/// <see cref="BreakOptions.Pretolerance"/>; (2) with them at <see cref="BreakOptions.Tolerance"/>;
/// (3) if the second found nothing and <see cref="BreakOptions.EmergencyStretch"/> is set,
/// again with that much extra stretch per line. The last pass always succeeds: when every
/// remaining way forward would be overfull, it makes an overfull line (flagged in the result)
/// rather than fail. Time is linear in the paragraph's length: breakpoints that can no longer
/// start a line are dropped as soon as the material after them is wider than a line, and the
/// active list is capped by <see cref="BreakOptions.MaxActiveNodes"/>.
/// </remarks>
public static class LineBreaker
{
    /// <summary>
    /// Breaks <paramref name="items"/> into lines of <paramref name="widths"/>. The items must end
    /// with a forced break (by convention <c>Glue(0, ∞, 0)</c> then <c>Penalty(0, -∞)</c>, see
    /// <see cref="Item.ParagraphEnd"/>); the last breakpoint returned is that item.
    /// </summary>
    /// <exception cref="ArgumentException">The items do not end with a forced break, or hold a
    /// non-finite width, a negative or infinite shrink, or a negative stretch.</exception>
    [ThreadStatic] private static KnuthPlassSearch? _search;

    public static LineBreakResult Break(ReadOnlySpan<Item> items, LineWidths widths, BreakOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(widths);
        options ??= BreakOptions.Default;
        options.Validate();
        if (items.IsEmpty) return LineBreakResult.Empty;
        Validate(items);

        // One search per thread, its lists kept between paragraphs: growing them afresh for each
        // paragraph showed in profiles of long books.
        var search = _search ??= new KnuthPlassSearch();
        search.Reset(widths, options);
        bool emergency = options.EmergencyStretch > 0;
        LineBreakResult? result;
        if (options.Pretolerance >= 0 &&
            search.Run(items, pass: 1, options.Pretolerance, allowFlagged: false, background: 0, final: false, out result))
            return result;
        if (search.Run(items, pass: 2, options.Tolerance, allowFlagged: true, background: 0, final: !emergency, out result))
            return result;
        search.Run(items, pass: 3, options.Tolerance, allowFlagged: true, options.EmergencyStretch, final: true, out result);
        return result ?? throw new InvalidOperationException("The final line-breaking pass must always produce lines.");
    }

    private static void Validate(ReadOnlySpan<Item> items)
    {
        if (!items[^1].IsForcedBreak)
            throw new ArgumentException("A paragraph must end with a forced break: append Glue(0, ∞, 0) and Penalty(0, -10000) (Item.ParagraphEnd).", nameof(items));
        for (int i = 0; i < items.Length; i++)
        {
            var it = items[i];
            bool ok = double.IsFinite(it.Width)
                && double.IsFinite(it.Shrink) && it.Shrink >= 0
                && !double.IsNaN(it.Stretch) && (it.Stretch >= 0 || double.IsFinite(it.Stretch)) // negative stretch: Knuth and Plass's ragged-right construction
                && !double.IsNaN(it.Cost);
            if (!ok) throw new ArgumentException($"Item {i} ({it}) has a width, stretch, shrink or cost the line breaker cannot use.", nameof(items));
        }
    }
}
