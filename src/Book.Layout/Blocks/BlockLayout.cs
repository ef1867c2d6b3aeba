using Book.Model;
using Book.Layout.Flow;
using Book.Layout.Paragraphs;
using Book.Layout.Styles;

namespace Book.Layout.Blocks;

/// <summary>
/// Turns model blocks into vertical items for the page builder, each block by the layouter
/// registered for its type. Widows and orphans are prevented by forbidding breaks after a
/// paragraph's first line and before its last; a heading forbids the break after it.
/// One instance serves one division on one thread.
/// </summary>
public sealed partial class BlockLayout(BookStyle style, ParagraphSetter setter, InlineFlattener flattener, DiagnosticBag diags, string language)
{
    public BookStyle Style => style;
    public ParagraphSetter Setter => setter;
    public InlineFlattener Flattener => flattener;
    public DiagnosticBag Diagnostics => diags;
    public string Language => language;
    /// <summary>Which layouter sets which block type.</summary>
    public BlockLayouters Layouters { get; init; } = BlockLayouters.Default;
    /// <summary>The whole book, for blocks that list it (the contents, the lists of tables and figures).</summary>
    public BookDocument? Book { get; init; }
    /// <summary>Page number of an anchor in the last pass, for the index's locators; null when unknown or not arabic.</summary>
    public Func<string, int?>? PageNumberOf { get; set; }

    public List<VItem> Layout(IReadOnlyList<Block> blocks, double? width = null)
    {
        var items = new List<VItem>();
        var ctx = new BlockContext(0, width ?? style.TextWidth, style.BodySize, style.Leading, FontFlags.None, false);
        Blocks(items, blocks, ctx);
        return items;
    }

    /// <summary>Lays out a container's blocks in order, each knowing its neighbours.</summary>
    public void Blocks(List<VItem> items, IReadOnlyList<Block> blocks, BlockContext ctx)
    {
        bool indent = ctx.Indent;
        for (int i = 0; i < blocks.Count; i++)
        {
            var b = blocks[i];
            var floats = Block(items, b, ctx with { Indent = indent, Previous = i > 0 ? blocks[i - 1] : null, Next = i + 1 < blocks.Count ? blocks[i + 1] : null });
            // A table or chart may float away from the text, so the paragraph after it is indented
            // as a continuation of the one before, as LaTeX does after a float.
            // An HTML block prints as a body paragraph of its text; raw content print leaves out changes nothing.
            if (b is RawBlock raw) indent = RawBlockLayouter.Prints(raw) || indent;
            else if (!floats) indent = b is Model.Paragraph { Role: ParagraphRole.Body };
        }
    }

    /// <summary>Lays out one block with its layouter and tags what it produced; returns whether it floats.</summary>
    public bool Block(List<VItem> items, Block b, BlockContext ctx)
    {
        var layouter = Layouters.For(b);
        if (layouter is null)
        {
            diags.Warning(b.Span, $"a {b.GetType().Name} block has no print layout and is left out of the PDF");
            return false;
        }
        var outer = Parent;
        var element = Begin(b, layouter);
        int from = items.Count;
        layouter.Layout(this, items, b, ctx);
        End(items, from, element, outer, layouter.Tagging);
        if (layouter.Floats)
        {
            var group = new FloatGroup();
            for (int k = from; k < items.Count; k++) items[k].Float ??= group;
        }
        return layouter.Floats;
    }

    /// <summary>Sets a paragraph and appends its lines with widow/orphan control.</summary>
    public List<LineItem> Paragraph(List<VItem> items, IReadOnlyList<Inline> content, BlockContext ctx, Alignment align, double firstIndent,
        SourceSpan? span, double hanging = 0, bool hyphenate = true, FontFlags? flags = null, double gray = 0, bool emergency = true)
    {
        var runs = flattener.Flatten(content, flags ?? ctx.Flags, ctx.Size, language, gray);
        if (ctx.Lead is { } lead) runs.InsertRange(0, lead);
        // Centred text is display text (titles, a dedication): its lines are balanced.
        var lines = setter.Set(runs, new ParagraphSpec(ctx.Width, ctx.Leading, align, firstIndent, 0, hanging, hyphenate, language, emergency) { Balance = align == Alignment.Center }, out int bad);
        if (bad > 0) WarnBadLines(span, lines, bad, ctx.Place == BlockPlace.Note ? "note " : "");
        WarnSetting(span, lines);
        var result = new List<LineItem>(lines.Count);
        for (int i = 0; i < lines.Count; i++)
        {
            var li = new LineItem { Line = lines[i], X = ctx.Left, Height = ctx.Leading, Baseline = BookStyle.Baseline(ctx.Leading) };
            int n = lines.Count;
            // Two lines at least on each side of a page break; never a hyphen at a page's end.
            li.BreakAfter = n < 4 ? i == n - 1 : i == n - 1 || (i >= 1 && i <= n - 3);
            if (lines[i].EndsWithHyphen) li.BreakAfter = false;
            li.Stretch = ctx.Leading * (i == n - 1 ? FlushBottom.ParagraphStretch : FlushBottom.LineStretch);
            result.Add(li);
        }
        items.AddRange(result);
        return result;
    }

    /// <summary>Vertical space; adjacent spaces collapse to the larger, as in CSS.</summary>
    public static void Space(List<VItem> items, double h)
    {
        // A float keeps its closing space, which goes with it when it moves to the next page; this space
        // then stands alone and takes its full height back (PageBuilder), so a heading after a float
        // neither doubles the space nor loses it.
        if (items.Count > 0 && items[^1] is SpaceItem { Float: not null } f)
        {
            double rest = Math.Max(0, h - f.Height);
            items.Add(new SpaceItem { Height = rest, Stretch = rest, Full = h });
            return;
        }
        if (items.Count > 0 && items[^1] is SpaceItem s)
        {
            if (s.Height >= h) return;
            items[^1] = new SpaceItem { Height = h, BreakAfter = s.BreakAfter, Stretch = h };
            return;
        }
        items.Add(new SpaceItem { Height = h, Stretch = h });
    }

    /// <summary>How far a nested block steps in: its full inset while the measure stays above a third of
    /// the text width, then no further, so deep nesting stays readable instead of running out of width.
    /// A table's cell is narrow by nature: there the measure left need only be twice the inset.</summary>
    public double Inset(BlockContext ctx, double wanted, int sides) =>
        ctx.Width - wanted * sides >= (ctx.Place == BlockPlace.Cell ? wanted * 2 : style.TextWidth / 3) ? wanted : 0;
}
