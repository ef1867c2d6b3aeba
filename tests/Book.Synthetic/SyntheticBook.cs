using System.Globalization;
using System.Text;

namespace Book.Synthetic;

/// <summary>
/// Writes a synthetic book project of about N A5 pages: chapters of about twenty pages with
/// section headings, justified paragraphs, three footnotes and two citations a page (the
/// citations become notes too), a pipe table every ten pages, a bibliography and an index.
/// The same N always gives the same files.
/// </summary>
public static class SyntheticBook
{
    /// <summary>Body words per page, calibrated so the built PDF has about N pages (notes take the rest).</summary>
    public const int WordsPerPage = 158;
    public const int PagesPerChapter = 20;
    const int Sources = 40;

    public static void Write(string dir, int pages)
    {
        Directory.CreateDirectory(dir);
        var rng = new Rng(1992UL * 7919 + (ulong)pages);
        var prose = new Prose(rng);
        int chapters = Math.Max(1, (pages + PagesPerChapter / 2) / PagesPerChapter);
        var files = new List<string>();
        int page = 0;
        for (int c = 1; c <= chapters; c++)
        {
            int chapterPages = c < chapters ? PagesPerChapter : Math.Max(1, pages - page);
            var name = $"ch{c.ToString("D4", CultureInfo.InvariantCulture)}.md";
            File.WriteAllText(Path.Combine(dir, name), Chapter(c, chapterPages, page, prose, rng), Utf8);
            files.Add(name);
            page += chapterPages;
        }
        File.WriteAllText(Path.Combine(dir, "book.yaml"), Manifest(pages, files), Utf8);
        File.WriteAllText(Path.Combine(dir, "sources.yaml"), Bibliography(), Utf8);
        File.WriteAllText(Path.Combine(dir, "index.yaml"), Index(), Utf8);
    }

    static readonly UTF8Encoding Utf8 = new(false);

    static string Manifest(int pages, List<string> files)
    {
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"title: \"A Synthetic Book of {pages} Pages\"\n");
        sb.Append("subtitle: \"Generated for the benchmark\"\n");
        sb.Append(CultureInfo.InvariantCulture, $"slug: synthetic-{pages}\n");
        sb.Append("editors: [\"Book Bench\"]\nlanguage: en\ndate: 2026-01-01\nedition: \"Benchmark edition\"\n");
        sb.Append("identifier: \"urn:uuid:00000000-0000-4000-8000-000000000000\"\n");
        sb.Append("page: { size: A5, top: 16mm, bottom: 20mm, inner: 18mm, outer: 14mm }\nfont-size: 10.5\n");
        sb.Append("chapters: [").Append(string.Join(", ", files)).Append("]\n");
        sb.Append("appendices: [bibliography, index]\noutputs: [pdf]\n");
        return sb.ToString();
    }

    static string Chapter(int c, int pages, int firstPage, Prose prose, Rng rng)
    {
        var sb = new StringBuilder();
        var notes = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"# {Title(prose)} {{#sec:ch{c}}}\n\n");
        int note = 0;
        for (int p = 0; p < pages; p++)
        {
            int global = firstPage + p;
            if (p % 3 == 2) sb.Append(CultureInfo.InvariantCulture, $"## {Title(prose)} {{#sec:ch{c}-s{p}}}\n\n");
            // A page's words in two or three paragraphs, with its notes and citations spread through them.
            int words = 0, paragraphs = rng.Next(2, 4), marks = 0;
            for (int q = 0; q < paragraphs; q++)
            {
                int target = SyntheticBook.WordsPerPage / paragraphs;
                int start = sb.Length;
                while (CountWords(sb, start) < target)
                {
                    prose.Sentence(sb);
                    // Three notes and two citations a page, one after a sentence now and then.
                    if (marks < 5 && rng.NextDouble() < 0.45)
                    {
                        sb.Length--; // the space after the full stop
                        if (marks % 2 == 0)
                        {
                            note++;
                            sb.Append(CultureInfo.InvariantCulture, $"[^n{note}] ");
                            notes.Append(CultureInfo.InvariantCulture, $"[^n{note}]: ");
                            int ns = rng.Next(1, 3);
                            for (int s = 0; s < ns; s++) prose.Sentence(notes, allowSpans: false);
                            notes.Length--;
                            notes.Append("\n\n");
                        }
                        else sb.Append(Citation(rng)).Append(' ');
                        marks++;
                    }
                }
                words += CountWords(sb, start);
                sb.Length--;
                sb.Append("\n\n");
            }
            while (marks < 5)
            {
                // Any marks the page still owes go at the end of its last paragraph.
                sb.Length -= 2;
                if (marks % 2 == 0) { note++; sb.Append(CultureInfo.InvariantCulture, $"[^n{note}]"); notes.Append(CultureInfo.InvariantCulture, $"[^n{note}]: "); prose.Sentence(notes, false); notes.Length--; notes.Append("\n\n"); }
                else sb.Append(' ').Append(Citation(rng));
                sb.Append("\n\n");
                marks++;
            }
            if (global % 10 == 9) Table(sb, c, p, prose, rng);
        }
        sb.Append(notes);
        return sb.ToString();
    }

    static int CountWords(StringBuilder sb, int start)
    {
        int n = 0; bool inWord = false;
        for (int i = start; i < sb.Length; i++)
        {
            bool space = sb[i] == ' ' || sb[i] == '\n';
            if (!space && !inWord) n++;
            inWord = !space;
        }
        return n;
    }

    static string Title(Prose prose)
    {
        var w = new List<string>();
        int n = 3 + (prose.Word().Length % 4);
        for (int i = 0; i < n; i++) w.Add(prose.Word());
        w[0] = Capital(w[0]);
        return string.Join(' ', w);
    }

    static string Capital(string w) => char.ToUpperInvariant(w[0]) + w[1..];

    static string Citation(Rng rng)
    {
        int k = rng.Next(Sources);
        return rng.NextDouble() < 0.5
            ? $"[@src{k.ToString(CultureInfo.InvariantCulture)}]"
            : $"[@src{k.ToString(CultureInfo.InvariantCulture)}, p. {rng.Next(1, 400).ToString(CultureInfo.InvariantCulture)}]";
    }

    static void Table(StringBuilder sb, int c, int p, Prose prose, Rng rng)
    {
        sb.Append("| Place | Year | Reported | Source |\n|:---|---:|---:|:---|\n");
        int rows = rng.Next(4, 9);
        for (int r = 0; r < rows; r++)
        {
            string place = Capital(prose.Word());
            sb.Append(CultureInfo.InvariantCulture, $"| {Prose.IndexNames[rng.Next(Prose.IndexNames.Count)]} {place} | {rng.Next(1900, 2026)} | {rng.Next(10, 90000):N0} | {prose.Word()} {prose.Word()} |\n");
        }
        sb.Append(CultureInfo.InvariantCulture, $"\nTable: {Title(prose)} {{#tbl:t{c}-{p}}}\n\n");
    }

    static string Bibliography()
    {
        var sb = new StringBuilder();
        var rng = new Rng(40);
        var prose = new Prose(rng);
        string[] types = ["book", "article-journal", "article-newspaper", "webpage", "report", "chapter"];
        for (int k = 0; k < Sources; k++)
        {
            var type = types[k % types.Length];
            sb.Append(CultureInfo.InvariantCulture, $"- id: src{k}\n  type: {type}\n  title: \"{Title(prose)}\"\n");
            sb.Append(CultureInfo.InvariantCulture, $"  author: [{{family: {Prose.IndexNames[k % 8]}{k}, given: {Capital(prose.Word())}}}]\n");
            if (type is "article-journal" or "article-newspaper" or "chapter")
                sb.Append(CultureInfo.InvariantCulture, $"  container-title: \"{Title(prose)}\"\n");
            if (type is "book" or "report") sb.Append(CultureInfo.InvariantCulture, $"  publisher: \"{Title(prose)} Press\"\n  publisher-place: Baku\n");
            sb.Append(CultureInfo.InvariantCulture, $"  issued: {{date-parts: [[{1990 + k % 35}, {1 + k % 12}]]}}\n");
            if (type == "webpage") sb.Append(CultureInfo.InvariantCulture, $"  URL: https://example.org/articles/{k}\n");
            sb.Append('\n');
        }
        return sb.ToString();
    }

    static string Index()
    {
        var sb = new StringBuilder();
        foreach (var n in Prose.IndexNames.Order(StringComparer.Ordinal))
            sb.Append(CultureInfo.InvariantCulture, $"- term: \"{n}\"\n  variants: [\"{n}\"]\n\n");
        return sb.ToString();
    }
}
