using System.Globalization;
using Book.Model;
using Book.Pages;
using Book.Layout.Flow;
using Book.Layout.Paragraphs;
using Book.Layout.Styles;

namespace Book.Layout.Blocks;

using Text = Book.Model.Text;

/// <summary>
/// Sets one table (and the parts a chart shares with tables: captions, notes, cells) for a
/// <see cref="BlockLayout"/>; made per table, reading the layout's style, setter and structure.
/// </summary>
sealed partial class TableSetter(BlockLayout layout)
{
    readonly BookStyle style = layout.Style;
    readonly ParagraphSetter setter = layout.Setter;
    readonly InlineFlattener flattener = layout.Flattener;
    readonly DiagnosticBag diags = layout.Diagnostics;
    readonly string language = layout.Language;

    const double ThickRule = 0.8, ThinRule = 0.4;
    /// <summary>A table narrower than this share of the measure is widened to it, so its caption and notes have room.</summary>
    const double MinTableShare = 0.6;
    /// <summary>A table wider than this share of the measure is spread to the full measure.</summary>
    const double FullTableShare = 0.75;
    /// <summary>The smallest type a table is set in to make it fit, in points.</summary>
    const double MinTableSize = 5;
    /// <summary>A table of this many body rows or fewer is kept on one page.</summary>
    const int ShortTableRows = 8;

    /// <summary>Column widths and the type a table is set in, once they fit the measure.</summary>
    sealed record TableFit(double[] Widths, double Gap, BlockContext Cell, bool Hyphenated, bool Overflows)
    {
        /// <summary>The widths are the source's (<see cref="Model.Table.Widths"/>): the table is not spread to the measure.</summary>
        public bool Given { get; init; }
    }

    /// <summary>
    /// A booktabs table: caption above, rules top / under the header / bottom, no vertical rules,
    /// column widths from content like a browser's auto layout, header repeated after a page break.
    /// A table too wide for the measure is set smaller, then with words hyphenated inside cells,
    /// with a warning naming its widest cell.
    /// </summary>
    /// <summary>The type a table or chart is set in: the book's small size, or in a note the note's own
    /// size, since the note area is already smaller than the text and the table belongs to the note.</summary>
    internal (double Size, double Leading) Small(BlockContext ctx) =>
        ctx.Place == BlockPlace.Note ? (style.NoteSize, style.NoteLeading) : (style.SmallSize, style.SmallLeading);

    public void Table(List<VItem> items, Table t, BlockContext ctx)
    {
        int cols = Math.Max(t.Header.Count > 0 ? t.Header.Max(r => r.Count) : 0, t.Rows.Count > 0 ? t.Rows.Max(r => r.Count) : 0);
        if (cols == 0) return;
        var allRows = t.Header.Select(r => (Row: r, Header: true)).Concat(t.Rows.Select(r => (Row: r, Header: false))).ToList();
        var fit = FitColumns(t, allRows, cols, ctx);
        double gap = fit.Gap;
        var widths = fit.Widths;
        var cellCtx = fit.Cell;

        double tableWidth = widths.Sum() + gap * (cols - 1);
        double target = tableWidth > ctx.Width * FullTableShare ? ctx.Width : Math.Max(tableWidth, ctx.Width * MinTableShare);
        if (!fit.Overflows && !fit.Given && target > tableWidth) Spread(widths, target - tableWidth, t, cols);
        tableWidth = widths.Sum() + gap * (cols - 1);
        double left = ctx.Left + Math.Max(0, (ctx.Width - tableWidth) / 2);
        // The caption and notes stay within the measure when the columns cannot.
        double textWidth = Math.Min(tableWidth, ctx.Width);
        double textLeft = left;
        // A table the source draws narrow keeps its columns, but its caption and notes get the room a
        // fitted table would give them rather than a column's worth of lines; they start where the
        // table starts, so caption and rules line up on the left.
        if (fit.Given && textWidth < ctx.Width * MinTableShare)
            textWidth = Math.Min(ctx.Width * MinTableShare, ctx.Left + ctx.Width - left);
        var xs = new double[cols];
        for (int c = 1; c < cols; c++) xs[c] = xs[c - 1] + widths[c - 1] + gap;

        // Caption and notes keep the book's small size even when the cells are reduced.
        var (capSize, capLeading) = Small(ctx);
        var captionCtx = ctx with { Left = textLeft, Width = textWidth, Size = capSize, Leading = capLeading, Indent = false };
        BlockLayout.Space(items, ctx.Leading * 0.6);
        var captionContent = CaptionContent(t.Label, t.Caption);
        captionContent = [new Target(Anchors.AnchorOf(t.Id, t.Label)), .. captionContent];
        var capLines = layout.Paragraph(items, captionContent, captionCtx, Alignment.Left, 0, t.Span, hyphenate: false);
        foreach (var l in capLines) l.BreakAfter = false;
        BlockLayout.Tag(capLines, layout.Parent, "Caption");
        items.Add(Rule(left, tableWidth, ThickRule, cellCtx.Leading * 0.3));
        int headerStart = items.Count;

        var headerRows = allRows.Where(r => r.Header).Select(r => r.Row).ToList();
        foreach (var row in headerRows) items.Add(Row(row, true, t.Align, xs, widths, left, cellCtx, fit.Hyphenated, null));
        if (headerRows.Count > 0) items.Add(Rule(left, tableWidth, ThinRule, cellCtx.Leading * 0.25));

        // What a continued table starts with on its next page: the same caption marked "(continued)"
        // and the header again. Its lines carry no notes: those were placed with the first page.
        var contCaption = new List<VItem>();
        var contTmp = new List<VItem>();
        // Without the table's target: the anchor stays where the table starts (a second one is a duplicate destination).
        layout.Paragraph(contTmp, [.. CaptionContent(t.Label, t.Caption), new Text(" " + (layout.Book?.Meta.Locale ?? Locale.English).Continued)], captionCtx, Alignment.Left, 0, null, hyphenate: false);
        contCaption.AddRange(contTmp.OfType<LineItem>());
        contCaption.Add(Rule(left, tableWidth, ThickRule, cellCtx.Leading * 0.3));
        foreach (var row in headerRows) contCaption.Add(Row(row, true, t.Align, xs, widths, left, cellCtx, fit.Hyphenated, null));
        if (headerRows.Count > 0) contCaption.Add(Rule(left, tableWidth, ThinRule, cellCtx.Leading * 0.25));
        foreach (var c in contCaption)
        {
            c.BreakAfter = false;
            foreach (var line in Lines(c)) line.ClearNotes();
        }

        var bodyRows = allRows.Where(r => !r.Header).ToList();
        // A row must fit on a page under the repeated caption and header; a taller one is sliced.
        double tallest = style.TextHeight - contCaption.Sum(c => c.Height) - 2 * ctx.Leading;
        for (int r = 0; r < bodyRows.Count; r++)
        {
            var it = Row(bodyRows[r].Row, false, t.Align, xs, widths, left, cellCtx, fit.Hyphenated, r == 0 ? null : contCaption);
            // Never the header alone at a page's foot: the first two rows stay with it, the last two
            // together; a short table is never broken at all (it moves whole to the next page).
            it.BreakAfter = bodyRows.Count > ShortTableRows && r >= 1 && r < bodyRows.Count - 2;
            bool blocks = bodyRows[r].Row.Any(c => c.Blocks is not null);
            items.AddRange(blocks ? SlicesBetweenLines(it, tallest, contCaption) : Slices(it, tallest, cellCtx.Leading, contCaption));
        }
        layout.WarnSetting(t.Span, items.Skip(headerStart).OfType<DrawItem>().SelectMany(d => d.Lines.Select(l => l.Line.Line)).ToList());
        var bottom = Rule(left, tableWidth, ThickRule, cellCtx.Leading * 0.3);
        bottom.BreakAfter = t.Notes.Count == 0;
        items.Add(bottom);
        TableNotes(items, t.Notes, textLeft, textWidth, ctx);
        BlockLayout.Space(items, ctx.Leading * 0.6);
    }

    static IEnumerable<TextLine> Lines(VItem item) => item switch
    {
        LineItem l => [l.Line],
        DrawItem d => d.Lines.Select(x => x.Line.Line),
        _ => [],
    };

    public static IReadOnlyList<Inline> CaptionContent(string? label, IReadOnlyList<Inline> caption) =>
        label is null ? caption : [new Strong([new Text(label)]), new Text(caption.Count > 0 ? "\u2003" : ""), .. caption];

    public void TableNotes(List<VItem> items, IReadOnlyList<TableNote> notes, double left, double width, BlockContext ctx)
    {
        if (notes.Count == 0) return;
        items.Add(new SpaceItem { Height = style.NoteLeading * 0.3, BreakAfter = false });
        var noteCtx = ctx with { Left = left, Width = width, Size = style.NoteSize, Leading = style.NoteLeading };
        var all = new List<LineItem>();
        foreach (var n in notes)
        {
            IReadOnlyList<Inline> content = n.Mark.Length > 0 ? [new Span([new Text(n.Mark)], null, ["table-note-mark"]), new Text("\u2002"), .. n.Content] : n.Content;
            var lines = layout.Paragraph(items, content, noteCtx, Alignment.Left, 0, null, hyphenate: true);
            BlockLayout.Tag(lines, layout.BlockParent, "Note");
            if (lines.Count > 0) lines[^1].BreakAfter = true;
            all.AddRange(lines);
        }
        // The notes belong to the table: a few lines of them go with its last rows as one block;
        // a long set may break between notes, never before its first two lines.
        if (all.Count <= 10) foreach (var l in all) l.BreakAfter = false;
        else foreach (var l in all.Take(2)) l.BreakAfter = false;
        if (all.Count > 0) all[^1].BreakAfter = true;
    }

    /// <summary>
    /// A row taller than <paramref name="tallest"/> cut into slices of whole lines, each free to end a
    /// page and each continued under the repeated caption; shorter rows pass through unchanged.
    /// </summary>
    static IEnumerable<DrawItem> Slices(DrawItem row, double tallest, double leading, IReadOnlyList<VItem> continuation)
    {
        int perSlice = Math.Max(1, (int)Math.Floor(tallest / leading));
        if (row.Height <= tallest || row.Items.Count > 0) { yield return row; yield break; }
        double pad = row.Lines.Count > 0 ? row.Lines.Min(l => l.Y) : 0;
        int lineCount = (int)Math.Round((row.Height - 2 * pad) / leading);
        var slices = new DrawItem[(lineCount + perSlice - 1) / perSlice];
        for (int s = 0; s < slices.Length; s++)
        {
            int first = s * perSlice, n = Math.Min(perSlice, lineCount - first);
            bool last = first + n >= lineCount;
            slices[s] = new DrawItem
            {
                Height = n * leading + (first == 0 ? pad : 0) + (last ? pad : 0),
                ContinuationHeader = first == 0 ? row.ContinuationHeader : continuation,
                BreakAfter = last ? row.BreakAfter : true,
            };
        }
        // Each line goes to its slice in one pass, in the row's order: a pass over the row for every slice took
        // a cell of 170,000 words in a column beside a 76,000-digit word (2,500 pages) 10 s.
        foreach (var (line, x, y) in row.Lines)
        {
            int index = (int)Math.Round((y - pad) / leading);
            if (index < 0 || index >= lineCount) continue;
            int s = index / perSlice;
            double top = s * perSlice * leading + pad - (s == 0 ? pad : 0);
            slices[s].Lines.Add((line, x, y - top));
        }
        foreach (var slice in slices) yield return slice;
    }

    DrawItem Rule(double left, double width, double thickness, double spaceAfter)
    {
        var d = new DrawItem { Height = thickness + spaceAfter, BreakAfter = false };
        d.Items.Add(new Pages.Rule(left, thickness / 2, left + width, thickness / 2, thickness));
        return d;
    }

}
