using Book.Fonts;
using Book.Pages;

namespace Book.Layout.Paragraphs;

/// <summary>
/// Sets verbatim text (a code block, displayed TeX source) line for line: each source line one
/// output line, its spaces kept as they were typed, nothing justified or hyphenated. A line wider
/// than the measure is wrapped — at a space when one falls after its indentation, else anywhere —
/// and the continuation starts with a grey ↪ at the line's own indentation, as fvextra's
/// <c>breaklines</c> and listings' <c>postbreak</c> mark it: the reader's eye, going back to the left,
/// meets the sign before the text, where a mark at the broken line's end sits after it is read.
/// The mark is an artifact, so the code copies as typed.
/// </summary>
public static class CodeLines
{
    /// <summary>The continuation mark (U+21AA), which IBM Plex Mono has.</summary>
    public const string ContinuationMark = "\u21AA";
    const double MarkGray = 0.45;

    /// <summary>
    /// The lines of <paramref name="text"/> ('\n' separated) at <paramref name="size"/> within
    /// <paramref name="width"/>. <paramref name="wrapped"/> counts source lines that had to wrap;
    /// code points the font lacks are drawn as placeholders and noted on their lines.
    /// </summary>
    public static List<TextLine> Set(OpenTypeFont font, string text, double size, double width, double leading, out int wrapped)
    {
        var lines = new List<TextLine>();
        wrapped = 0;
        double scale = size / font.UnitsPerEm;
        foreach (var source in text.Split('\n'))
        {
            var line = source.TrimEnd('\r');
            if (line.Length == 0) { lines.Add(new TextLine { Leading = leading }); continue; }
            var lacking = new List<int>();
            var glyphs = Shape(font, scale, ref line, lacking);
            // Each glyph's start, in points; cluster boundaries are where the text may be cut.
            var x = new double[glyphs.Length + 1];
            for (int i = 0; i < glyphs.Length; i++) x[i + 1] = x[i] + glyphs[i].Advance;
            int indentChars = line.Length - line.TrimStart(' ').Length;
            int from = 0; // first glyph of the current output line
            bool continuation = false;
            while (from < glyphs.Length)
            {
                var out_ = new TextLine { Leading = leading };
                if (lacking.Count > 0) out_.AddMissing(lacking);
                double left = 0;
                if (continuation)
                {
                    // The mark stands where the line's text began; the text follows it after a space.
                    var (mark, markWidth) = Mark(font, size);
                    double indent = x[Math.Min(indentChars, glyphs.Length)];
                    if (indent + markWidth * 4 > width) indent = 0;
                    out_.Pieces.Add(new LinePiece(font, size, indent, 0, ContinuationMark + " ", mark, markWidth, MarkGray) { Artifact = true });
                    left = indent + markWidth;
                }
                int to = Fit(glyphs, x, from, width - left, line, out int next);
                if (to < glyphs.Length && !continuation) wrapped++;
                var piece = Piece(font, size, line, glyphs, x, from, to, left);
                if (piece is not null) out_.Pieces.Add(piece);
                out_.Width = left + x[to] - x[from];
                lines.Add(out_);
                from = next;
                continuation = true;
            }
        }
        return lines;
    }

    /// <summary>
    /// Where the line starting at glyph <paramref name="from"/> ends (exclusive) within
    /// <paramref name="avail"/>, and where the next one starts: after the last space that fits
    /// (the spaces at the break are dropped, as a wrap is not a character), else at the last
    /// cluster that fits; always at least one cluster, so a measure narrower than a character still ends.
    /// </summary>
    static int Fit(PlacedGlyph[] g, double[] x, int from, double avail, string text, out int next)
    {
        int end = from;
        while (end < g.Length && x[end + 1] - x[from] <= avail + 0.001) end++;
        if (end == g.Length) { next = end; return end; }
        // The cut must fall on a cluster boundary.
        while (end > from && g[end].Cluster == g[end - 1].Cluster) end--;
        // The last space that fits, after some text (not inside the leading indentation).
        for (int k = end; k > from; k--)
        {
            if (text[g[k].Cluster] != ' ') continue;
            int stop = k;
            while (stop > from && text[g[stop - 1].Cluster] == ' ') stop--;
            if (stop == from) break;
            next = k;
            while (next < g.Length && text[g[next].Cluster] == ' ') next++;
            return stop;
        }
        if (end == from)
        {
            end = from + 1;
            while (end < g.Length && g[end].Cluster == g[from].Cluster) end++;
        }
        next = end;
        return end;
    }

    static LinePiece? Piece(OpenTypeFont font, double size, string text, PlacedGlyph[] g, double[] x, int from, int to, double left)
    {
        if (to <= from) return null;
        int charStart = g[from].Cluster, charEnd = to < g.Length ? g[to].Cluster : text.Length;
        var part = new PlacedGlyph[to - from];
        for (int i = from; i < to; i++) part[i - from] = g[i] with { Cluster = g[i].Cluster - charStart };
        return new LinePiece(font, size, left, 0, text[charStart..charEnd], part, x[to] - x[from], 0);
    }

    /// <summary>The line's glyphs, advances in points; characters the font lacks become placeholders.</summary>
    static PlacedGlyph[] Shape(OpenTypeFont font, double scale, ref string line, List<int> lacking)
    {
        // No ligatures: code is read character by character.
        var shaped = Shaping.Shape(font, line, ligatures: false);
        if (Array.Exists(shaped, s => s.Glyph == 0))
        {
            line = MissingGlyphs.Substitute(font, line, lacking);
            shaped = Shaping.Shape(font, line, ligatures: false);
        }
        var glyphs = new PlacedGlyph[shaped.Length];
        for (int i = 0; i < shaped.Length; i++)
            glyphs[i] = new PlacedGlyph(shaped[i].Glyph, (float)(shaped[i].Advance * scale), shaped[i].Cluster, shaped[i].ClusterLength);
        return glyphs;
    }

    static (PlacedGlyph[] Glyphs, double Width) Mark(OpenTypeFont font, double size)
    {
        ushort g = font.GetGlyph(ContinuationMark[0]), space = font.GetGlyph(' ');
        double cell = font.GetAdvance(space) * size / font.UnitsPerEm;
        double w = font.GetAdvance(g) * size / font.UnitsPerEm;
        // The mark and a space: two cells of the monospace.
        return ([new PlacedGlyph(g, (float)w, 0, 1), new PlacedGlyph(space, (float)cell, 1, 1)], w + cell);
    }
}
