using System.Text;
using Book.Fonts;
using Book.Layout.Pages;
using Book.Layout.Styles;
using Book.Layout.Text;

namespace Book.Layout.Paragraphs;

public sealed partial class ParagraphSetter
{
    const double HyphenPenalty = 50, ExplicitHyphenPenalty = 50;
    /// <summary>Tracking a justified line may add to or take from each glyph, in ems: a little give in the
    /// letters (as pdfTeX's font expansion gives) keeps names that cannot be hyphenated from forcing loose lines.</summary>
    public const double LetterStretch = 0.015, LetterShrink = 0.008;
    /// <summary>Cost of breaking inside a word that is wider than any line: high, but finite, so it is taken only when nothing else fits.</summary>
    const double EmergencyPenalty = 5000;
    [ThreadStatic] static int[]? _breakBuffer;
    double _pendingStretch, _pendingShrink; // letter tracking of the words since the last space

    void BuildItems(IReadOnlyList<StyledRun> runs, ParagraphSpec spec, List<Segment> segments, List<BreakItem> items, HashSet<int> emergency)
    {
        // The narrowest line of the paragraph: a fragment wider than this can only be set by breaking inside it.
        double narrowest = spec.EmergencyBreaks ? spec.Width - spec.LeftIndent - Math.Max(0, spec.HangingIndent) : double.PositiveInfinity;
        _pendingStretch = _pendingShrink = 0;
        for (int ri = 0; ri < runs.Count; ri++)
        {
            var run = runs[ri];
            var font = fonts.For(run.Flags);
            if (run.Text == "\n")
            {
                items.Add(BreakItem.Penalty(0, BreakItem.Infinity, false, -1));
                items.Add(BreakItem.Glue(0, double.PositiveInfinity, 0, -1));
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
            double em0 = run.Size;
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
                    // Stretch and shrink in ems, as TeX's fonts define them: Literata's space is narrow
                    // (0.2 em), so a share of it would leave a 60-character measure almost rigid.
                    double em = run.Size;
                    if (justify)
                    {
                        double ss = em * 0.16, sh = Math.Min(em * 0.07, w * 0.4);
                        items.Add(BreakItem.Glue(w, ss + _pendingStretch, sh + _pendingShrink, seg) with { SpaceStretch = ss, SpaceShrink = sh });
                    }
                    else if (nobreak) items.Add(BreakItem.Glue(w, 0, 0, seg));
                    else
                    {
                        // Knuth and Plass's ragged right: the stretch sits at the line's end, not in its
                        // spaces, so lines fill as far as they can and the rag stays gentle.
                        items.Add(BreakItem.Glue(0, em * 3, 0, -1));
                        items.Add(BreakItem.Penalty(0, 0, false, -1));
                        items.Add(BreakItem.Glue(w, -em * 3, 0, seg) with { SpaceStretch = 0 });
                    }
                    _pendingStretch = _pendingShrink = 0;
                    i++;
                    while (i < text.Length && text[i] is ' ' or '\t' or '\r' or '\n') i++;
                    continue;
                }
                int start = i;
                while (i < text.Length && !IsSpace(text[i]) && text[i] is not ('\u2002' or '\u2003')) i++;
                int glyphs = AddWord(text.Substring(start, i - start), font, run, ri, hyph, segments, items, narrowest, emergency);
                if (spec.Align == Alignment.Justify)
                {
                    _pendingStretch += glyphs * LetterStretch * run.Size;
                    _pendingShrink += glyphs * LetterShrink * run.Size;
                }
            }
        }
    }

    static bool IsUrl(string w) => w.Contains("://", StringComparison.Ordinal) || w.StartsWith("www.", StringComparison.Ordinal);

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
    /// Characters the font lacks become a visible placeholder (<see cref="MissingGlyphs"/>); a fragment
    /// wider than <paramref name="narrowest"/> gets an emergency break point after every cluster,
    /// each noted in <paramref name="emergency"/> so the line that uses one can be reported.
    /// </summary>
    int AddWord(string word, OpenTypeFont font, StyledRun run, int ri, Hyphenator? hyph, List<Segment> segments, List<BreakItem> items,
        double narrowest, HashSet<int> emergency)
    {
        double scale = run.Size / font.UnitsPerEm;
        var typed = word;
        // Soft hyphens typed by an editor are break points, not characters to draw.
        List<int>? soft = null;
        void TakeSoftHyphens()
        {
            soft = null;
            if (!word.Contains('\u00AD')) return;
            soft = new List<int>();
            var sb = new StringBuilder(word.Length);
            foreach (char ch in word)
                if (ch == '\u00AD') { if (sb.Length > 0) soft.Add(sb.Length); }
                else sb.Append(ch);
            word = sb.ToString();
        }
        TakeSoftHyphens();
        var shaped = Shaping.Shape(font, word, run.Language);
        int[]? missing = null;
        if (Array.Exists(shaped, g => g.Glyph == 0))
        {
            var lacking = new List<int>();
            word = MissingGlyphs.Substitute(font, typed, lacking);
            TakeSoftHyphens();
            if (word.Length == 0) return 0;
            shaped = Shaping.Shape(font, word, run.Language);
            missing = lacking.Count > 0 ? lacking.ToArray() : null;
        }
        // Candidate cut points (char index where the next fragment starts) with their kind.
        var cuts = new SortedDictionary<int, bool>(); // true = hyphenation (needs a hyphen), false = after an explicit dash or slash
        bool url = IsUrl(word);
        for (int k = 0; k < word.Length - 1; k++)
        {
            char c = word[k];
            if (url)
            {
                // URLs break after a slash and before . - _ ? & = # (Chicago: a line never ends on a
                // hyphen or period that could be read as punctuation), never inside "//", never with a hyphen.
                if (k < 7) continue;
                if (c == '/' && word[k + 1] != '/') cuts[k + 1] = false;
                else if (c is '.' or '-' or '_' or '?' or '&' or '=' or '#' && word[k - 1] != '/') cuts[k] = false;
            }
            else if ((c is '-' or '\u2010' or '\u2013' or '\u2014') && k > 0 && char.IsLetterOrDigit(word[k - 1]) && char.IsLetterOrDigit(word[k + 1])) cuts[k + 1] = false;
            else if (c == '/' && word.Length > 12 && word[k + 1] != '/') cuts[k + 1] = false;
        }
        if (soft is not null) foreach (var at in soft) cuts[at] = true;
        if (hyph is { HasRules: true } && !run.NoBreak && !url && soft is null && word.Length >= 5)
        {
            // The hyphenator sees the whole word: it skips edge punctuation, capitalised words and words with digits.
            var buf = _breakBuffer ??= new int[64];
            if (buf.Length < word.Length) buf = _breakBuffer = new int[word.Length + 16];
            int n = hyph.GetBreaks(word.AsSpan(), buf);
            for (int b = 0; b < n; b++) cuts.TryAdd(buf[b], true);
        }
        // Cuts must fall on cluster boundaries.
        var boundaries = new HashSet<int>();
        foreach (var g in shaped) boundaries.Add(g.Cluster);
        int gi = 0, fragStart = 0;
        // One box for glyphs [from, to) standing for word[charStart..charEnd).
        void Box(int from, int to, int charStart, int charEnd)
        {
            var glyphs = new PlacedGlyph[to - from];
            double w = 0;
            for (int k = from; k < to; k++)
            {
                var g = shaped[k];
                float adv = (float)(g.Advance * scale);
                glyphs[k - from] = new PlacedGlyph(g.Glyph, adv, g.Cluster - charStart, g.ClusterLength);
                w += adv;
            }
            int seg = AddSegment(segments, font, run, ri, word[charStart..charEnd], glyphs, w);
            if (missing is not null) { var s = segments[seg]; s.Missing = missing; segments[seg] = s; missing = null; }
            items.Add(BreakItem.Box(w, seg));
        }
        void Emit(int endChar, bool? cutKind)
        {
            int first = gi;
            double width = 0;
            while (gi < shaped.Length && shaped[gi].Cluster < endChar) width += shaped[gi++].Advance * scale;
            if (width <= narrowest || gi - first < 2) Box(first, gi, fragStart, endChar);
            else
            {
                // Wider than any line: a box per cluster, an emergency break point between each.
                for (int k = first; k < gi;)
                {
                    int end = k + 1;
                    while (end < gi && shaped[end].Cluster == shaped[k].Cluster) end++;
                    int charEnd = end < gi ? shaped[end].Cluster : endChar;
                    Box(k, end, shaped[k].Cluster, charEnd);
                    if (end < gi)
                    {
                        emergency.Add(items.Count);
                        items.Add(BreakItem.Penalty(0, EmergencyPenalty, false, -1));
                    }
                    k = end;
                }
            }
            if (cutKind is bool hyphenation)
            {
                if (hyphenation)
                {
                    var (hg, hw, ht) = HyphenGlyph(font, run.Size);
                    int seg = AddSegment(segments, font, run, ri, ht, [new PlacedGlyph(hg, (float)hw, 0, 1)], hw);
                    items.Add(BreakItem.Penalty(hw, HyphenPenalty, true, seg));
                }
                else if (url) items.Add(BreakItem.Glue(0, run.Size * 0.12, 0, -1)); // a little give, so a URL does not stiffen its line
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
        return shaped.Length;
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
