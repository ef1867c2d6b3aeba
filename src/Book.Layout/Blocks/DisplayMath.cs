using Book.Model;
using Book.Layout.Flow;
using Book.Layout.Paragraphs;

namespace Book.Layout.Blocks;

using Text = Book.Model.Text;

/// <summary>
/// A paragraph with display math (<c>$$…$$</c>) in it. The math is not typeset: its TeX source, as
/// typed, is set in the code face on lines of its own, centred as a display would be, and the text
/// around it goes on without a new indent, as after a display in TeX. A page does not break just
/// before the display (TeX's \predisplaypenalty).
/// </summary>
static class DisplayMath
{
    public static void Layout(BlockLayout layout, List<VItem> items, Paragraph p, BlockContext ctx, Alignment align, double indent)
    {
        var chunk = new List<Inline>();
        bool first = true;
        void Text()
        {
            Trim(chunk);
            // A note's number (the context's lead) needs a line even when the note opens with the display.
            if (chunk.Count > 0 || first && ctx.Lead is not null)
            {
                layout.Paragraph(items, chunk.ToArray(), first ? ctx : ctx with { Lead = null }, align, first ? indent : 0, p.Span);
                first = false;
            }
            chunk.Clear();
        }
        foreach (var i in p.Content)
        {
            if (i is not TexMath { Display: true } math) { chunk.Add(i); continue; }
            Text();
            if (items.Count > 0 && items[^1] is LineItem before) before.BreakAfter = false;
            double size = Math.Round(ctx.Size * InlineFlattener.CodeScale, 2);
            var lines = CodeLines.Set(layout.Style.Fonts.Mono, "$$" + math.Tex.Trim() + "$$", size, ctx.Width, ctx.Leading, out _);
            // Centred as a whole, so the source's own indentation between its lines is kept.
            double widest = lines.Max(l => l.Width);
            if (widest < ctx.Width) foreach (var l in lines) l.Shift((ctx.Width - widest) / 2);
            // A little space around the display, none of it a place for a page to break before the math.
            items.Add(new SpaceItem { Height = ctx.Leading * 0.3, BreakAfter = false });
            CodeBlockLayouter.Verbatim(layout, items, lines, ctx.Left, ctx.Leading, p.Span, null);
            BlockLayout.Space(items, ctx.Leading * 0.3);
            first = false;
        }
        Text();
    }

    /// <summary>Drops the spaces a display leaves at the edges of the text before and after it.</summary>
    static void Trim(List<Inline> chunk)
    {
        if (chunk.Count > 0 && chunk[0] is Text t0) { var v = t0.Value.TrimStart(); if (v.Length == 0) chunk.RemoveAt(0); else chunk[0] = new Text(v); }
        if (chunk.Count > 0 && chunk[^1] is Text t1) { var v = t1.Value.TrimEnd(); if (v.Length == 0) chunk.RemoveAt(chunk.Count - 1); else chunk[^1] = new Text(v); }
    }
}
