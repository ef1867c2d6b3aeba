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
        var g = f.Glyphs;
        bool pieces = f.RawWidth > LongFragmentLines * narrowest;
        double done = 0; // width of the glyphs before k
        for (int k = 0; k < g.Length;)
        {
            int end = ClusterEnd(g, k);
            double w = Advance(g, k, end);
            bool ragged = false;
            if (pieces && done + w > narrowest && f.RawWidth - done > narrowest)
            {
                // The middle: as many clusters as the narrowest line holds (at least one).
                while (end < g.Length && f.RawWidth - (done + w) > narrowest)
                {
                    int next = ClusterEnd(g, end);
                    double nw = Advance(g, end, next);
                    if (w + nw > narrowest) break;
                    end = next;
                    w += nw;
                }
                ragged = true;
            }
            else if (pieces && done + w <= narrowest && done + w + Advance(g, end, ClusterEnd(g, end)) > narrowest)
                ragged = true; // the end of the first line's width: the pieces start here
            int charStart = g[k].Cluster, charEnd = end < g.Length ? g[end].Cluster : f.Text.Length;
            var part = new PlacedGlyph[end - k];
            for (int j = k; j < end; j++) part[j - k] = g[j] with { Cluster = g[j].Cluster - charStart };
            box(f.Text[charStart..charEnd], part, w);
            done += w;
            if (end < g.Length)
            {
                if (ragged) items.Add(BreakItem.Glue(0, narrowest, 0, -1) with { SpaceStretch = 0 });
                emergency.Add(items.Count);
                items.Add(BreakItem.Penalty(0, EmergencyPenalty, false, -1) with { Ragged = ragged });
                if (ragged) items.Add(BreakItem.Glue(0, -narrowest, 0, -1) with { SpaceStretch = 0 });
            }
            k = end;
        }
    }

    /// <summary>The index after the glyphs of the cluster that starts at glyph <paramref name="k"/>.</summary>
    static int ClusterEnd(PlacedGlyph[] g, int k)
    {
        if (k >= g.Length) return k;
        int end = k + 1;
        while (end < g.Length && g[end].Cluster == g[k].Cluster) end++;
        return end;
    }

    static double Advance(PlacedGlyph[] g, int from, int to)
    {
        double w = 0;
        for (int j = from; j < to; j++) w += g[j].Advance;
        return w;
    }
}
