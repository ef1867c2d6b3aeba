using Book.Model;
using Book.Pages;
using Book.Layout.Blocks;
using Book.Layout.Flow;
using Book.Layout.Paragraphs;
using Book.Layout.Styles;

namespace Book.Layout.Blocks;

/// <summary>
/// One line of a contents-like list: a number column, the title (after its label, "Appendix A", if it
/// has one), dot leaders aligned on a common grid and the page number, the whole entry linked to its target.
/// </summary>
static class ContentsEntry
{
    public static List<VItem> Set(BlockLayout layout, string? number, IReadOnlyList<Inline> title, AnchorId target, double numW, StructElement? tag, string? label = null)
    {
        var style = layout.Style;
        var setter = layout.Setter;
        var f = layout.Flattener;
        var lang = layout.Language;
        double pageW = style.BodySize * 2.2, gap = style.BodySize * 0.6, leaderUnit = style.BodySize * 0.55;
        var items = new List<VItem>();
        var titleRuns = f.Flatten(title, FontFlags.None, style.BodySize, lang);
        // The label stands before the title, three quarters of an em from it, and the title's further lines hang under the title.
        TextLine? labelLine = label is null ? null
            : setter.Set(f.Flatten([new Model.Text(label)], FontFlags.None, style.BodySize, lang), new ParagraphSpec(style.TextWidth, style.Leading, Alignment.Left, 0, 0, 0, false, lang), out _)[0];
        double labelW = labelLine is null ? 0 : labelLine.Width + style.BodySize * 0.75;
        double titleW = style.TextWidth - numW - labelW - pageW - gap;
        var lines = setter.Set(titleRuns, new ParagraphSpec(titleW, style.Leading, Alignment.Left, 0, 0, style.BodySize, true, lang), out _);
        if (lines.Count == 0) return items;
        var pageRuns = f.Flatten([new PageRef(target.Name)], FontFlags.None, style.BodySize, lang);
        var pageLine = setter.Set(pageRuns, new ParagraphSpec(pageW, style.Leading, Alignment.Right, 0, 0, 0, false, lang), out _)[0];
        for (int i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            line.Tag = tag;
            line.Shift(numW + labelW);
            if (i == 0 && labelLine is not null)
                line.Pieces.InsertRange(0, labelLine.Pieces.Select(p => p with { X = p.X + numW }));
            if (i == 0 && number is not null)
            {
                var num = setter.Set(f.Flatten([new Model.Text(number)], FontFlags.None, style.BodySize, lang),
                    new ParagraphSpec(numW, style.Leading, Alignment.Left, 0, 0, 0, false, lang), out _)[0];
                line.Pieces.InsertRange(0, num.Pieces);
            }
            if (i == lines.Count - 1)
            {
                double from = numW + labelW + line.Width + gap * 0.5, to = style.TextWidth - pageW - gap * 0.5;
                Leaders(style, line, from, to, leaderUnit);
                foreach (var p in pageLine.Pieces) line.Pieces.Add(p with { X = p.X + style.TextWidth - pageW });
            }
            line.AddMark(new LineMark(0, style.TextWidth, null, target, null));
            items.Add(new LineItem { Line = line, X = 0, Height = style.Leading, Baseline = BookStyle.Baseline(style.Leading), BreakAfter = i == lines.Count - 1 });
        }
        return items;
    }

    /// <summary>Dot leaders placed on multiples of a unit, so dots line up from entry to entry.</summary>
    static void Leaders(BookStyle style, TextLine line, double from, double to, double unit)
    {
        var font = style.Fonts.Regular;
        ushort dot = font.GetGlyph('.');
        double dotW = font.GetAdvance(dot) * style.BodySize / font.UnitsPerEm;
        double x = Math.Ceiling(from / unit) * unit;
        var placed = new GlyphBuffer();
        var text = new System.Text.StringBuilder();
        double start = x;
        while (x + dotW <= to)
        {
            placed.Add(new PlacedGlyph(dot, (float)unit, text.Length, 1));
            text.Append('.');
            x += unit;
        }
        if (placed.Count == 0) return;
        line.Pieces.Add(new LinePiece(font, style.BodySize, start, 0, text.ToString(), placed.ToArray(), placed.Count * unit, 0.45));
    }
}
