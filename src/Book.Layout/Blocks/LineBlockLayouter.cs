using Book.Model;
using Book.Layout.Flow;
using Book.Layout.Paragraphs;

namespace Book.Layout.Blocks;

using Text = Book.Model.Text;

/// <summary>
/// A line block (a poem, an address) set as verse is: each line on its own, ragged right, never
/// justified or hyphenated; a line's leading no-break spaces indent it (half an em each, so an indent
/// typed as a few spaces shows); a line too long for the measure turns over with a deeper hanging
/// indent. An empty line is a stanza break. A page may break between lines, but not inside one that
/// turned over, and never so as to leave a single line of the block on either page.
/// </summary>
public sealed class LineBlockLayouter : BlockLayouter<LineBlock>
{
    protected override string? Role(LineBlock block) => "P";

    protected override void Layout(BlockLayout layout, List<VItem> items, LineBlock block, BlockContext ctx)
    {
        double em = ctx.Size;
        BlockLayout.Space(items, ctx.Leading * 0.5);
        var set = new List<LineItem>();
        var verseEnds = new HashSet<LineItem>();
        foreach (var line in block.Lines)
        {
            var (indent, content) = Indent(line);
            if (content.Count == 0)
            {
                // A stanza break: a blank line's space, a good place for a page to turn.
                // Breaking there is decided by the line before it (the space then goes at the page's top).
                if (set.Count > 0 && items[^1] is not SpaceItem) items.Add(new SpaceItem { Height = ctx.Leading, BreakAfter = false });
                continue;
            }
            double step = Math.Min(indent * em * 0.5, ctx.Width / 2);
            // A note's number (the lead) goes before the first line only.
            var lineCtx = set.Count == 0 ? ctx : ctx with { Lead = null };
            var lines = layout.Paragraph(items, content, lineCtx, Alignment.Left, step, block.Span, hanging: step + em * 1.5, hyphenate: false);
            set.AddRange(lines);
            if (lines.Count > 0) verseEnds.Add(lines[^1]);
        }
        // Blank lines at the end are no stanza break: the space after the block stands for them.
        while (items.Count > 0 && items[^1] is SpaceItem { BreakAfter: false } && set.Count > 0) items.RemoveAt(items.Count - 1);
        // Breaks only between verse lines, with two lines of the block at least on each side.
        for (int i = 0; i < set.Count; i++)
            set[i].BreakAfter = verseEnds.Contains(set[i]) && i >= 1 && i <= set.Count - 3 || i == set.Count - 1;
        BlockLayout.Space(items, ctx.Leading * 0.5);
    }

    /// <summary>How many no-break spaces start the line, and the line without them.</summary>
    static (int Spaces, IReadOnlyList<Inline> Content) Indent(IReadOnlyList<Inline> line)
    {
        if (line is not [Text first, ..]) return (0, line);
        var rest = first.Value.TrimStart('\u00A0', ' ');
        int spaces = first.Value.Length - rest.Length;
        if (spaces == 0) return (0, line);
        return (spaces, rest.Length > 0 ? [new Text(rest), .. line.Skip(1)] : line.Skip(1).ToList());
    }
}
