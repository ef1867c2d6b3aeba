using System.Collections.Concurrent;
using Book.Fonts;
using Book.Pages;
using Book.Layout.Flow;
using Book.Layout.Text;

namespace Book.Layout.Paragraphs;

public sealed partial class ParagraphSetter
{
    /// <summary>How a word fragment ends: nothing, a hyphenation point (in a capitalised word: <see cref="NameHyphen"/>),
    /// a break after a dash or slash, or a URL break.</summary>
    enum CutKind : byte { None, Hyphen, NameHyphen, Explicit, ExplicitUnflagged, Url }

    /// <summary>
    /// A shaped piece of a word up to a cut, in points at one size: its glyphs (advances as
    /// placed), their sum, and the unrounded sum the emergency-break test compares with a line.
    /// </summary>
    readonly record struct Fragment(string Text, PlacedGlyph[]? Glyphs, double Width, double RawWidth, CutKind Cut, ShapedRun Shaped = default)
    {
        public int GlyphCount => Glyphs?.Length ?? Shaped.Count;
        public PlacedGlyph Glyph(int i) => Glyphs is { } g ? g[i] : Shaped[i];
        /// <summary>The glyphs as one array (made here for a fragment of a long word, which keeps them shaped).</summary>
        public PlacedGlyph[] Placed()
        {
            if (Glyphs is { } g) return g;
            var placed = new PlacedGlyph[Shaped.Count];
            for (int i = 0; i < placed.Length; i++) placed[i] = Shaped[i];
            return placed;
        }
    }

    /// <summary>
    /// A fragment's glyphs left in the shaper's output (font units, clusters in the word), read as placed
    /// glyphs (points, clusters in the fragment) where they are set: the fragments of a word too long to cache
    /// are set once, so a 2 MB word's glyphs are not copied whole before its line-wide pieces copy them again.
    /// </summary>
    readonly record struct ShapedRun(ShapedGlyph[] Glyphs, int First, int Count, double Scale, int Start)
    {
        public PlacedGlyph this[int i]
        {
            get
            {
                var g = Glyphs[First + i];
                return new PlacedGlyph(g.Glyph, (float)(g.Advance * Scale), g.Cluster - Start, g.ClusterLength);
            }
        }
    }

    /// <summary>A word's fragments, how many glyphs it shaped to (letter tracking is per glyph), the code points its font
    /// lacks, and how far its last glyph may hang into the right margin at a line's end (<see cref="Protrusion"/>).</summary>
    sealed record CutWordResult(Fragment[] Fragments, int GlyphCount, int[]? Missing, double RightProtrusion = 0);

    /// <summary>
    /// Words already shaped and cut in one font, size, hyphenator, no-break and ligature setting. Prose
    /// repeats its words (a book of 100,000 words has a vocabulary of a few thousand), so
    /// shaping and hyphenation run once per distinct word; the fragments are immutable and
    /// shared, since lines copy glyphs out of them.
    /// </summary>
    sealed class WordContext
    {
        public readonly OpenTypeFont Font;
        public readonly double Size;
        public readonly Hyphenator? Hyph;
        public readonly bool NoBreak, Ligatures, SmallCaps;
        // Concurrent: divisions are composed on several threads, and a lock here serialised them.
        public readonly ConcurrentDictionary<string, CutWordResult> Words = new(StringComparer.Ordinal);
        public readonly ConcurrentDictionary<string, CutWordResult>.AlternateLookup<ReadOnlySpan<char>> Lookup;
        public int Count; // words kept (ConcurrentDictionary.Count takes every lock)
        HyphenInfo? _hyphen;

        public WordContext(OpenTypeFont font, double size, Hyphenator? hyph, bool noBreak, bool ligatures, bool smallCaps)
        {
            Font = font; Size = size; Hyph = hyph; NoBreak = noBreak; Ligatures = ligatures; SmallCaps = smallCaps;
            Lookup = Words.GetAlternateLookup<ReadOnlySpan<char>>();
        }

        public bool Matches(OpenTypeFont font, double size, Hyphenator? hyph, bool noBreak, bool ligatures, bool smallCaps) =>
            ReferenceEquals(Font, font) && Size == size && ReferenceEquals(Hyph, hyph) && NoBreak == noBreak && Ligatures == ligatures && SmallCaps == smallCaps;

        /// <summary>The line-end hyphen of this font and size, with its one glyph ready to place (made once; a reference, so threads see it whole).</summary>
        public HyphenInfo Hyphen
        {
            get
            {
                if (_hyphen is { } h) return h;
                var (g, w, t) = HyphenGlyph(Font, Size);
                return _hyphen = new HyphenInfo(w, t, [new PlacedGlyph(g, (float)w, 0, 1)]);
            }
        }
    }

    sealed record HyphenInfo(double Width, string Text, PlacedGlyph[] Glyphs)
    {
        /// <summary>How far the hyphen hangs into the right margin at a line's end.</summary>
        public double Protrusion => Paragraphs.Protrusion.Right('-') * Width;
    }

    /// <summary>Past this many distinct words in one context the cache stops growing (a pathological input cannot exhaust memory).</summary>
    /// <remarks>A word kept costs about 230 bytes (its fragments, result, node and key): 200,000 of them were 46 MB of the
    /// 440 MB live at a 100,000-row table's typesetting peak, every one a row's own number, never seen again. Prose stays
    /// far below this (the 1,000-page synthetic book has 6,900 distinct words, the booklet 2,500).</remarks>
    const int MaxCachedWordsPerContext = 50_000;

    /// <summary>Longer words are not kept: they seldom come again, and a 2 MB one would hold its glyphs for the whole build.</summary>
    const int MaxCachedWordLength = 1000;

    /// <summary>
    /// Longer words are not hyphenated (TeX stops at 63 letters): no language has such words, a run of
    /// letters that long is broken line-wide anyway (<see cref="AddOverwide"/>), and its hyphenation points
    /// cost a fragment, a hyphen and a break each (a 2 MB word took 700 MB and set 33,000 loose lines).
    /// </summary>
    const int MaxHyphenatedWordLength = 1000;

    // Read without a lock (an array replaced, never changed, when a context is added); a book has a handful.
    volatile WordContext[] _wordContexts = [];
    readonly Lock _wordGate = new();

    WordContext ContextFor(OpenTypeFont font, double size, Hyphenator? hyph, bool noBreak, bool ligatures, bool smallCaps)
    {
        foreach (var c in _wordContexts)
            if (c.Matches(font, size, hyph, noBreak, ligatures, smallCaps)) return c;
        lock (_wordGate)
        {
            foreach (var c in _wordContexts)
                if (c.Matches(font, size, hyph, noBreak, ligatures, smallCaps)) return c;
            var ctx = new WordContext(font, size, hyph, noBreak, ligatures, smallCaps);
            _wordContexts = [.. _wordContexts, ctx];
            return ctx;
        }
    }

    /// <summary>
    /// Adds a word's boxes and break points (from the cache when the word was seen before in this
    /// style) and returns its glyph count. A fragment wider than <paramref name="narrowest"/> gets
    /// emergency break points (<see cref="AddOverwide"/>), each noted in <paramref name="emergency"/> so the
    /// line that uses one can be reported; characters the font lacks are noted on the word's first box.
    /// </summary>
    int AddWord(ReadOnlySpan<char> word, OpenTypeFont font, StyledRun run, int ri, Hyphenator? hyph, List<Segment> segments, List<BreakItem> items,
        double narrowest, HashSet<int> emergency, bool nameFollows, out double rightProtrusion)
    {
        var ctx = ContextFor(font, run.Size, hyph, run.NoBreak, Shaping.Ligatures(run.Language), run.SmallCaps);
        if (!ctx.Lookup.TryGetValue(word, out var cut))
        {
            var text = word.ToString();
            cut = CutWord(text, font, run.Size, hyph, run.NoBreak, run.Language, code: (run.Flags & Styles.FontFlags.Mono) != 0, smallCaps: run.SmallCaps);
            // Two threads may cut the same word; both get equal results, and one is kept.
            if (ctx.Count < MaxCachedWordsPerContext && text.Length <= MaxCachedWordLength && ctx.Words.TryAdd(text, cut)) Interlocked.Increment(ref ctx.Count);
        }
        var missing = cut.Missing;
        rightProtrusion = run.Rise == 0 ? cut.RightProtrusion : 0;
        void Box(string text, PlacedGlyph[] glyphs, double w)
        {
            int seg = AddSegment(segments, font, run, ri, text, glyphs, w);
            if (missing is not null) { var s = segments[seg]; s.Missing = missing; segments[seg] = s; missing = null; }
            items.Add(BreakItem.Box(w, seg));
        }
        foreach (var f in cut.Fragments)
        {
            if (f.RawWidth <= narrowest || f.GlyphCount < 2) Box(f.Text, f.Placed(), f.Width);
            else AddOverwide(f, narrowest, items, emergency, Box);
            switch (f.Cut)
            {
                case CutKind.Hyphen:
                    var (hw, ht, hglyphs) = ctx.Hyphen;
                    int seg = AddSegment(segments, font, run, ri, ht, hglyphs, hw);
                    items.Add(BreakItem.Penalty(hw, HyphenPenalty, true, seg) with { Protrude = ctx.Hyphen.Protrusion });
                    break;
                case CutKind.NameHyphen:
                    // A name breaks only when its line needs it, and the first of two names ("Vitali Balasanyan") never.
                    if (nameFollows) break;
                    var (nw, nt, nglyphs) = ctx.Hyphen;
                    items.Add(BreakItem.Penalty(nw, NameHyphenPenalty, true, AddSegment(segments, font, run, ri, nt, nglyphs, nw)) with { Protrude = ctx.Hyphen.Protrusion });
                    break;
                case CutKind.Url:
                    // A break that adds no space: the line ending here is set ragged (its stretch is this glue's,
                    // taken back by the next if it does not break), so no space opens inside the URL.
                    items.Add(BreakItem.Glue(0, run.Size * UrlRag, 0, -1) with { SpaceStretch = 0 });
                    items.Add(BreakItem.Penalty(0, UrlBreakPenalty, false, -1) with { Ragged = true });
                    items.Add(BreakItem.Glue(0, -run.Size * UrlRag, 0, -1) with { SpaceStretch = 0 });
                    break;
                case CutKind.Explicit: items.Add(BreakItem.Penalty(0, ExplicitHyphenPenalty, true, -1)); break;
                case CutKind.ExplicitUnflagged: items.Add(BreakItem.Penalty(0, ExplicitHyphenPenalty, false, -1)); break;
            }
        }
        return cut.GlyphCount;
    }

    /// <summary>
    /// Shapes a whole word (so ligatures and kerning see all of it), then cuts it into fragments
    /// at hyphenation points and after explicit hyphens. A point inside a ligature is dropped.
    /// Characters the font lacks become a visible placeholder (<see cref="MissingGlyphs"/>).
    /// Depends only on the word and the context's style, so the result can be cached.
    /// </summary>
    static CutWordResult CutWord(string word, OpenTypeFont font, double size, Hyphenator? hyph, bool noBreak, string? language, bool code = false, bool smallCaps = false)
    {
        double scale = size / font.UnitsPerEm;
        var typed = word;
        // Soft hyphens typed by an editor are break points, not characters to draw.
        List<int>? soft = null;
        void TakeSoftHyphens()
        {
            soft = null;
            if (!word.Contains('\u00AD')) return;
            soft = new List<int>();
            var sb = new System.Text.StringBuilder(word.Length);
            foreach (char ch in word)
                if (ch == '\u00AD') { if (sb.Length > 0) soft.Add(sb.Length); }
                else sb.Append(ch);
            word = sb.ToString();
        }
        TakeSoftHyphens();
        var shaped = Shaping.ShapeWord(font, word, language, smallCaps);
        int[]? missing = null;
        if (HasNotdef(shaped))
        {
            var lacking = new List<int>();
            word = MissingGlyphs.Substitute(font, typed, lacking);
            TakeSoftHyphens();
            if (word.Length == 0) return new CutWordResult([], 0, null);
            shaped = Shaping.ShapeWord(font, word, language, smallCaps);
            missing = lacking.Count > 0 ? lacking.ToArray() : null;
        }
        // Candidate cut points (char index where the next fragment starts) with their kind.
        var cuts = new SortedDictionary<int, bool>(); // true = hyphenation (needs a hyphen), false = after an explicit dash or slash
        HashSet<int>? nameCuts = null;
        bool url = IsUrl(word);
        // Code breaks only at its spaces (and, wider than a line, anywhere): a dash or slash in it is typed, not a break.
        for (int k = 0; k < word.Length - 1 && !code; k++)
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
        if (hyph is { HasRules: true } && !noBreak && !url && soft is null && word.Length >= 5 && word.Length <= MaxHyphenatedWordLength)
        {
            // The hyphenator sees the whole word: it skips edge punctuation, capitalised words and words with digits.
            var buf = _breakBuffer ??= new int[64];
            if (buf.Length < word.Length) buf = _breakBuffer = new int[word.Length + 16];
            int n = hyph.GetBreaks(word.AsSpan(), buf);
            for (int b = 0; b < n; b++) cuts.TryAdd(buf[b], true);
            if (n == 0 && IsCapitalisedName(word))
            {
                // TeX's \uchyph: a name may break too, at a higher cost (NameHyphenPenalty), so a short line
                // is not left with nowhere to put its slack. All-capital words (acronyms) stay whole.
                n = hyph.GetBreaks(word.AsSpan(), buf, new HyphenationOptions { HyphenateCapitalized = true });
                // A name the patterns hardly know (a transliteration: Khachatu-ryan, Tchitchakian) breaks by its syllables instead.
                if (n <= 1)
                {
                    Span<int> syllables = stackalloc int[Math.Min(word.Length, 64)];
                    int m = NameSyllables.FindBreaks(word.AsSpan(), syllables);
                    if (m > n) { syllables[..m].CopyTo(buf); n = m; }
                }
                for (int b = 0; b < n; b++) if (cuts.TryAdd(buf[b], true)) (nameCuts ??= []).Add(buf[b]);
            }
        }
        var fragments = new List<Fragment>(cuts.Count + 1);
        int gi = 0, fragStart = 0;
        bool keepShaped = word.Length > MaxCachedWordLength; // set once, never cached: see ShapedRun
        if (cuts.Count > 0)
        {
            // Cuts must fall on cluster boundaries. Cuts come in order and clusters never go back, so one
            // walk along the glyphs finds them (a set of every cluster cost a 2 MB word 70 MB).
            int next = 0;
            foreach (var (at, hyphenation) in cuts)
            {
                while (next < shaped.Count && shaped[next].Cluster < at) next++;
                if (at <= fragStart || at >= word.Length || next == shaped.Count || shaped[next].Cluster != at) continue;
                var kind = hyphenation ? (nameCuts?.Contains(at) == true ? CutKind.NameHyphen : CutKind.Hyphen) : url ? CutKind.Url : word[at - 1] != '/' ? CutKind.Explicit : CutKind.ExplicitUnflagged;
                fragments.Add(Cut(word, shaped, scale, fragStart, at, ref gi, kind, keepShaped));
                fragStart = at;
            }
        }
        fragments.Add(Cut(word, shaped, scale, fragStart, word.Length, ref gi, CutKind.None, keepShaped));
        double protrude = shaped.Count > 0 && !code ? Protrusion.Right(word[^1]) * shaped[^1].Advance * scale : 0;
        return new CutWordResult(fragments.ToArray(), shaped.Count, missing, protrude);
    }

    static bool HasNotdef(ArraySegment<ShapedGlyph> shaped)
    {
        foreach (var g in shaped.AsSpan()) if (g.Glyph == 0) return true;
        return false;
    }

    /// <summary>A capitalised word whose other letters are all small: a name, not an acronym or a code.</summary>
    static bool IsCapitalisedName(string word)
    {
        int start = 0;
        while (start < word.Length && !char.IsLetter(word[start])) start++;
        if (start >= word.Length || !char.IsUpper(word[start])) return false;
        for (int k = start + 1; k < word.Length; k++)
            if (char.IsUpper(word[k])) return false;
        return true;
    }

    /// <summary>The glyphs of word[start..end) from glyph <paramref name="gi"/> on, with advances in points.</summary>
    static Fragment Cut(string word, ArraySegment<ShapedGlyph> shaped, double scale, int start, int end, ref int gi, CutKind cut, bool keepShaped = false)
    {
        int first = gi;
        double raw = 0;
        while (gi < shaped.Count && shaped[gi].Cluster < end) raw += shaped[gi++].Advance * scale;
        var text = start == 0 && end == word.Length ? word : word[start..end];
        if (keepShaped)
        {
            var run = new ShapedRun(shaped.Array!, shaped.Offset + first, gi - first, scale, start);
            double sum = 0;
            for (int i = 0; i < run.Count; i++) sum += run[i].Advance;
            return new Fragment(text, null, sum, raw, cut, run);
        }
        var glyphs = new PlacedGlyph[gi - first];
        double w = 0;
        for (int i = first; i < gi; i++)
        {
            var g = shaped[i];
            float adv = (float)(g.Advance * scale);
            glyphs[i - first] = new PlacedGlyph(g.Glyph, adv, g.Cluster - start, g.ClusterLength);
            w += adv;
        }
        return new Fragment(text, glyphs, w, raw, cut);
    }
}
