using Book.Pages;
using Book.Layout.Flow;

namespace Book.Layout.Paragraphs;

public sealed partial class ParagraphSetter
{
    /// <summary>
    /// Past this many line widths a fragment is set in line-wide pieces rather than letter by letter: a 2 MB
    /// run of digits made four million items and took minutes and 1.4 GB; its pieces make one per line.
    /// </summary>
    const double LongFragmentLines = 4;

    /// <summary>
    /// Adds a fragment wider than any line with emergency break points inside it, each noted in
    /// <paramref name="emergency"/>. Up to <see cref="LongFragmentLines"/> lines wide, a break after every
    /// cluster lets the breaker fill each line exactly. A longer fragment gets those breaks only in its first and
    /// last line's width (where it meets the words around it); its middle is cut greedily into pieces as wide
    /// as the narrowest line, so the items, the breaker's work and the memory stay one per line. Where the
    /// first line's break and the pieces do not line up, one line of the word is short: those breaks are ragged.
    /// </summary>
    void AddOverwide(Fragment f, double narrowest, List<BreakItem> items, HashSet<int> emergency,
        Action<string, PlacedGlyph[], double> box)
    {
        int count = f.GlyphCount;
        bool pieces = f.RawWidth > LongFragmentLines * narrowest;
        if (pieces)
        {
            // Room for the pieces at once (about five items a line, and the letters of the first and last line):
            // grown by doubling, a 2 MB word's list left 20 MB behind.
            int lines = (int)Math.Min(int.MaxValue / 8, f.RawWidth / narrowest) + 2;
            items.EnsureCapacity(items.Count + 5 * lines + 1024);
        }
        double done = 0; // width of the glyphs before k
        for (int k = 0; k < count;)
        {
            int end = ClusterEnd(f, k);
            double w = Advance(f, k, end);
            bool ragged = false;
            if (pieces && done + w > narrowest && f.RawWidth - done > narrowest)
            {
                // The middle: as many clusters as the narrowest line holds (at least one).
                while (end < count && f.RawWidth - (done + w) > narrowest)
                {
                    int next = ClusterEnd(f, end);
                    double nw = Advance(f, end, next);
                    if (w + nw > narrowest) break;
                    end = next;
                    w += nw;
                }
                ragged = true;
            }
            else if (pieces && done + w <= narrowest && done + w + Advance(f, end, ClusterEnd(f, end)) > narrowest)
                ragged = true; // the end of the first line's width: the pieces start here
            int charStart = f.Glyph(k).Cluster, charEnd = end < count ? f.Glyph(end).Cluster : f.Text.Length;
            var part = new PlacedGlyph[end - k];
            for (int j = k; j < end; j++) { var gj = f.Glyph(j); part[j - k] = gj with { Cluster = gj.Cluster - charStart }; }
            box(f.Text[charStart..charEnd], part, w);
            done += w;
            if (end < count)
            {
                // No break at the ragged glue itself (TeX's \nobreak\hskip): a line ending there has lost its stretch
                // and reads as too tight or loose when its piece fills it to within rounding.
                if (ragged) items.Add(BreakItem.Penalty(0, BreakItem.Infinity, false, -1));
                if (ragged) items.Add(BreakItem.Glue(0, narrowest, 0, -1) with { SpaceStretch = 0 });
                emergency.Add(items.Count);
                items.Add(BreakItem.Penalty(0, EmergencyPenalty, false, -1) with { Ragged = ragged });
                if (ragged) items.Add(BreakItem.Glue(0, -narrowest, 0, -1) with { SpaceStretch = 0 });
            }
            k = end;
        }
    }

    /// <summary>The index after the glyphs of the cluster that starts at glyph <paramref name="k"/>.</summary>
    static int ClusterEnd(in Fragment f, int k)
    {
        int count = f.GlyphCount;
        if (k >= count) return k;
        int end = k + 1, cluster = f.Glyph(k).Cluster;
        while (end < count && f.Glyph(end).Cluster == cluster) end++;
        return end;
    }

    static double Advance(in Fragment f, int from, int to)
    {
        double w = 0;
        for (int j = from; j < to; j++) w += f.Glyph(j).Advance;
        return w;
    }
}
