using System.Globalization;
using System.Text;

namespace Book.Tests.Typesetting;

/// <summary>
/// A generated book of everything that makes page depths hard: paragraphs of every length, section
/// and subsection headings, notes short and long, tables and bar charts of every height (some too
/// tall for the rest of their page), quotes and lists. The same seed always gives the same files.
/// </summary>
public static class MixedBook
{
    public static string Write(int seed, int chapters = 2, int blocksPerChapter = 45)
    {
        var rng = new Random(seed);
        var p = TempProject.Empty("mixed");
        var files = new List<string>();
        var csv = new StringBuilder("group,count\n");
        for (int i = 0; i < 6; i++) csv.Append(CultureInfo.InvariantCulture, $"Group {i + 1},{10 + i * 7}\n");
        p.Write("data/groups.csv", csv.ToString());
        int tables = 0, charts = 0;
        for (int c = 1; c <= chapters; c++)
        {
            var md = new StringBuilder($"# Chapter {c} of seed {seed}\n\n");
            var notes = new StringBuilder();
            int note = 0;
            for (int b = 0; b < blocksPerChapter; b++)
            {
                int kind = rng.Next(20);
                if (kind < 3 && b > 0) md.Append(CultureInfo.InvariantCulture, $"## Section {b} of the chapter\n\n");
                else if (kind == 3 && b > 0) md.Append(CultureInfo.InvariantCulture, $"### A smaller heading {b}\n\n");
                else if (kind == 4) md.Append(Table(rng.Next(2, 14), ++tables, rng));
                else if (kind == 5)
                    md.Append(CultureInfo.InvariantCulture, $"::: {{.chart type=\"bar\" #fig:chart{++charts} source=\"data/groups.csv\" label-column=\"group\" value-column=\"count\" caption=\"Counts by group, chart {charts}\" alt=\"A bar chart\"}}\n:::\n\n");
                else if (kind == 6) md.Append("> ").Append(TestProjects.Prose(rng.Next(20, 90), rng.Next())).Append("\n\n");
                else if (kind == 7)
                {
                    for (int i = 0; i < rng.Next(2, 6); i++) md.Append("- ").Append(TestProjects.Prose(rng.Next(4, 30), rng.Next())).Append('\n');
                    md.Append('\n');
                }
                // Now and then a float is followed straight by the next block (a heading, say), not by text.
                if (kind is 4 or 5 && rng.Next(2) == 0) continue;
                var text = TestProjects.Prose(rng.Next(kind < 10 ? 10 : 40, 220), rng.Next());
                md.Append(text);
                if (rng.Next(3) == 0)
                {
                    note++;
                    md.Append(CultureInfo.InvariantCulture, $"[^n{note}]");
                    notes.Append(CultureInfo.InvariantCulture, $"[^n{note}]: ").Append(TestProjects.Prose(rng.Next(3) == 0 ? rng.Next(40, 120) : rng.Next(4, 25), rng.Next())).Append("\n\n");
                }
                md.Append("\n\n");
            }
            var name = $"ch{c}.md";
            p.Write(name, md.Append(notes).ToString());
            files.Add(name);
        }
        p.Write("book.yaml", $"title: \"Mixed {seed}\"\nslug: mixed\nlanguage: en\ndate: 2026-01-01\n" +
            "page: { size: A5, top: 16mm, bottom: 20mm, inner: 18mm, outer: 14mm }\nfont-size: 10.5\nchapters-open: any\n" +
            $"chapters: [{string.Join(", ", files)}]\noutputs: [pdf]\n");
        return p.Dir;
    }

    static string Table(int rows, int n, Random rng)
    {
        var sb = new StringBuilder("| Place | Families | Houses |\n|---|--:|--:|\n");
        for (int i = 0; i < rows; i++)
            sb.Append(CultureInfo.InvariantCulture, $"| Village number {i + 1} | {rng.Next(10, 900)} | {rng.Next(5, 400)} |\n");
        return sb.Append(CultureInfo.InvariantCulture, $"\nTable: Families and houses, table {n} {{#tbl:t{n}}}\n\n").ToString();
    }
}
