using Book.Model;
using Book.Pages;
using Book.Layout.Flow;
using Book.Layout.Paragraphs;
using Book.Layout.Styles;

namespace Book.Layout.Blocks;

/// <summary>Cells that hold blocks (a grid table's paragraphs and lists), set one above the other inside the cell.</summary>
sealed partial class TableSetter
{
    /// <summary>
    /// Sets a cell's blocks in its column and places their lines (and anything drawn) in the row at
    /// <paramref name="x"/>; returns the height they take. The cell's own paragraphs take the column's
    /// alignment; lists and the rest go through their layouters, set in the cell's type, tagged under the cell.
    /// </summary>
    double BlockCell(IReadOnlyList<Block> blocks, Alignment align, bool header, double x, double width, double pad, BlockContext cellCtx,
        StructElement? cell, List<(LineItem Line, double X, double Y)> placed, List<PageItem> drawn)
    {
        var items = new List<VItem>();
        var inner = new BlockContext(0, width, cellCtx.Size, cellCtx.Leading, header ? FontFlags.Italic : FontFlags.None, false)
        {
            Place = BlockPlace.Cell,
            Depth = cellCtx.Depth + 1,
        };
        var outer = layout.Parent;
        if (cell is not null) layout.Parent = cell;
        for (int i = 0; i < blocks.Count; i++)
        {
            if (i > 0) BlockLayout.Space(items, cellCtx.Leading * 0.4);
            if (blocks[i] is Paragraph p)
            {
                var lines = layout.Paragraph(items, p.Content, inner, align, 0, p.Span, flags: inner.Flags);
                BlockLayout.Tag(lines, layout.Parent, "P");
            }
            else layout.Block(items, blocks[i], inner with { Previous = i > 0 ? blocks[i - 1] : null, Next = i + 1 < blocks.Count ? blocks[i + 1] : null });
        }
        layout.Parent = outer;

        // Stacked as the page builder would stack them, spaces only between material, never at the ends.
        double y = 0, pending = 0;
        bool started = false;
        foreach (var it in items)
        {
            switch (it)
            {
                case SpaceItem s:
                    if (started) pending += s.Height;
                    break;
                case LineItem l:
                    y += pending; pending = 0; started = true;
                    placed.Add((l, x + l.X, pad + y));
                    y += l.Height;
                    break;
                case DrawItem d:
                    y += pending; pending = 0; started = true;
                    foreach (var (line, lx, ly) in d.Lines) placed.Add((line, x + lx, pad + y + ly));
                    foreach (var item in d.Items) drawn.Add(Offset(item, x, pad + y));
                    y += d.Height;
                    break;
            }
        }
        return y;
    }

    static PageItem Offset(PageItem it, double dx, double dy) => it switch
    {
        Pages.Rule r => r with { X1 = r.X1 + dx, X2 = r.X2 + dx, Y1 = r.Y1 + dy, Y2 = r.Y2 + dy },
        FilledRect f => f with { X = f.X + dx, Y = f.Y + dy },
        _ => it,
    };

    /// <summary>A block cell's widths, from the paragraphs it holds, each stepped in as far as its list or quote sets it.</summary>
    (double Min, double WholeWords, double Max, string Word) MeasureBlocks(IReadOnlyList<Block> blocks, bool header, BlockContext ctx, bool hyphenate)
    {
        double min = 0, whole = 0, max = 0;
        string word = "";
        foreach (var (content, indent) in Paragraphs(blocks, 0, ctx.Size))
        {
            var m = MeasureCell(new TableCell(content), header, ctx, hyphenate);
            min = Math.Max(min, m.Min + indent);
            if (m.WholeWords + indent > whole) { whole = m.WholeWords + indent; word = m.Word; }
            max = Math.Max(max, m.Max + indent);
        }
        return (min, whole, max, word);
    }

    static IEnumerable<(IReadOnlyList<Inline> Content, double Indent)> Paragraphs(IEnumerable<Block> blocks, double indent, double em)
    {
        foreach (var b in blocks)
        {
            switch (b)
            {
                case Paragraph p: yield return (p.Content, indent); break;
                case Heading h: yield return (h.Content, indent); break;
                case ListBlock l:
                    foreach (var item in l.Items)
                        foreach (var x in Paragraphs(item.Blocks, indent + em * 1.6, em)) yield return x;
                    break;
                case DefinitionList d:
                    foreach (var item in d.Items)
                    {
                        yield return (item.Term, indent);
                        foreach (var x in Paragraphs(item.Definitions.SelectMany(x => x), indent + em * 1.6, em)) yield return x;
                    }
                    break;
                case BlockQuote q:
                    foreach (var x in Paragraphs(q.Blocks, indent + em * 3, em)) yield return x;
                    break;
                case Div d:
                    foreach (var x in Paragraphs(d.Blocks, indent, em)) yield return x;
                    break;
            }
        }
    }

    /// <summary>
    /// A row of block cells taller than <paramref name="tallest"/> cut into slices between lines: each cut
    /// where no cell's line is crossed (if the cells allow), the slices free to end a page and continued
    /// under the repeated caption. Lines here are not on one grid, so they are cut by position, not count.
    /// </summary>
    static IEnumerable<DrawItem> SlicesBetweenLines(DrawItem row, double tallest, IReadOnlyList<VItem> continuation)
    {
        if (row.Height <= tallest || row.Items.Count > 0 || row.Lines.Count == 0) { yield return row; yield break; }
        var tops = row.Lines.Select(l => l.Y).Distinct().OrderBy(y => y).ToList();
        bool Clean(double y) => !row.Lines.Any(l => l.Y < y - 0.01 && l.Y + l.Line.Height > y + 0.01);
        var cuts = new List<double> { 0 };
        while (row.Height - cuts[^1] > tallest)
        {
            double start = cuts[^1];
            var fits = tops.Where(y => y > start + 0.01 && y - start <= tallest).ToList();
            if (fits.Count == 0) break;
            double cut = fits.Where(Clean).DefaultIfEmpty(fits[^1]).Max();
            cuts.Add(cut);
        }
        for (int k = 0; k < cuts.Count; k++)
        {
            double top = cuts[k], bottom = k + 1 < cuts.Count ? cuts[k + 1] : row.Height;
            bool last = k + 1 == cuts.Count;
            var slice = new DrawItem
            {
                Height = bottom - top,
                ContinuationHeader = k == 0 ? row.ContinuationHeader : continuation,
                BreakAfter = last ? row.BreakAfter : true,
            };
            foreach (var (line, x, y) in row.Lines)
                if (y >= top - 0.01 && (last || y < bottom - 0.01)) slice.Lines.Add((line, x, y - top));
            yield return slice;
        }
    }
}
