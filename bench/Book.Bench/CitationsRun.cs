using System.Diagnostics;
using System.Globalization;
using System.Text;
using Book.Core.Citations;
using Book.Model;

namespace Book.Bench;

/// <summary>
/// The citation stage in-process (issue 17): <see cref="CitationResolver"/> over a synthetic book
/// with the booklet's shape (5 sources, about 400 citations) and a large one (10,000 sources, each
/// cited twice, in chapters of 200 citations), in the default note style and in APA. Reports the
/// median of the runs after one warm-up; loading the bibliography file is timed apart.
/// </summary>
public static class CitationsRun
{
    public static int Run(int runs, string? only = null)
    {
        Console.WriteLine("| book | sources | citations | style | load sources | resolve (median) | allocated per resolve |");
        Console.WriteLine("|---|---:|---:|---|---:|---:|---:|");
        foreach (var (sources, citations) in new[] { (5, 400), (10_000, 20_000) }.Where(x => only is null || (only == "booklet") == (x.Item1 == 5)))
            foreach (var style in new[] { "chicago-notes-bibliography", "apa" })
                Measure(sources, citations, style, runs);
        return 0;
    }

    static void Measure(int sources, int citations, string styleName, int runs)
    {
        var yaml = Sources(sources);
        var diags = new DiagnosticBag();
        var load = Stopwatch.StartNew();
        var bib = Bibliography.FromYaml(yaml, "sources.yaml", diags);
        load.Stop();
        var doc = SyntheticDocument(sources, citations);
        var style = global::Book.Csl.BuiltInStyles.Get(styleName);
        var times = new List<double>();
        long allocated = 0;
        for (int r = 0; r <= runs; r++)
        {
            long before = GC.GetTotalAllocatedBytes(precise: true);
            var sw = Stopwatch.StartNew();
            CitationResolver.Resolve(doc, bib, style, new DiagnosticBag());
            sw.Stop();
            allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
            if (r > 0) times.Add(sw.Elapsed.TotalMilliseconds);
        }
        times.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {(sources == 5 ? "booklet-like" : "large")} | {sources:N0} | {citations:N0} | {styleName} | {load.Elapsed.TotalMilliseconds:F0} ms | {times[times.Count / 2]:F0} ms | {allocated / 1048576.0:F0} MB |"));
    }

    static string Sources(int n)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < n; i++)
        {
            sb.Append(CultureInfo.InvariantCulture, $"- id: s{i}\n  type: {(i % 3 == 0 ? "book" : i % 3 == 1 ? "article-newspaper" : "webpage")}\n");
            sb.Append(CultureInfo.InvariantCulture, $"  title: \"A title about subject {i}: with a subtitle\"\n");
            if (i % 4 != 0) sb.Append(CultureInfo.InvariantCulture, $"  author: [{{family: Family{i % 500}, given: Given{i % 37}}}]\n");
            if (i % 3 == 1) sb.Append("  container-title: The Daily Paper\n");
            if (i % 3 == 0) sb.Append("  publisher: Example Press\n");
            sb.Append(CultureInfo.InvariantCulture, $"  issued: {{date-parts: [[{1950 + i % 70}, {1 + i % 12}, {1 + i % 28}]]}}\n");
            if (i % 3 == 2) sb.Append(CultureInfo.InvariantCulture, $"  URL: https://example.org/{i}\n");
        }
        return sb.ToString();
    }

    static BookDocument SyntheticDocument(int sources, int citations)
    {
        var meta = new BookMetadata("Bench", null, [], "en", null, null, "bench", null, new PageSetup(420, 595, 50, 50, 50, 40), 10);
        var divisions = new List<Division>();
        var rng = new Random(17);
        for (int c = 0, n = 0; n < citations; c++)
        {
            var blocks = new List<Block>();
            for (int k = 0; k < 200 && n < citations; k++, n++)
            {
                var key = "s" + (citations >= 2 * sources ? n % sources : rng.Next(sources));
                var locator = n % 3 == 0 ? null : "p. " + (1 + n % 300);
                blocks.Add(new Paragraph([new Text("Some sentence that cites a source "),
                    new Citation([new CitationItem(key, null, locator, null, false)], false, null), new Text(".")]));
            }
            divisions.Add(new Division(DivisionKind.Chapter, "ch" + c, [new Text("Chapter")], (c + 1).ToString(CultureInfo.InvariantCulture), blocks, []));
        }
        divisions.Add(new Division(DivisionKind.Appendix, "bibliography", [new Text("Bibliography")], null, [], []) { Generated = GeneratedAppendix.Bibliography });
        return new BookDocument(meta, divisions);
    }
}
