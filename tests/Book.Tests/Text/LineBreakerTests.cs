using Book.Layout.Text;

namespace Book.Tests.Text;

public class LineBreakerTests
{
    private static readonly Hyphenator English = Hyphenator.ForLanguage("en");

    private static Item[] Words(IEnumerable<double> widths, Item space)
    {
        var items = new List<Item>();
        foreach (var w in widths)
        {
            if (items.Count > 0) items.Add(space);
            items.Add(Item.Box(w));
        }
        var (fill, end) = Item.ParagraphEnd();
        items.Add(fill);
        items.Add(end);
        return items.ToArray();
    }

    private static int[] BreakIndices(LineBreakResult r) => r.Breaks.Select(b => b.ItemIndex).ToArray();

    [Fact]
    public void FixedWidthBoxesFillEachLineExactly()
    {
        // Four boxes of 20 and three spaces of 5 make exactly 95.
        var items = Words(Enumerable.Repeat(20.0, 10), Item.Glue(5, 2, 1));
        var result = LineBreaker.Break(items, 95);

        Assert.Equal(new[] { 7, 15, 20 }, BreakIndices(result));
        Assert.Equal(0, result.Breaks[0].Ratio, 9);
        Assert.Equal(0, result.Breaks[1].Ratio, 9);
        Assert.Equal(0, result.Breaks[2].Ratio, 9); // the fill takes the last line's slack
        Assert.Equal(1, result.Pass);
        Assert.False(result.HasOverfull);
        TestParagraph.AssertConsistent(items, result, 95);
    }

    [Fact]
    public void TotalFitBalancesWhereFirstFitLeavesALooseLine()
    {
        double[] words = { 10, 15, 10, 10, 25, 10, 40, 40, 20, 25 };
        var space = Item.Glue(6, 3, 2);
        var items = Words(words, space);

        // First fit packs six words into line 1 (shrunk to exactly 100), leaving "40 40" to
        // stretch 14pt over one space: ratio 4.67.
        var greedy = FirstFit(words, 6, 3, 2, 100);
        Assert.Equal(new[] { 6, 2, 2 }, greedy.Select(l => l.Count).ToArray());
        double greedyWorst = greedy.Take(greedy.Count - 1).Max(l => (100 - (l.Sum() + 6 * (l.Count - 1))) / (3.0 * (l.Count - 1)));
        Assert.True(greedyWorst > 4);

        // Total fit moves one word down: ratios +0.5 and -0.5.
        var result = LineBreaker.Break(items, 100, new BreakOptions { Tolerance = 10000, Pretolerance = 10000 });
        Assert.Equal(new[] { 9, 15, 20 }, BreakIndices(result));
        Assert.Equal(0.5, result.Breaks[0].Ratio, 9);
        Assert.Equal(-0.5, result.Breaks[1].Ratio, 9);
        TestParagraph.AssertConsistent(items, result, 100);
    }

    private static List<List<double>> FirstFit(double[] words, double space, double stretch, double shrink, double width)
    {
        var lines = new List<List<double>>();
        var current = new List<double>();
        foreach (var w in words)
        {
            double natural = current.Sum() + w + space * current.Count;
            if (current.Count > 0 && natural - shrink * current.Count > width)
            {
                lines.Add(current);
                current = new List<double>();
            }
            current.Add(w);
        }
        lines.Add(current);
        return lines;
    }

    [Fact]
    public void EveryLineIsWithinToleranceWhenFeasible()
    {
        // Many random paragraphs at measures from hard to easy; a brute-force search decides
        // which can be set within tolerance, and for those the breaker must manage it too.
        var options = new BreakOptions();
        double maxRatio = Math.Cbrt(options.Tolerance / 100);
        int feasible = 0, infeasible = 0;
        foreach (double measure in new[] { 200.0, 250, 300 })
        {
            for (int seed = 0; seed < 12; seed++)
            {
                var items = TestParagraph.Build(TestParagraph.RandomWords(150, seed), English);
                var result = LineBreaker.Break(items, measure, options);
                TestParagraph.AssertConsistent(items, result, measure);
                if (!TestParagraph.IsFeasible(items, measure, options.Tolerance, options.MaxConsecutiveHyphens!.Value))
                {
                    infeasible++;
                    continue;
                }
                feasible++;
                Assert.InRange(result.Pass, 1, 2);
                foreach (var b in result.Breaks.Take(result.Breaks.Count - 1))
                {
                    Assert.InRange(b.Ratio, -1, maxRatio);
                    Assert.False(b.Overfull);
                    Assert.False(b.Underfull);
                }
            }
        }
        Assert.True(feasible >= 12, $"only {feasible} feasible paragraphs");
        Assert.True(infeasible > 0, "the narrow measure should defeat some paragraphs");
    }

    [Fact]
    public void EasyParagraphsAreSetInTheFirstPassWithoutHyphens()
    {
        var items = TestParagraph.Build(TestParagraph.RandomWords(120, 11), English);
        var result = LineBreaker.Break(items, 400, new BreakOptions { Pretolerance = 10000 });
        Assert.Equal(1, result.Pass);
        Assert.DoesNotContain(result.Breaks, b => b.Hyphenated);
    }

    [Fact]
    public void NarrowMeasuresNeedTheHyphenationPass()
    {
        var items = TestParagraph.Build(TestParagraph.RandomWords(200, 5), English);
        var result = LineBreaker.Break(items, 120, new BreakOptions { Pretolerance = 100, Tolerance = 1000 });
        Assert.Equal(2, result.Pass);
        Assert.Contains(result.Breaks, b => b.Hyphenated);
        TestParagraph.AssertConsistent(items, result, 120);
    }

    [Fact]
    public void AWordWiderThanTheLineGivesAFlaggedOverfullLine()
    {
        var words = new List<string> { "the", "night", "of", "pneumonoultramicroscopicsilicovolcanoconiosis", "the", "long", "road", "from", "the", "town" };
        var items = TestParagraph.Build(words, Hyphenator.None);
        var result = LineBreaker.Break(items, 100);

        TestParagraph.AssertConsistent(items, result, 100);
        Assert.True(result.HasOverfull);
        var overfull = Assert.Single(result.Breaks, b => b.Overfull);
        Assert.True(overfull.Ratio < -1);
        Assert.True(overfull.Shortfall < 0);
        Assert.Equal(2, result.Pass); // no emergency stretch: the second pass is the last resort
    }

    [Fact]
    public void ABoxAloneWiderThanTheLineStillBreaks()
    {
        var items = Words(new[] { 500.0 }, Item.Glue(5, 2, 1));
        var result = LineBreaker.Break(items, 100);
        var line = Assert.Single(result.Breaks);
        Assert.True(line.Overfull);
        Assert.Equal(-400, line.Shortfall, 9);
        Assert.Equal(double.NegativeInfinity, line.Ratio);
    }

    [Fact]
    public void ManyWideWordsNeverHangOrThrow()
    {
        var words = Enumerable.Range(0, 300).Select(i => i % 7 == 0 ? "incomprehensibilities" : "ab").ToList();
        var items = TestParagraph.Build(words, Hyphenator.None);
        var result = LineBreaker.Break(items, 60);
        TestParagraph.AssertConsistent(items, result, 60);
        Assert.True(result.HasOverfull);
    }

    [Fact]
    public void EmergencyStretchRescuesAParagraphWithoutOverfullLines()
    {
        // Long unbreakable words, two per line at best, each pair too loose or too tight for
        // tolerance 100: there is no feasible way without help.
        var words = Enumerable.Range(0, 60).Select(i => i % 3 == 0 ? "responsibilities" : "characteristically").ToList();
        var items = TestParagraph.Build(words, Hyphenator.None);
        var strict = new BreakOptions { Pretolerance = -1, Tolerance = 100 };
        Assert.False(TestParagraph.IsFeasible(items, 160, 100, 2));

        var without = LineBreaker.Break(items, 160, strict);
        Assert.Equal(2, without.Pass);
        Assert.True(without.HasOverfull);

        var with = LineBreaker.Break(items, 160, strict with { EmergencyStretch = 30 });
        Assert.Equal(3, with.Pass);
        Assert.False(with.HasOverfull);
        Assert.Equal(30, with.LineCount);
        Assert.True(with.HasUnderfull); // stretched past tolerance with the real glue: the caller warns
        TestParagraph.AssertConsistent(items, with, 160);
    }

    [Fact]
    public void ATwentyThousandWordParagraphCompletes()
    {
        var items = TestParagraph.Build(TestParagraph.RandomWords(20_000, 42), English);
        var result = LineBreaker.Break(items, 300);

        TestParagraph.AssertConsistent(items, result, 300);
        Assert.InRange(result.LineCount, 2_000, 20_000);
        Assert.False(result.HasOverfull);
        Assert.True(TestParagraph.LongestHyphenRun(result) <= 2);
        foreach (var b in result.Breaks.Take(result.LineCount - 1)) Assert.InRange(b.Ratio, -1, Math.Cbrt(2));
    }

    [Fact]
    public void TheActiveNodeCapKeepsResultsValid()
    {
        // Looseness keeps every line count apart, which multiplies active nodes; a tiny cap
        // must still give a complete, consistent paragraph.
        var items = TestParagraph.Build(TestParagraph.RandomWords(3000, 9), English);
        var options = new BreakOptions { Tolerance = 10000, Looseness = 3, MaxActiveNodes = 16 };
        var result = LineBreaker.Break(items, 300, options);
        TestParagraph.AssertConsistent(items, result, 300);
        Assert.False(result.HasOverfull);
    }

    [Fact]
    public void NoMoreThanTwoConsecutiveHyphenatedLines()
    {
        // Hyphens are made attractive (negative penalty, no double-hyphen demerits), so only
        // the hard limit holds them back.
        var items = TestParagraph.Build(TestParagraph.RandomWords(600, 3), English, hyphenPenalty: -200);
        var eager = new BreakOptions { DoubleHyphenDemerits = 0, FinalHyphenDemerits = 0, MaxConsecutiveHyphens = null, Tolerance = 1000 };
        Assert.True(TestParagraph.IsFeasible(items, 250, 1000, maxRun: 1));

        var unlimited = LineBreaker.Break(items, 250, eager);
        Assert.True(TestParagraph.LongestHyphenRun(unlimited) > 2, "the fixture must tempt the breaker");

        var limited = LineBreaker.Break(items, 250, eager with { MaxConsecutiveHyphens = 2 });
        Assert.Equal(2, TestParagraph.LongestHyphenRun(limited));
        Assert.False(limited.HasOverfull);
        TestParagraph.AssertConsistent(items, limited, 250);

        var single = LineBreaker.Break(items, 250, eager with { MaxConsecutiveHyphens = 1 });
        Assert.Equal(1, TestParagraph.LongestHyphenRun(single));
        Assert.False(single.HasOverfull);
    }

    [Fact]
    public void LineWidthsMayVaryPerLine()
    {
        var widths = LineWidths.FromList(new[] { 120.0, 160, 200, 300 });
        var items = TestParagraph.Build(TestParagraph.RandomWords(300, 8), English);
        var result = LineBreaker.Break(items, widths, new BreakOptions { Tolerance = 400 });

        TestParagraph.AssertConsistent(items, result, widths);
        Assert.Equal(3, widths.UniformFrom);
        Assert.DoesNotContain(result.Breaks, b => b.Overfull);

        var byFunction = LineWidths.FromFunction(line => line < 3 ? 120 + 40 * line : 300, uniformFrom: 3);
        var same = LineBreaker.Break(items, byFunction, new BreakOptions { Tolerance = 400 });
        Assert.Equal(BreakIndices(result), BreakIndices(same));
        var unknownShape = LineBreaker.Break(items, LineWidths.FromFunction(line => line < 3 ? 120 + 40 * line : 300), new BreakOptions { Tolerance = 400 });
        Assert.Equal(BreakIndices(result), BreakIndices(unknownShape));
    }

    [Fact]
    public void LoosenessAddsALineWhenItCan()
    {
        var items = TestParagraph.Build(TestParagraph.RandomWords(150, 21), English);
        var options = new BreakOptions { Tolerance = 2000 };
        var normal = LineBreaker.Break(items, 250, options);
        var looser = LineBreaker.Break(items, 250, options with { Looseness = 1 });
        var tighter = LineBreaker.Break(items, 250, options with { Looseness = -1 });

        Assert.Equal(normal.LineCount + 1, looser.LineCount);
        Assert.True(tighter.LineCount <= normal.LineCount);
        TestParagraph.AssertConsistent(items, looser, 250);
    }

    [Fact]
    public void AForcedBreakInsideTheParagraphIsHonoured()
    {
        var items = new List<Item>(TestParagraph.Build(TestParagraph.RandomWords(40, 2), English));
        int at = items.FindIndex(20, it => it.Kind == ItemKind.Glue);
        items.Insert(at, Item.Glue(0, double.PositiveInfinity, 0));
        items.Insert(at + 1, Item.Penalty(0, -Item.InfinitePenalty, false));
        var array = items.ToArray();

        var result = LineBreaker.Break(array, 200);
        Assert.Contains(result.Breaks, b => b.ItemIndex == at + 1);
        TestParagraph.AssertConsistent(array, result, 200);
    }

    [Fact]
    public void AdjacentFitnessDemeritsAvoidTightNextToLoose()
    {
        var items = TestParagraph.Build(TestParagraph.RandomWords(500, 17), English);
        var options = new BreakOptions { Tolerance = 1000, AdjacentDemerits = 1e7 };
        var result = LineBreaker.Break(items, 200, options);
        static int Fitness(double r) => r > 1 ? 0 : r > 0.5 ? 1 : r >= -0.5 ? 2 : 3; // badness 100 / 12 boundaries
        var lines = result.Breaks.Take(result.LineCount - 1).ToList();
        int clashes = lines.Zip(lines.Skip(1)).Count(p => Math.Abs(Fitness(p.First.Ratio) - Fitness(p.Second.Ratio)) > 1);
        var plain = LineBreaker.Break(items, 200, options with { AdjacentDemerits = 0 });
        var plainLines = plain.Breaks.Take(plain.LineCount - 1).ToList();
        int plainClashes = plainLines.Zip(plainLines.Skip(1)).Count(p => Math.Abs(Fitness(p.First.Ratio) - Fitness(p.Second.Ratio)) > 1);
        Assert.True(clashes <= plainClashes);
        Assert.True(plainClashes > 0, "the fixture must contain clashes when they are free");
        Assert.True(result.TotalDemerits > 0);
    }

    [Fact]
    public void ContractViolationsAreReportedClearly()
    {
        Assert.Throws<ArgumentException>(() => LineBreaker.Break(new[] { Item.Box(10) }, 100));
        Assert.Throws<ArgumentException>(() => LineBreaker.Break(new[] { Item.Box(double.NaN), Item.Penalty(0, -10000, false) }, 100));
        Assert.Empty(LineBreaker.Break(ReadOnlySpan<Item>.Empty, 100).Breaks);
    }
}
