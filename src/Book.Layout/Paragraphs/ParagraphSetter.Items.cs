using System.Text;
using Book.Fonts;
using Book.Pages;
using Book.Layout.Flow;
using Book.Layout.Styles;
using Book.Layout.Text;

namespace Book.Layout.Paragraphs;

public sealed partial class ParagraphSetter
{
    const double HyphenPenalty = 50, ExplicitHyphenPenalty = 50;
    /// <summary>Cost of hyphenating a name: twice a word's, so a name breaks when its line needs it, not for a small gain.</summary>
    const double NameHyphenPenalty = 100;
    /// <summary>The stretch a line ending inside a URL may take (it is set ragged), in ems, and the cost of that break.</summary>
    const double UrlRag = 2, UrlBreakPenalty = 50;
    /// <summary>Tracking a justified line may add to or take from each glyph, in ems: a little give in the
    /// letters (as pdfTeX's font expansion gives) keeps names that cannot be hyphenated from forcing loose lines.
    /// Shrink nearly as much as stretch, as expansion has it, so a full line can tighten rather than its neighbours open.</summary>
    public const double LetterStretch = 0.015, LetterShrink = 0.012;
    /// <summary>A space's stretch and shrink in ems: TeX's half and third of Literata's 0.2 em space, so the breaker
    /// sees a 1.5× space as the bad line it is (with more stretch it judged it cheap, and the page went grey and black:
    /// 61 body lines over 1.5× on the 90-note book, 10 with these; measured by tests/Book.Tests/Spacing).</summary>
    const double SpaceStretch = 0.1, SpaceShrink = 0.067;
    /// <summary>Cost of breaking inside a word that is wider than any line: high, but finite, so it is taken only when nothing else fits.</summary>
    const double EmergencyPenalty = 5000;
    [ThreadStatic] static int[]? _breakBuffer;

    void BuildItems(IReadOnlyList<StyledRun> runs, ParagraphSpec spec, List<Segment> segments, List<BreakItem> items, HashSet<int> emergency)
    {
        // The narrowest line of the paragraph: a fragment wider than this can only be set by breaking inside it.
        double narrowest = spec.EmergencyBreaks ? spec.Width - spec.LeftIndent - Math.Max(0, spec.HangingIndent) : double.PositiveInfinity;
        // Letter tracking of the words since the last space. Locals, not fields: one setter serves
        // several threads when divisions are composed in parallel.
        double pendingStretch = 0, pendingShrink = 0, protrude = 0;
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
            if (run.Picture is { } picture)
            {
                items.Add(BreakItem.Box(picture.Width, AddSegment(segments, font, run, ri, "", [], picture.Width)));
                protrude = 0;
                continue;
            }
            if (run.Text.Length == 0)
            {
                items.Add(BreakItem.Box(0, AddSegment(segments, font, run, ri, "", [], 0)));
                continue;
            }
            // Code is never hyphenated, and its spaces are all kept, each as wide as the code face's.
            bool code = (run.Flags & FontFlags.Mono) != 0;
            var hyph = spec.Hyphenate && !code ? Hyphenator.ForLanguage(run.Language ?? spec.Language) : null;
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
                    protrude = 0;
                    i++;
                    continue;
                }
                if (code && c is ' ' or '\t' or '\r' or '\n')
                {
                    AddCodeSpace(font, run, ri, spec, segments, items, first: i == 0 || !IsSpace(text[i - 1]));
                    pendingStretch = pendingShrink = 0;
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
                    // The stop or comma before a break may hang into the margin: a break before the space that knows it.
                    if (justify && !nobreak && protrude > 0) items.Add(BreakItem.Penalty(0, 0, false, -1) with { Protrude = protrude });
                    protrude = 0;
                    // Stretch and shrink in ems, as TeX's fonts define them: Literata's space is narrow
                    // (0.2 em), so a share of it would leave a 60-character measure almost rigid.
                    double em = run.Size;
                    if (justify)
                    {
                        double ss = em * SpaceStretch, sh = Math.Min(em * SpaceShrink, w * 0.4);
                        items.Add(BreakItem.Glue(w, ss + pendingStretch, sh + pendingShrink, seg) with { SpaceStretch = ss, SpaceShrink = sh });
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
                    pendingStretch = pendingShrink = 0;
                    i++;
                    while (i < text.Length && text[i] is ' ' or '\t' or '\r' or '\n') i++;
                    continue;
                }
                int start = i;
                while (i < text.Length && !IsSpace(text[i]) && text[i] is not ('\u2002' or '\u2003')) i++;
                int glyphs = AddWord(text.AsSpan(start, i - start), font, run, ri, hyph, segments, items, narrowest, emergency,
                    NameFollows(text, start, i), out protrude);
                if (spec.Align == Alignment.Justify && !code)
                {
                    pendingStretch += glyphs * LetterStretch * run.Size;
                    pendingShrink += glyphs * LetterShrink * run.Size;
                }
            }
        }
    }

    /// <summary>
    /// A space in code: rigid (TeX's typewriter fonts give their spaces no stretch either), a line
    /// break allowed only at the first of several, so a run of spaces is kept whole inside a line.
    /// </summary>
    void AddCodeSpace(OpenTypeFont font, StyledRun run, int ri, ParagraphSpec spec, List<Segment> segments, List<BreakItem> items, bool first)
    {
        double w = SpaceWidth(font, run.Size, ' ');
        int seg = AddSegment(segments, font, run, ri, " ", [], w);
        if (!first) items.Add(BreakItem.Penalty(0, BreakItem.Infinity, false, -1));
        if (first && spec.Align != Alignment.Justify)
        {
            // Ragged right, as for text: the stretch sits at the line's end if the line breaks here.
            double em = run.Size;
            items.Add(BreakItem.Glue(0, em * 3, 0, -1));
            items.Add(BreakItem.Penalty(0, 0, false, -1));
            items.Add(BreakItem.Glue(w, -em * 3, 0, seg) with { SpaceStretch = 0 });
        }
        else items.Add(BreakItem.Glue(w, 0, 0, seg) with { SpaceStretch = 0, SpaceShrink = 0 });
    }

    /// <summary>True when the word text[start..end) ends in a letter and a capitalised word follows it after one space: a name pair.</summary>
    static bool NameFollows(string text, int start, int end) =>
        end + 1 < text.Length && text[end] == ' ' && char.IsUpper(text[end + 1]) && char.IsUpper(text[start]) && char.IsLetter(text[end - 1]);

    static bool IsUrl(string w) => w.Contains("://", StringComparison.Ordinal) || w.StartsWith("www.", StringComparison.Ordinal);

    static bool IsSpace(char c) => c is ' ' or '\t' or '\r' or '\n' or '\u00A0' or '\u202F' or '\u2009';

    static double SpaceWidth(OpenTypeFont font, double size, char c)
    {
        double space = font.GetAdvance(font.GetGlyph(' ')) * size / font.UnitsPerEm;
        return c is '\u202F' or '\u2009' ? space * 0.6 : space;
    }

    int AddSegment(List<Segment> segments, OpenTypeFont font, StyledRun run, int ri, string text, PlacedGlyph[] glyphs, double width)
    {
        segments.Add(new Segment { Font = font, Size = run.Size, Rise = run.Rise, Text = text, Glyphs = glyphs, Width = width, Run = ri, Gray = run.Gray,
            Code = (run.Flags & FontFlags.Mono) != 0 });
        return segments.Count - 1;
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
