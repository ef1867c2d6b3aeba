using System.Text;
using Book.Fonts;
using Book.Layout.Pages;
using Book.Layout.Styles;
using Book.Layout.Text;

namespace Book.Layout.Paragraphs;

public sealed partial class ParagraphSetter
{
    const double HyphenPenalty = 50, ExplicitHyphenPenalty = 50;
    [ThreadStatic] static int[]? _breakBuffer;

    void BuildItems(IReadOnlyList<StyledRun> runs, ParagraphSpec spec, List<Segment> segments, List<BreakItem> items)
    {
        for (int ri = 0; ri < runs.Count; ri++)
        {
            var run = runs[ri];
            var font = fonts.For(run.Flags);
            if (run.Text == "\n")
            {
                items.Add(BreakItem.Penalty(0, BreakItem.Infinity, false, -1));
                items.Add(BreakItem.Glue(0, 100000, 0, -1));
                items.Add(BreakItem.Penalty(0, -BreakItem.Infinity, false, -1));
                continue;
            }
            if (run.Text.Length == 0)
            {
                items.Add(BreakItem.Box(0, AddSegment(segments, font, run, ri, "", [], 0)));
                continue;
            }
            var hyph = spec.Hyphenate ? Hyphenator.ForLanguage(run.Language ?? spec.Language) : null;
            string text = run.Text;
            int i = 0;
            while (i < text.Length)
            {
                char c = text[i];
                if (c is '\u2002' or '\u2003')
                {
                    // En and em spaces: fixed width, no break (after note numbers, in captions).
                    double fixedW = run.Size * (c == '\u2002' ? 0.5 : 1.0);
                    items.Add(BreakItem.Penalty(0, BreakItem.Infinity, false, -1));
                    items.Add(BreakItem.Glue(fixedW, 0, 0, AddSegment(segments, font, run, ri, " ", [], fixedW)));
                    i++;
                    continue;
                }
                if (IsSpace(c))
                {
                    bool nobreak = c is '\u00A0' or '\u202F';
                    double w = SpaceWidth(font, run.Size, c);
                    int seg = AddSegment(segments, font, run, ri, " ", [], w);
                    if (nobreak) items.Add(BreakItem.Penalty(0, BreakItem.Infinity, false, -1));
                    bool justify = spec.Align == Alignment.Justify;
                    items.Add(BreakItem.Glue(w, justify ? w * 0.5 : w * 2.5, justify ? w * 0.33 : 0, seg));
                    i++;
                    while (i < text.Length && text[i] is ' ' or '\t' or '\r' or '\n') i++;
                    continue;
                }
                int start = i;
                while (i < text.Length && !IsSpace(text[i]) && text[i] is not ('\u2002' or '\u2003')) i++;
                AddWord(text.Substring(start, i - start), font, run, ri, hyph, segments, items);
            }
        }
    }

    static bool IsSpace(char c) => c is ' ' or '\t' or '\r' or '\n' or '\u00A0' or '\u202F' or '\u2009';

    static double SpaceWidth(OpenTypeFont font, double size, char c)
    {
        double space = font.GetAdvance(font.GetGlyph(' ')) * size / font.UnitsPerEm;
        return c is '\u202F' or '\u2009' ? space * 0.6 : space;
    }

    int AddSegment(List<Segment> segments, OpenTypeFont font, StyledRun run, int ri, string text, PlacedGlyph[] glyphs, double width)
    {
        segments.Add(new Segment { Font = font, Size = run.Size, Rise = run.Rise, Text = text, Glyphs = glyphs, Width = width, Run = ri, Gray = run.Gray });
        return segments.Count - 1;
    }

    /// <summary>
    /// Shapes a whole word (so ligatures and kerning see all of it), then cuts it into fragments
    /// at hyphenation points and after explicit hyphens. A point inside a ligature is dropped.
    /// </summary>
    void AddWord(string word, OpenTypeFont font, StyledRun run, int ri, Hyphenator? hyph, List<Segment> segments, List<BreakItem> items)
    {
        double scale = run.Size / font.UnitsPerEm;
        var shaped = Shaping.Shape(font, word);
        // Candidate cut points (char index where the next fragment starts) with their kind.
        var cuts = new SortedDictionary<int, bool>(); // true = hyphenation (needs a hyphen), false = after an explicit dash or slash
        for (int k = 0; k < word.Length - 1; k++)
        {
            char c = word[k];
            if ((c is '-' or '\u2010' or '\u2013' or '\u2014') && k > 0 && char.IsLetterOrDigit(word[k - 1]) && char.IsLetterOrDigit(word[k + 1])) cuts[k + 1] = false;
            else if (c == '/' && word.Length > 12 && k + 1 < word.Length && word[k + 1] != '/') cuts[k + 1] = false;
        }
        if (hyph is { HasRules: true } && !run.NoBreak)
        {
            int k = 0;
            while (k < word.Length)
            {
                if (!char.IsLetter(word[k])) { k++; continue; }
                int s = k;
                while (k < word.Length && (char.IsLetter(word[k]) || word[k] == '\u00AD')) k++;
                if (k - s >= 5)
                {
                    var buf = _breakBuffer ??= new int[64];
                    if (buf.Length < k - s) buf = _breakBuffer = new int[k - s + 16];
                    int n = hyph.GetBreaks(word.AsSpan(s, k - s), buf);
                    for (int b = 0; b < n; b++) cuts.TryAdd(s + buf[b], true);
                }
            }
        }
        // Cuts must fall on cluster boundaries.
        var boundaries = new HashSet<int>();
        foreach (var g in shaped) boundaries.Add(g.Cluster);
        int gi = 0, fragStart = 0;
        void Emit(int endChar, bool? cutKind)
        {
            var glyphs = new List<PlacedGlyph>();
            double w = 0;
            while (gi < shaped.Length && shaped[gi].Cluster < endChar)
            {
                var g = shaped[gi++];
                float adv = (float)(g.Advance * scale);
                glyphs.Add(new PlacedGlyph(g.Glyph, adv, g.Cluster - fragStart, g.ClusterLength));
                w += adv;
            }
            string text = word[fragStart..endChar];
            items.Add(BreakItem.Box(w, AddSegment(segments, font, run, ri, text, glyphs.ToArray(), w)));
            if (cutKind is bool hyphenation)
            {
                if (hyphenation)
                {
                    var (hg, hw, ht) = HyphenGlyph(font, run.Size);
                    int seg = AddSegment(segments, font, run, ri, ht, [new PlacedGlyph(hg, (float)hw, 0, 1)], hw);
                    items.Add(BreakItem.Penalty(hw, HyphenPenalty, true, seg));
                }
                else items.Add(BreakItem.Penalty(0, ExplicitHyphenPenalty, word[endChar - 1] != '/', -1));
            }
            fragStart = endChar;
        }
        foreach (var (at, kind) in cuts)
        {
            if (at <= fragStart || at >= word.Length || !boundaries.Contains(at)) continue;
            Emit(at, kind);
        }
        Emit(word.Length, null);
    }

    /// <summary>The glyph drawn at a hyphenated line end: U+2010 HYPHEN when the font has it (its own glyph,
    /// so copied text can tell a break from a typed hyphen), else the hyphen-minus.</summary>
    static (ushort Glyph, double Width, string Text) HyphenGlyph(OpenTypeFont font, double size)
    {
        ushort g = font.GetGlyph('\u2010');
        string text = "\u2010";
        if (g == 0 || font.GetAdvance(g) == 0) { g = font.GetGlyph('-'); text = "-"; }
        return (g, font.GetAdvance(g) * size / font.UnitsPerEm, text);
    }
}
