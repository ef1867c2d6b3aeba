namespace Book.Layout.Flow;

/// <summary>
/// TeX's \flushbottom: a page that the text runs on from ends on the text block's last baseline
/// (or just above its notes), so facing pages line up. The page's slack is shared out over the
/// gaps between its items by their <see cref="VItem.Stretch"/>: mostly the spaces around headings,
/// floats, quotes and lists, a little between paragraphs (TeX's \parskip plus 1pt), and very little
/// between the lines of a paragraph; past double those amounts, evenly between all of them.
/// </summary>
public static class FlushBottom
{
    /// <summary>Stretch below a paragraph's last line, in leadings: about TeX's 1 pt of \parskip stretch.</summary>
    public const double ParagraphStretch = 0.1;
    /// <summary>Stretch between two lines of a paragraph, in leadings: a fifth of a paragraph's, so a page of prose
    /// with one or two paragraph breaks still spreads its slack mostly over the breaks.</summary>
    public const double LineStretch = 0.02;
    /// <summary>A page short by more than this many leadings is left as it is: spreading it would open gaps a
    /// reader sees as holes, worse than a short page. Up to it, spread: notes that may not split (a note of
    /// three lines or fewer, a mark's line kept with the two after it) can leave four or five lines short.</summary>
    public const double MaxSlackLines = 6;

    /// <summary>
    /// Moves the page's items down so the last one that is not a space ends at <paramref name="bottom"/>
    /// (from the top of the text block). Spaces after that item are dropped, as TeX drops glue at a
    /// break; inside a table or figure nothing moves (only the spaces at its edges grow).
    /// </summary>
    public static void Spread(PageContent page, double bottom, double leading)
    {
        var body = page.Body;
        int last = body.Count - 1;
        while (last >= 0 && body[last].Item is SpaceItem) last--;
        if (last < 0) return;
        body.RemoveRange(last + 1, body.Count - last - 1);
        double end = body[last].Y + body[last].Item.Height;
        double slack = bottom - end;
        page.BodyHeight = end;
        if (slack <= 0.01 || slack > MaxSlackLines * leading) return;

        // The gap after item k grows by weights[k] × ratio; the last item's is the page's foot.
        var weights = new double[last];
        double total = 0;
        for (int k = page.RepeatedHeader; k < last; k++)
        {
            var it = body[k].Item;
            var next = body[k + 1].Item;
            // Inside a float nothing gives; only the spaces that open and close it.
            bool inside = it.Float is { } g && next.Float == g && !(it is SpaceItem && (k == 0 || body[k - 1].Item.Float != g));
            weights[k] = inside ? 0 : it.Stretch;
            total += weights[k];
        }
        // A page with no gap that may grow (a figure and its caption alone) stays as it is.
        if (total <= 0) return;
        // Each gap grows by its weight up to double its stretch; what is left is shared evenly by every gap that
        // may grow, so a page short by several lines opens all its lines a little rather than one space a lot.
        double ratio = Math.Min(1, slack / total);
        int growing = weights.Count(w => w > 0);
        double even = (slack - total * ratio) / growing, shift = 0;
        for (int k = 0; k <= last; k++)
        {
            body[k] = (body[k].Item, body[k].Y + shift);
            if (k < last && weights[k] > 0) shift += weights[k] * ratio + even;
        }
        page.BodyHeight = bottom;
    }
}
