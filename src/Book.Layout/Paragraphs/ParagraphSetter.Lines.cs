using System.Text;
using Book.Fonts;
using Book.Pages;
using Book.Layout.Flow;

namespace Book.Layout.Paragraphs;

public sealed partial class ParagraphSetter
{
    /// <summary>Turns breakpoints into positioned lines; spaces become real space glyphs so copied text keeps its words apart.</summary>
    List<TextLine> BuildLines(IReadOnlyList<StyledRun> runs, ParagraphSpec spec, List<Segment> segments, List<BreakItem> items,
        IReadOnlyList<LineBreakAt> breaks, HashSet<int> emergency, out int badLines)
    {
        var lines = new List<TextLine>(breaks.Count);
        var pieces = _pieceBuilder ??= new PieceBuilder();
        badLines = 0;
        int start = 0;
        bool carried = false; // the line before ended in a hyphen the breaker added
        for (int li = 0; li < breaks.Count; li++)
        {
            var br = breaks[li];
            if (li > 0)
                while (start < br.Index && items[start].Kind != BreakKind.Box) start++; // discardable material after a break
            bool emergencyBreak = emergency.Contains(br.Index);
            // A line broken inside an over-wide word is reported as such, not also as a bad line.
            var line = new TextLine { Leading = spec.Leading, Bad = br.Bad && !emergencyBreak, EmergencyBreak = emergencyBreak };
            if (line.Bad) badLines++;
            double avail = spec.Width - spec.LeftIndent - (li > 0 ? spec.HangingIndent : 0);
            double x = 0;
            var brkItem = items[br.Index];
            // A line ending inside a URL keeps its natural spaces (ragged) rather than open them.
            bool justify = spec.Align == Alignment.Justify && !brkItem.Ragged;
            if (justify && li < breaks.Count - 1)
            {
                // Protrusion: a stop or hyphen at the end, a quote or dash at the start, hangs into the margin.
                double left = LeftHang(segments, items, start, br.Index);
                avail += brkItem.Protrude + left;
                x = -left;
            }
            double ratio = justify ? br.Ratio : 0;
            if (justify && br.Ratio > 1 && li == breaks.Count - 1) ratio = 0;
            var builder = pieces.Start(line, spec.Language);
            // Letters take up to ±1 unit of tracking; the spaces take the rest, exactly, so the line ends on the margin.
            double r = justify ? Math.Clamp(ratio, -1, 1) : 0;
            double boxes = 0, glue = 0, spaceStretch = 0, spaceShrink = 0;
            for (int k = start; k < br.Index; k++)
            {
                var it = items[k];
                if (it.Kind == BreakKind.Box) boxes += it.Width + (it.Segment >= 0 ? Track(segments[it.Segment], r) * segments[it.Segment].Glyphs.Length : 0);
                else if (it.Kind == BreakKind.Glue) { glue += it.Width; spaceStretch += Math.Min(it.SpaceStretch, 1000); spaceShrink += it.SpaceShrink; }
            }
            double hyphen = brkItem.Kind == BreakKind.Penalty && brkItem.Segment >= 0 ? brkItem.Width : 0;
            // An overfull line keeps its spaces at full shrink (TeX's rule) and sticks out; more would overlap words.
            double residual = justify && !(li == breaks.Count - 1) ? Math.Max(avail - boxes - glue - hyphen, -spaceShrink) : 0;
            if (justify && li == breaks.Count - 1 && ratio < 0) residual = Math.Max(avail - boxes - glue - hyphen, -spaceShrink);
            // A word the breaker hyphenated copies whole from its first part, its rest (on the next line) as nothing,
            // so copying or searching never meets the added hyphen: "restructuring", not "re‐ structuring".
            var end = items[br.Index];
            bool hyphenates = end.Kind == BreakKind.Penalty && end.Segment >= 0 && end.Width > 0;
            int restEnd = carried ? WordEnd(items, start, br.Index) : start;
            int wordStart = hyphenates ? WordStart(items, start, br.Index) : -1;
            string? whole = hyphenates && !(carried && wordStart <= start)
                ? WordText(segments, items, wordStart, br.Index) + WordText(segments, items, br.Index + 1, WordEnd(items, br.Index + 1, items.Count)) : null;
            if (carried) builder.CopyAs("");
            for (int k = start; k < br.Index; k++)
            {
                if (carried && k == restEnd) builder.CopyAs(null);
                if (whole is not null && k == wordStart) builder.CopyAs(whole);
                var it = items[k];
                switch (it.Kind)
                {
                    case BreakKind.Box:
                        if (it.Segment >= 0)
                        {
                            var seg = segments[it.Segment];
                            if (seg.Missing is { } missing) line.AddMissing(missing);
                            double t = Track(seg, r);
                            builder.Add(seg, runs[seg.Run], x, t);
                            x += it.Width + t * seg.Glyphs.Length;
                        }
                        else x += it.Width;
                        break;
                    case BreakKind.Glue:
                        double w = it.Width + (residual >= 0
                            ? (spaceStretch > 0 ? residual * Math.Min(it.SpaceStretch, 1000) / spaceStretch : 0)
                            : (spaceShrink > 0 ? residual * it.SpaceShrink / spaceShrink : 0));
                        if (!justify) w = it.Width;
                        if (it.Segment >= 0 && w > 0) builder.AddSpace(segments[it.Segment], runs[segments[it.Segment].Run], x, w);
                        x += w;
                        break;
                }
            }
            var brk = items[br.Index];
            if (brk.Kind == BreakKind.Penalty && brk.Segment >= 0 && brk.Width > 0)
            {
                builder.Add(segments[brk.Segment], runs[segments[brk.Segment].Run], x, 0);
                x += brk.Width;
                line.EndsWithHyphen = true;
            }
            builder.Finish();
            carried = hyphenates;
            line.Width = Math.Max(0, x);
            double shift = spec.LeftIndent + (li > 0 ? spec.HangingIndent : 0) + spec.Align switch
            {
                Alignment.Center => Math.Max(0, (avail - x) / 2),
                Alignment.Right => Math.Max(0, avail - x),
                _ => 0,
            };
            if (shift != 0) line.Shift(shift);
            lines.Add(line);
            start = br.Index + 1;
        }
        return lines;
    }

    /// <summary>How far the line's first glyph may stand out into the left margin (<see cref="Protrusion"/>).</summary>
    static double LeftHang(List<Segment> segments, List<BreakItem> items, int start, int end)
    {
        for (int k = start; k < end; k++)
        {
            var it = items[k];
            if (it.Kind != BreakKind.Box) continue;
            if (it.Segment < 0) return 0;
            var seg = segments[it.Segment];
            if (seg.Text.Length == 0 || seg.Glyphs.Length == 0 || seg.Rise != 0 || seg.Code) return 0;
            return Protrusion.Left(seg.Text[0]) * seg.Glyphs[0].Advance;
        }
        return 0;
    }

    /// <summary>Where the word ending at <paramref name="end"/> begins: just after the last space before it (or at <paramref name="from"/>).</summary>
    static int WordStart(List<BreakItem> items, int from, int end)
    {
        int k = end - 1;
        while (k >= from && items[k].Kind != BreakKind.Glue) k--;
        return k + 1;
    }

    /// <summary>Where the word going on from <paramref name="from"/> ends: at the next space (or <paramref name="limit"/>).</summary>
    static int WordEnd(List<BreakItem> items, int from, int limit)
    {
        int k = from;
        while (k < limit && items[k].Kind != BreakKind.Glue) k++;
        return k;
    }

    /// <summary>The letters of the boxes in [from, to); raised marks (note numbers) are not part of the word.</summary>
    static string WordText(List<Segment> segments, List<BreakItem> items, int from, int to)
    {
        var sb = new StringBuilder();
        for (int k = from; k < to; k++)
            if (items[k] is { Kind: BreakKind.Box, Segment: >= 0 } it && segments[it.Segment].Rise == 0) sb.Append(segments[it.Segment].Text);
        return sb.ToString();
    }

    /// <summary>Tracking per glyph for a line's adjustment ratio; raised marks are left alone.</summary>
    static double Track(Segment s, double r) => s.Rise != 0 || s.Glyphs.Length == 0 || s.Code ? 0
        : r >= 0 ? r * LetterStretch * s.Size : r * LetterShrink * s.Size;

    [ThreadStatic] static PieceBuilder? _pieceBuilder;

    /// <summary>
    /// Merges consecutive segments of one font, size and rise into one piece (one PDF text run).
    /// One per thread, started afresh for each line, so its text and glyph buffers are reused.
    /// </summary>
    sealed class PieceBuilder
    {
        TextLine line = null!;

        public PieceBuilder Start(TextLine l, string paragraphLanguage)
        {
            line = l;
            _paragraphLanguage = paragraphLanguage;
            _lang = null;
            _font = null; _size = _rise = _x = _gray = _width = 0; _strike = null; _sole = null;
            _text.Clear(); _glyphs.Clear();
            _linkUri = null; _linkDest = null; _linkX = _linkEnd = 0;
            _actual = null;
            return this;
        }

        // What the pieces begun from here copy as (null: their text); see CopyAs.
        string? _actual;

        /// <summary>Ends the piece so far; the pieces that follow copy as <paramref name="actualText"/> (null: as their text).</summary>
        public void CopyAs(string? actualText)
        {
            Flush();
            _actual = actualText;
        }

        OpenTypeFont? _font; double _size, _rise, _x, _gray, _width; StrikeLine? _strike;
        // The language of the piece so far where it is not the paragraph's: a change of language ends a piece.
        string? _lang, _paragraphLanguage;

        string? LanguageOf(StyledRun run) =>
            run.Language is { } l && !string.Equals(l, _paragraphLanguage, StringComparison.OrdinalIgnoreCase) ? l : null;
        readonly StringBuilder _text = new();
        readonly GlyphBuffer _glyphs = new();
        // The one segment the piece so far holds, untracked, from its start; null once it holds more or other.
        Segment? _sole;
        string? _linkUri; AnchorId? _linkDest; double _linkX, _linkEnd;

        public void Add(Segment s, StyledRun run, double x, double track)
        {
            if (run.ActualText is { } copied)
            {
                Flush();
                var around = _actual; // read after the flush: a word's text already given is not given again
                _actual = copied;
                Add(s, run with { ActualText = null }, x, track);
                Flush();
                _actual = around;
                return;
            }
            double width = s.Width + track * s.Glyphs.Length;
            Mark(run, x, width);
            if (run.Picture is { } picture)
            {
                // Drawn with the line, its foot on the baseline; the line's text runs on after it.
                if (picture.Drawn is { } drawn) (line.Drawings ??= []).Add(TextLine.Moved(drawn, x, -picture.Height));
                return;
            }
            if (s.Text.Length == 0) return;
            Begin(s.Font, s.Size, s.Rise, s.Gray, x, run.Strike, LanguageOf(run));
            int offset = _text.Length;
            _sole = offset == 0 && (float)track == 0 ? s : null;
            _text.Append(s.Text);
            foreach (var g in s.Glyphs) _glyphs.Add(g with { Cluster = g.Cluster + offset, Advance = g.Advance + (float)track });
            _width = x + width - _x;
            if (run.NoteId is not null) line.AddNote(run.NoteId);
        }

        public void AddSpace(Segment s, StyledRun run, double x, double width)
        {
            Mark(run, x, width, space: true);
            Begin(s.Font, s.Size, 0, s.Gray, x, run.Strike, LanguageOf(run));
            int offset = _text.Length;
            _sole = null;
            _text.Append(' ');
            _glyphs.Add(new PlacedGlyph(s.Font.GetGlyph(' '), (float)width, offset, 1));
            _width = x + width - _x;
        }

        void Begin(OpenTypeFont font, double size, double rise, double gray, double x, StrikeLine? strike, string? lang)
        {
            if (_font == font && _size == size && _rise == rise && _gray == gray && _strike == strike && _lang == lang && Math.Abs(_x + _width - x) < 0.01) return;
            Flush();
            _font = font; _size = size; _rise = rise; _gray = gray; _x = x; _width = 0; _strike = strike; _lang = lang;
        }

        void Mark(StyledRun run, double x, double width, bool space = false)
        {
            if (run.Anchor is not null && !space) line.AddMark(new LineMark(x, 0, null, null, run.Anchor));
            if (run.LinkUri != _linkUri || run.LinkDest != _linkDest || space && run.LinkUri is null && run.LinkDest is null)
            {
                FlushLink();
                if (space) return;
                _linkUri = run.LinkUri; _linkDest = run.LinkDest; _linkX = x;
            }
            _linkEnd = x + width;
        }

        void FlushLink()
        {
            if ((_linkUri is not null || _linkDest is not null) && _linkEnd > _linkX)
                line.AddMark(new LineMark(_linkX, _linkEnd - _linkX, _linkUri, _linkDest, null));
            _linkUri = null; _linkDest = null;
        }

        void Flush()
        {
            if (_font is not null && _glyphs.Count > 0)
            {
                // A piece that is one segment as it was shaped (no tracking) takes the segment's text and glyphs
                // themselves, which are never changed: a long word's line-wide pieces are not copied again.
                var (text, glyphs) = _sole is { } sole ? (sole.Text, sole.Glyphs) : (_text.ToString(), _glyphs.ToArray());
                line.Pieces.Add(new LinePiece(_font, _size, _x, _rise, text, glyphs, _width, _gray) { Strike = _strike, ActualText = _actual, Language = _lang });
                if (_actual is { Length: > 0 }) _actual = ""; // the region's text is given once, by its first piece
            }
            _text.Clear(); _glyphs.Clear(); _font = null; _sole = null;
        }

        public void Finish() { Flush(); FlushLink(); line = null!; }
    }
}
