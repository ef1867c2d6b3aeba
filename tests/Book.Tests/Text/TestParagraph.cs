using Book.Layout.Text;

namespace Book.Tests.Text;

/// <summary>Builds box/glue/penalty paragraphs from words with simple per-character widths, and checks broken lines independently of the breaker.</summary>
internal static class TestParagraph
{
    public const double HyphenWidth = 3.3;

    public static readonly string[] Vocabulary =
    {
        "the", "of", "and", "a", "to", "in", "is", "was", "that", "for", "on", "with", "as", "by", "at", "from",
        "village", "winter", "night", "people", "families", "children", "soldiers", "refugees", "mountains",
        "commemorative", "remembrance", "documentation", "international", "investigation", "independence",
        "hyphenation", "typesetting", "efficient", "massacre", "population", "responsibility", "humanitarian",
        "organization", "testimonies", "photographs", "correspondents", "administration", "extraordinary",
        "consequences", "circumstances", "representatives", "establishment", "understanding", "characteristic",
        "snow", "road", "forest", "river", "town", "house", "school", "bread", "fire", "cold", "dark", "long",
        "survivors", "witnesses", "journalists", "historians", "archives", "memorial", "anniversary", "victims",
    };

    public static double CharWidth(char c) => c switch
    {
        'i' or 'l' or 'j' or 't' or 'f' or '.' or ',' or '\'' => 2.8,
        'm' or 'w' => 8,
        >= 'A' and <= 'Z' => 6.5,
        _ => 5,
    };

    public static double Measure(ReadOnlySpan<char> text)
    {
        double w = 0;
        foreach (char c in text) w += CharWidth(c);
        return w;
    }

    public static List<string> RandomWords(int count, int seed)
    {
        var rng = new Random(seed);
        var words = new List<string>(count);
        // Skewed towards the front of the vocabulary, where the short words are, as in real prose.
        for (int i = 0; i < count; i++) words.Add(Vocabulary[(int)(Vocabulary.Length * Math.Pow(rng.NextDouble(), 2))]);
        return words;
    }

    /// <summary>Words separated by interword glue, hyphenation points as flagged penalties, closed by the usual fill and forced break.</summary>
    public static Item[] Build(IReadOnlyList<string> words, Hyphenator? hyphenator, double hyphenPenalty = 50)
    {
        var items = new List<Item>();
        Span<int> breaks = stackalloc int[64];
        for (int w = 0; w < words.Count; w++)
        {
            if (w > 0) items.Add(Item.Glue(3.5, 1.75, 1.2));
            string word = words[w];
            int n = hyphenator?.GetBreaks(word, breaks) ?? 0;
            int start = 0;
            for (int i = 0; i < n; i++)
            {
                items.Add(Item.Box(Measure(word.AsSpan(start, breaks[i] - start)), w));
                items.Add(Item.Penalty(HyphenWidth, hyphenPenalty, true, w));
                start = breaks[i];
            }
            items.Add(Item.Box(Measure(word.AsSpan(start)), w));
        }
        var (fill, end) = Item.ParagraphEnd();
        items.Add(fill);
        items.Add(end);
        return items.ToArray();
    }

    public record struct LineSums(double Natural, double Stretch, double Shrink, bool HasFil);

    /// <summary>Recomputes a line's natural width and glue from the items, as a typesetter would set it.</summary>
    public static LineSums Sums(Item[] items, int previousBreak, int breakAt)
    {
        int i = previousBreak + 1;
        if (previousBreak >= 0)
        {
            // Discardable items after a break vanish.
            while (i < breakAt && items[i].Kind != ItemKind.Box) i++;
        }
        var s = new LineSums();
        for (; i < breakAt; i++)
        {
            var it = items[i];
            if (it.Kind == ItemKind.Box) s.Natural += it.Width;
            else if (it.Kind == ItemKind.Glue)
            {
                s.Natural += it.Width;
                if (double.IsPositiveInfinity(it.Stretch)) s.HasFil = true; else s.Stretch += it.Stretch;
                s.Shrink += it.Shrink;
            }
        }
        if (items[breakAt].Kind == ItemKind.Penalty) s.Natural += items[breakAt].Width;
        return s;
    }

    /// <summary>Checks that breaks are ordered, legal, and that each reported ratio matches the line's own glue.</summary>
    public static void AssertConsistent(Item[] items, LineBreakResult result, LineWidths widths)
    {
        Assert.NotEmpty(result.Breaks);
        Assert.Equal(items.Length - 1, result.Breaks[^1].ItemIndex);
        int previous = -1;
        for (int line = 0; line < result.Breaks.Count; line++)
        {
            var bp = result.Breaks[line];
            Assert.Equal(line, bp.LineIndex);
            Assert.True(bp.ItemIndex > previous, "breaks must advance");
            var at = items[bp.ItemIndex];
            Assert.True(at.Kind == ItemKind.Penalty ? at.Cost < Item.InfinitePenalty : at.Kind == ItemKind.Glue && items[bp.ItemIndex - 1].Kind == ItemKind.Box,
                $"illegal break at item {bp.ItemIndex} ({at})");
            Assert.Equal(at.Kind == ItemKind.Penalty && at.Flagged, bp.Hyphenated);

            var s = Sums(items, previous, bp.ItemIndex);
            double shortfall = widths[line] - s.Natural;
            Assert.Equal(shortfall, bp.Shortfall, 6);
            if (!s.HasFil && shortfall > 1e-6 && s.Stretch > 0) Assert.Equal(shortfall / s.Stretch, bp.Ratio, 6);
            if (shortfall < -1e-6 && s.Shrink > 0) Assert.Equal(shortfall / s.Shrink, bp.Ratio, 6);
            Assert.Equal(shortfall < -1e-6 && -shortfall > s.Shrink + 1e-6, bp.Overfull);
            previous = bp.ItemIndex;
        }
    }

    /// <summary>
    /// Brute-force oracle, independent of the breaker: is there any way to break the
    /// paragraph with every line's badness within <paramref name="tolerance"/> and no more
    /// than <paramref name="maxRun"/> consecutive flagged breaks? Quadratic, for tests only.
    /// </summary>
    public static bool IsFeasible(Item[] items, LineWidths widths, double tolerance, int maxRun)
    {
        var legal = new List<int> { -1 };
        for (int i = 0; i < items.Length; i++)
        {
            var it = items[i];
            if (it.Kind == ItemKind.Glue && i > 0 && items[i - 1].Kind == ItemKind.Box && !items[i + 1].IsForcedBreak) legal.Add(i);
            if (it.Kind == ItemKind.Penalty && it.Cost < Item.InfinitePenalty) legal.Add(i);
        }
        // reach[k] holds the (line, hyphen run) states that can end a line at legal[k].
        var reach = new HashSet<(int Line, int Run)>[legal.Count];
        for (int k = 0; k < legal.Count; k++) reach[k] = new();
        reach[0].Add((0, 0));
        for (int a = 0; a < legal.Count; a++)
        {
            foreach (var (line, run) in reach[a])
            {
                for (int c = a + 1; c < legal.Count; c++)
                {
                    var s = Sums(items, legal[a], legal[c]);
                    double shortfall = widths[line] - s.Natural;
                    if (-shortfall > s.Shrink + 1e-6) break; // overfull now and for every later break
                    double bad = shortfall > 1e-6
                        ? (s.HasFil ? 0 : s.Stretch > 0 ? Math.Min(100 * Math.Pow(shortfall / s.Stretch, 3), 10000) : 10000)
                        : (s.Shrink > 0 ? 100 * Math.Pow(-shortfall / s.Shrink, 3) : 0);
                    int next = items[legal[c]].Flagged ? run + 1 : 0;
                    if (bad <= tolerance && next <= maxRun) reach[c].Add((Math.Min(line + 1, 1000), next));
                    if (items[legal[c]].IsForcedBreak) break;
                }
            }
            if (a < legal.Count - 1) reach[a].Clear();
        }
        return reach[^1].Count > 0;
    }

    public static int LongestHyphenRun(LineBreakResult result)
    {
        int run = 0, longest = 0;
        foreach (var b in result.Breaks)
        {
            run = b.Hyphenated ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }
        return longest;
    }
}
