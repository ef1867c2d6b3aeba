using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Book.Layout.Text;

/// <summary>
/// One line-breaking pass over a paragraph: the active-node loop of Knuth and Plass. Kept
/// apart from <see cref="LineBreaker"/> so its scratch lists are reused between passes.
/// </summary>
internal sealed class KnuthPlassSearch
{
    // TeX's badness scale: 10000 is "infinitely bad" but still possible; above it is overfull.
    private const double InfiniteBadness = 10000;
    private const double Overfull = InfiniteBadness + 1;
    // Widths are in points; anything under a micro-point is rounding noise.
    private const double Epsilon = 1e-6;

    private const byte VeryLoose = 0, Loose = 1, Decent = 2, Tight = 3;

    private struct Totals
    {
        public double Width, Stretch, Shrink, Fil;
    }

    /// <summary>A place where a line may start, with the best way found to get there.</summary>
    private struct Active
    {
        public int Passive;       // the break record behind it; -1 for the paragraph start
        public int Item;          // item index of the break; -1 for the start
        public int Line;          // lines completed so far = index of the next line
        public byte Fitness;
        public byte HyphenRun;    // consecutive flagged breaks ending here
        public double Demerits;   // total from the paragraph start
        public Totals After;      // running totals where the next line's material begins
    }

    /// <summary>A chosen break, linked back to the previous one: the answer is read from these.</summary>
    private struct Passive
    {
        public int Item, Previous, Line;
        public double Ratio, Shortfall;
        public bool Hyphenated, Overfull, Underfull;
    }

    /// <summary>How a line from one active node to the current breakpoint fits.</summary>
    private struct LineFit
    {
        public double Shortfall, Stretch, Shrink, Fil, Badness;
        public byte Fitness;
    }

    private struct Candidate
    {
        public int LineClass, Line, FromPassive;
        public byte Fitness, HyphenRun;
        public bool Dominated;
        public double Demerits;
        public LineFit Fit;
    }

    private LineWidths _widths = null!;
    private BreakOptions _options = null!;
    private readonly List<Active> _active = new();
    private readonly List<Passive> _passive = new();
    private readonly List<Candidate> _candidates = new();
    // Only used when one breakpoint has many candidates (looseness keeps every line count apart).
    private const int IndexedCandidates = 16;
    private readonly Dictionary<(int LineClass, byte Fitness, byte Run), int> _candidateIndex = new();
    private int[] _order = Array.Empty<int>();
    private double[] _scratch = Array.Empty<double>();

    // Settings of the pass under way.
    private double _threshold, _background;
    private bool _final;

    public KnuthPlassSearch(LineWidths widths, BreakOptions options) => Reset(widths, options);

    /// <summary>An idle search for <see cref="Reset"/>: lists are kept from one paragraph to the next.</summary>
    public KnuthPlassSearch() { }

    /// <summary>Readies the search for another paragraph (each <see cref="Run"/> clears its own lists).</summary>
    public void Reset(LineWidths widths, BreakOptions options)
    {
        _widths = widths;
        _options = options;
    }

    public bool Run(ReadOnlySpan<Item> items, int pass, double threshold, bool allowFlagged, double background, bool final,
        [NotNullWhen(true)] out LineBreakResult? result)
    {
        result = null;
        _threshold = threshold;
        _background = background;
        _final = final;
        _active.Clear();
        _passive.Clear();
        _active.Add(new Active { Passive = -1, Item = -1, Line = 0, Fitness = Decent });

        var sum = new Totals();
        for (int i = 0; i < items.Length; i++)
        {
            var item = items[i];
            switch (item.Kind)
            {
                case ItemKind.Box:
                    sum.Width += item.Width;
                    break;
                case ItemKind.Glue:
                    // Glue is a legal break only right after a box (TeX: after non-discardable material),
                    // and not just before a forced break, which would leave an empty line (the
                    // paragraph's closing fill glue is such a glue).
                    if (i > 0 && items[i - 1].Kind == ItemKind.Box && !(i + 1 < items.Length && items[i + 1].IsForcedBreak))
                        TryBreak(items, i, 0, false, 0, sum);
                    sum.Width += item.Width;
                    if (double.IsPositiveInfinity(item.Stretch)) sum.Fil += 1;
                    else sum.Stretch += item.Stretch;
                    sum.Shrink += item.Shrink;
                    break;
                case ItemKind.Penalty:
                    if (item.Cost < Item.InfinitePenalty && (allowFlagged || !item.Flagged || item.IsForcedBreak))
                        TryBreak(items, i, item.Cost, item.Flagged, item.Width, sum);
                    break;
            }
            if (_active.Count == 0)
            {
                if (_final) throw new InvalidOperationException("The final line-breaking pass lost every active node.");
                return false;
            }
        }

        return Finish(pass, out result);
    }

    private void TryBreak(ReadOnlySpan<Item> items, int b, double cost, bool flagged, double penaltyWidth, in Totals sum)
    {
        bool forced = cost <= -Item.InfinitePenalty;
        bool last = b == items.Length - 1;
        int? limit = _options.MaxConsecutiveHyphens;
        _candidates.Clear();
        if (_candidateIndex.Count > 0) _candidateIndex.Clear();

        // The best node to force an overfull line from, should nothing else survive (final pass).
        int dyingIndex = -1;
        Active dying = default;
        LineFit dyingFit = default;

        var active = CollectionsMarshal.AsSpan(_active);
        int kept = 0;
        for (int k = 0; k < active.Length; k++)
        {
            var a = active[k];
            var fit = Measure(a, sum, penaltyWidth);
            bool keep = true;
            bool feasible = true;
            if (fit.Badness > InfiniteBadness || forced)
            {
                // Material only grows from here, so a line from `a` will never fit again (or a
                // forced break makes every line end here).
                keep = false;
                if (fit.Badness > _threshold) feasible = false;
            }
            else if (fit.Badness > _threshold)
            {
                feasible = false;
            }

            int run = flagged ? Math.Min(a.HyphenRun + 1, 255) : 0;
            if (feasible && limit is int max && run > max) feasible = false;

            if (feasible)
            {
                double d = Demerits(a, fit, cost, flagged, last);
                AddCandidate(a, fit, (byte)run, a.Demerits + d);
            }
            else if (!keep && (dyingIndex < 0 || a.Item > dying.Item || (a.Item == dying.Item && a.Demerits < dying.Demerits)))
            {
                // Prefer the latest start: it makes the shortest overfull line.
                dyingIndex = k;
                dying = a;
                dyingFit = fit;
            }

            if (keep) active[kept++] = a;
        }
        _active.RemoveRange(kept, _active.Count - kept);

        if (_candidates.Count == 0 && _active.Count == 0 && _final && dyingIndex >= 0)
        {
            // Last resort (TeX's artificial_demerits): break here anyway, at no extra cost.
            int run = flagged ? Math.Min(dying.HyphenRun + 1, 255) : 0;
            AddCandidate(dying, dyingFit, (byte)run, dying.Demerits);
        }

        if (_candidates.Count > 0)
        {
            var after = TotalsAfterBreak(items, b, sum);
            CreateNodes(b, flagged, after);
        }
    }

    private LineFit Measure(in Active a, in Totals sum, double penaltyWidth)
    {
        var fit = new LineFit
        {
            Shortfall = _widths[a.Line] - (sum.Width - a.After.Width + penaltyWidth),
            Stretch = sum.Stretch - a.After.Stretch,
            Shrink = sum.Shrink - a.After.Shrink,
            Fil = sum.Fil - a.After.Fil,
        };
        if (fit.Shortfall > Epsilon)
        {
            if (fit.Fil > 0)
            {
                fit.Badness = 0;
                fit.Fitness = Decent;
            }
            else
            {
                fit.Badness = Badness(fit.Shortfall, fit.Stretch + _background);
                fit.Fitness = fit.Badness > 99 ? VeryLoose : fit.Badness > 12 ? Loose : Decent;
            }
        }
        else if (-fit.Shortfall > fit.Shrink + Epsilon)
        {
            fit.Badness = Overfull;
            fit.Fitness = Tight;
        }
        else
        {
            fit.Badness = Badness(-fit.Shortfall, fit.Shrink);
            fit.Fitness = fit.Badness > 12 ? Tight : Decent;
        }
        return fit;
    }

    /// <summary>TeX's badness: about 100 × ratio³, capped at 10000.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static double Badness(double amount, double available)
    {
        if (amount <= Epsilon) return 0;
        if (available <= 0) return InfiniteBadness;
        double r = amount / available;
        if (r >= 10) return InfiniteBadness;
        return Math.Min(100 * r * r * r, InfiniteBadness);
    }

    private double Demerits(in Active a, in LineFit fit, double cost, bool flagged, bool last)
    {
        double l = _options.LinePenalty + fit.Badness;
        double d = Math.Abs(l) >= 10000 ? 1e8 : l * l;
        if (cost > 0) d += cost * cost;
        else if (cost > -Item.InfinitePenalty) d -= cost * cost;
        if (a.HyphenRun > 0)
        {
            if (flagged) d += _options.DoubleHyphenDemerits;
            else if (last) d += _options.FinalHyphenDemerits;
        }
        if (Math.Abs(fit.Fitness - a.Fitness) > 1) d += _options.AdjacentDemerits;
        return d;
    }

    private void AddCandidate(in Active a, in LineFit fit, byte run, double demerits)
    {
        int line = a.Line + 1;
        // Lines past the point where the measure stops changing are interchangeable, unless
        // looseness needs the exact count.
        int lineClass = _options.Looseness != 0 ? line : Math.Min(line, _widths.UniformFrom);
        // Without a hard limit only "hyphenated or not" matters, and that is the same for every
        // candidate at one breakpoint.
        byte runKey = _options.MaxConsecutiveHyphens is null ? (byte)0 : run;

        var list = CollectionsMarshal.AsSpan(_candidates);
        int found = -1;
        if (list.Length >= IndexedCandidates)
        {
            if (!_candidateIndex.TryGetValue((lineClass, fit.Fitness, runKey), out found)) found = -1;
        }
        else
        {
            for (int i = 0; i < list.Length; i++)
            {
                ref readonly var o = ref list[i];
                if (o.LineClass == lineClass && o.Fitness == fit.Fitness && o.HyphenRun == runKey)
                {
                    found = i;
                    break;
                }
            }
        }
        if (found >= 0)
        {
            ref var c = ref list[found];
            if (demerits < c.Demerits)
            {
                c.Demerits = demerits;
                c.Line = line;
                c.FromPassive = a.Passive;
                c.Fit = fit;
            }
            return;
        }

        _candidates.Add(new Candidate
        {
            LineClass = lineClass, Line = line, FromPassive = a.Passive,
            Fitness = fit.Fitness, HyphenRun = runKey, Demerits = demerits, Fit = fit,
        });
        if (_candidates.Count == IndexedCandidates)
        {
            for (int i = 0; i < _candidates.Count; i++)
            {
                var o = _candidates[i];
                _candidateIndex[(o.LineClass, o.Fitness, o.HyphenRun)] = i;
            }
        }
        else if (_candidates.Count > IndexedCandidates)
        {
            _candidateIndex[(lineClass, fit.Fitness, runKey)] = _candidates.Count - 1;
        }
    }

    private void CreateNodes(int b, bool flagged, in Totals after)
    {
        MarkDominated();
        double cut = PruneThreshold();
        var list = CollectionsMarshal.AsSpan(_candidates);
        for (int i = 0; i < list.Length; i++)
        {
            ref readonly var c = ref list[i];
            if (c.Dominated || PerLine(c.Demerits, c.Line) > cut) continue;
            _passive.Add(Report(c, b, flagged));
            _active.Add(new Active
            {
                Passive = _passive.Count - 1,
                Item = b,
                Line = c.Line,
                Fitness = c.Fitness,
                HyphenRun = flagged ? Math.Max(c.HyphenRun, (byte)1) : (byte)0,
                Demerits = c.Demerits,
                After = after,
            });
        }
    }

    /// <summary>
    /// A candidate worse than a sibling by more than the adjacency demerits can never win
    /// (TeX §836) — provided the sibling has the same line class and no longer hyphen run,
    /// so that every way on from the candidate is open to the sibling too.
    /// </summary>
    /// <summary>Candidates by line class, hyphen run, fitness (only the grouping matters to <see cref="MarkDominated"/>).</summary>
    private readonly struct CandidateOrder(List<Candidate> candidates) : IComparer<int>
    {
        public int Compare(int x, int y)
        {
            var cx = candidates[x];
            var cy = candidates[y];
            int c = cx.LineClass.CompareTo(cy.LineClass);
            if (c == 0) c = cx.HyphenRun.CompareTo(cy.HyphenRun);
            return c != 0 ? c : cx.Fitness.CompareTo(cy.Fitness);
        }
    }

    private void MarkDominated()
    {
        var list = CollectionsMarshal.AsSpan(_candidates);
        double slack = Math.Abs(_options.AdjacentDemerits);
        if (list.Length <= IndexedCandidates)
        {
            for (int i = 0; i < list.Length; i++)
            {
                ref var c = ref list[i];
                double best = double.PositiveInfinity;
                for (int j = 0; j < list.Length; j++)
                {
                    ref readonly var o = ref list[j];
                    if (o.LineClass == c.LineClass && o.HyphenRun <= c.HyphenRun && o.Demerits < best) best = o.Demerits;
                }
                c.Dominated = c.Demerits > best + slack;
            }
            return;
        }

        // Many candidates: sort by (line class, run) and sweep with a running minimum.
        if (_order.Length < list.Length) _order = new int[Math.Max(list.Length, _order.Length * 2)];
        var order = _order.AsSpan(0, list.Length);
        for (int i = 0; i < order.Length; i++) order[i] = i;
        order.Sort(new CandidateOrder(_candidates)); // a struct comparer: no closure per call
        int start = 0;
        while (start < order.Length)
        {
            int lineClass = list[order[start]].LineClass;
            double best = double.PositiveInfinity;
            int k = start;
            while (k < order.Length && list[order[k]].LineClass == lineClass)
            {
                // Fold in every candidate of this run first, then judge them.
                byte run = list[order[k]].HyphenRun;
                int end = k;
                while (end < order.Length && list[order[end]].LineClass == lineClass && list[order[end]].HyphenRun == run)
                {
                    best = Math.Min(best, list[order[end]].Demerits);
                    end++;
                }
                for (int m = k; m < end; m++) list[order[m]].Dominated = list[order[m]].Demerits > best + slack;
                k = end;
            }
            start = k;
        }
    }

    /// <summary>
    /// When the new nodes would take the active list past its cap, the demerits-per-line
    /// value above which nodes are dropped (old and new alike), keeping three quarters of
    /// the cap; +∞ otherwise. Per line, so that nodes further along, which have simply
    /// set more lines, are not unfairly dropped.
    /// </summary>
    private double PruneThreshold()
    {
        var list = CollectionsMarshal.AsSpan(_candidates);
        int fresh = 0;
        foreach (ref readonly var c in list) if (!c.Dominated) fresh++;
        int total = _active.Count + fresh;
        if (total <= _options.MaxActiveNodes) return double.PositiveInfinity;

        if (_scratch.Length < total) _scratch = new double[Math.Max(total, _scratch.Length * 2)];
        var active = CollectionsMarshal.AsSpan(_active);
        int n = 0;
        foreach (ref readonly var a in active) _scratch[n++] = PerLine(a.Demerits, a.Line);
        foreach (ref readonly var c in list) if (!c.Dominated) _scratch[n++] = PerLine(c.Demerits, c.Line);
        var values = _scratch.AsSpan(0, n);
        values.Sort();
        double cut = values[_options.MaxActiveNodes * 3 / 4 - 1];

        int kept = 0;
        for (int i = 0; i < active.Length; i++)
        {
            if (PerLine(active[i].Demerits, active[i].Line) <= cut) active[kept++] = active[i];
        }
        _active.RemoveRange(kept, active.Length - kept);
        return cut;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double PerLine(double demerits, int line) => demerits / Math.Max(line, 1);

    /// <summary>What the caller is told about a line: ratio and warnings from its own glue, not the emergency stretch.</summary>
    private Passive Report(in Candidate c, int b, bool flagged)
    {
        var f = c.Fit;
        double ratio;
        if (f.Shortfall > Epsilon)
            ratio = f.Fil > 0 ? 0 : f.Stretch > 0 ? f.Shortfall / f.Stretch : double.PositiveInfinity;
        else if (f.Shortfall < -Epsilon)
            ratio = f.Shrink > 0 ? f.Shortfall / f.Shrink : double.NegativeInfinity;
        else
            ratio = 0;
        bool overfull = f.Shortfall < -Epsilon && -f.Shortfall > f.Shrink + Epsilon;
        // Rounding must not make a line that fits look overfull to the caller.
        if (!overfull && ratio < -1) ratio = -1;
        return new Passive
        {
            Item = b,
            Previous = c.FromPassive,
            Line = c.Line - 1,
            Ratio = ratio,
            Shortfall = f.Shortfall,
            Hyphenated = flagged,
            Overfull = overfull,
            Underfull = f.Shortfall > Epsilon && f.Fil <= 0 && Badness(f.Shortfall, f.Stretch) > _options.Tolerance,
        };
    }

    /// <summary>Totals where the next line starts: glue and penalties after a break are discarded, up to the next box or forced break.</summary>
    private static Totals TotalsAfterBreak(ReadOnlySpan<Item> items, int b, Totals sum)
    {
        for (int i = b; i < items.Length; i++)
        {
            var it = items[i];
            if (it.Kind == ItemKind.Box) break;
            if (it.Kind == ItemKind.Glue)
            {
                sum.Width += it.Width;
                if (double.IsPositiveInfinity(it.Stretch)) sum.Fil += 1;
                else sum.Stretch += it.Stretch;
                sum.Shrink += it.Shrink;
            }
            else if (i > b && it.IsForcedBreak)
            {
                break;
            }
        }
        return sum;
    }

    private bool Finish(int pass, [NotNullWhen(true)] out LineBreakResult? result)
    {
        result = null;
        var active = CollectionsMarshal.AsSpan(_active);
        int best = 0;
        for (int i = 1; i < active.Length; i++)
        {
            if (active[i].Demerits < active[best].Demerits) best = i;
        }

        int looseness = _options.Looseness;
        if (looseness != 0)
        {
            // TeX §875: the node whose line count is nearest the asked-for difference.
            int bestLine = active[best].Line;
            int actual = 0;
            int bet = best;
            for (int i = 0; i < active.Length; i++)
            {
                int diff = active[i].Line - bestLine;
                if ((diff < actual && looseness <= diff) || (diff > actual && looseness >= diff))
                {
                    bet = i;
                    actual = diff;
                }
                else if (diff == actual && active[i].Demerits < active[bet].Demerits)
                {
                    bet = i;
                }
            }
            if (actual != looseness && !_final) return false;
            best = bet;
        }

        var breaks = new List<Breakpoint>(active[best].Line);
        for (int p = active[best].Passive; p >= 0; p = _passive[p].Previous)
        {
            var r = _passive[p];
            breaks.Add(new Breakpoint(r.Item, r.Line, r.Ratio, r.Hyphenated, r.Overfull, r.Underfull, r.Shortfall));
        }
        breaks.Reverse();
        result = new LineBreakResult(breaks, pass, active[best].Demerits);
        return true;
    }
}
