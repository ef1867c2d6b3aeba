using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace Book.Tests;

/// <summary>
/// Measures a PDF's word spaces the way the typography review did, from `pdftotext -bbox-layout`
/// alone, so our PDF and LaTeX's are judged by the same ruler: on each justified line (one that
/// reaches the right margin, so the last lines of paragraphs are left out) the gaps between
/// words, divided by the font's normal space, and the line's median gap. Body and note lines are
/// told apart by their type size; a raised note mark is part of its word, and the fixed space
/// after a note's number is no word space.
/// </summary>
public static partial class WordSpacing
{
    /// <summary>One justified line: its page, its median space as a multiple of the normal space, and its text.</summary>
    public sealed record Line(int Page, double Median, string Text, bool Note);

    /// <summary>The figures for one kind of line (body or notes).</summary>
    public sealed record Figures(int Lines, int Tight, int Over15, int Over2, double Median, double Max)
    {
        public override string ToString() => string.Create(CultureInfo.InvariantCulture,
            $"{Lines} lines, median {Median:0.00}×, < 0.8×: {Tight}, > 1.5×: {Over15}, > 2×: {Over2}, widest {Max:0.00}×");
    }

    public sealed record Report(Figures Body, Figures Notes, IReadOnlyList<Line> Lines)
    {
        public override string ToString() => $"body: {Body}\nnotes: {Notes}";

        /// <summary>The loosest lines, for a failure message.</summary>
        public string Loosest(int n = 8) => string.Join('\n', Lines.OrderByDescending(l => l.Median).Take(n)
            .Select(l => string.Create(CultureInfo.InvariantCulture, $"  p{l.Page} {(l.Note ? "note" : "body")} {l.Median:0.00}×  {l.Text}")));
    }

    sealed record W(string Text, double X0, double Y0, double X1, double Y1) { public double H => Y1 - Y0; }
    sealed record L(int Page, double X0, double X1, List<W> Words) { public double H => Median(Words.Select(w => w.H)); }

    /// <param name="bodySize">The body's type size in points; notes are measured at their own size, found from their height.</param>
    /// <param name="spaceEm">The font's normal space in ems (Literata's is 0.2).</param>
    public static Report Measure(string pdf, double bodySize, double spaceEm)
    {
        var lines = ReadLines(pdf);
        // Body and notes are the two commonest line heights (either may be the commoner); the body's is the taller.
        double body = lines.GroupBy(l => Math.Round(l.H, 1)).OrderByDescending(g => g.Count()).Take(2).Max(g => g.Key);
        // The right margin of left and right pages: the commonest line end of each.
        var edge = lines.Where(l => l.Words.Count > 4).GroupBy(l => l.Page % 2)
            .ToDictionary(g => g.Key, g => g.GroupBy(l => Math.Round(l.X1)).OrderByDescending(x => x.Count()).First().Key);
        var measured = new List<Line>();
        foreach (var line in lines)
        {
            if (!edge.TryGetValue(line.Page % 2, out var right)) continue;
            // Justified: ends at the margin, or a little past it where a hyphen or stop hangs into it.
            if (line.X1 < right - 1.5 || line.X1 > right + 4) continue;
            double scale = line.H / body;
            bool note = Math.Abs(scale - 0.8) < 0.06;
            if (!note && Math.Abs(scale - 1) > 0.04) continue;
            double space = spaceEm * bodySize * scale;
            var gaps = Gaps(line, space);
            if (gaps.Count == 0) continue;
            measured.Add(new Line(line.Page, Median(gaps), string.Join(' ', line.Words.Select(w => w.Text)), note));
        }
        return new Report(Summarise(measured.Where(l => !l.Note)), Summarise(measured.Where(l => l.Note)), measured);
    }

    /// <summary>The gaps between words as multiples of <paramref name="space"/>; marks and kerning gaps are not word spaces.</summary>
    static List<double> Gaps(L line, double space)
    {
        var words = line.Words.OrderBy(w => w.X0).ToList();
        var gaps = new List<double>();
        double h = line.H;
        for (int i = 1; i < words.Count; i++)
        {
            var w = words[i];
            double gap = w.X0 - words[i - 1].X1;
            // A raised mark (smaller type) belongs to the word before it; so does a gap too small to be a space.
            if (w.H < h * 0.85 || gap < space * 0.3) continue;
            // The fixed space after a note's number (or a number starting a line) is not justified.
            if (i == 1 && words[0].Text.All(char.IsAsciiDigit)) continue;
            gaps.Add(gap / space);
        }
        return gaps;
    }

    static Figures Summarise(IEnumerable<Line> lines)
    {
        var m = lines.Select(l => l.Median).ToList();
        if (m.Count == 0) return new Figures(0, 0, 0, 0, 0, 0);
        return new Figures(m.Count, m.Count(x => x < 0.8), m.Count(x => x > 1.5), m.Count(x => x > 2), Median(m), m.Max());
    }

    static double Median(IEnumerable<double> xs)
    {
        var s = xs.Order().ToList();
        if (s.Count == 0) return 0;
        return s.Count % 2 == 1 ? s[s.Count / 2] : (s[s.Count / 2 - 1] + s[s.Count / 2]) / 2;
    }

    static List<L> ReadLines(string pdf)
    {
        var r = PdfProbe.Run("pdftotext", "-bbox-layout", "-enc", "UTF-8", pdf, "-");
        if (r.ExitCode != 0) throw new InvalidOperationException("pdftotext -bbox-layout failed: " + r);
        var lines = new List<L>();
        int page = 0;
        L? current = null;
        foreach (Match m in Tag().Matches(r.StdOut))
        {
            double D(string g) => double.Parse(m.Groups[g].Value, CultureInfo.InvariantCulture);
            if (m.Groups["page"].Success) { page++; continue; }
            if (m.Groups["line"].Success) { current = new L(page, D("lx0"), D("lx1"), []); lines.Add(current); continue; }
            current?.Words.Add(new W(WebUtility.HtmlDecode(m.Groups["text"].Value), D("x0"), D("y0"), D("x1"), D("y1")));
        }
        return lines.Where(l => l.Words.Count > 0).ToList();
    }

    [GeneratedRegex("""<page\b(?<page>)|<line xMin="(?<lx0>[\d.]+)" yMin="[\d.]+" xMax="(?<lx1>[\d.]+)" yMax="[\d.]+"(?<line>)>|<word xMin="(?<x0>[\d.]+)" yMin="(?<y0>[\d.]+)" xMax="(?<x1>[\d.]+)" yMax="(?<y1>[\d.]+)">(?<text>[^<]*)</word>""")]
    private static partial Regex Tag();
}
