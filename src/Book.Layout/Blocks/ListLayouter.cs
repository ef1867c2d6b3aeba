using Book.Model;
using Book.Pages;
using Book.Layout.Flow;
using Book.Layout.Paragraphs;

namespace Book.Layout.Blocks;

using Text = Book.Model.Text;

/// <summary>
/// A bulleted or numbered list: items stepped in, each label hanging in the indent on its item's first
/// line. Numbers take the list's style ("c." "iv)" "(2)"); a task item's label is a drawn box, ticked
/// when done (the font has no ballot-box glyphs).
/// </summary>
public sealed class ListLayouter : BlockLayouter<ListBlock>
{
    protected override string? Role(ListBlock block) => "L";
    public override BlockTagging Tagging => BlockTagging.Container;

    protected override void Layout(BlockLayout layout, List<VItem> items, ListBlock l, BlockContext ctx)
    {
        // The indent is an em scale: the body's in the text, the note's (or the cell's) own in a note (a cell).
        double em = ctx.Place == BlockPlace.Body ? layout.Style.BodySize : ctx.Size;
        double inset = em * 1.6;
        var labels = new List<TextLine?>();
        for (int k = 0; k < l.Items.Count; k++)
        {
            if (!l.Ordered && l.Items[k].Checked is not null) { labels.Add(null); continue; }
            string label = l.Ordered ? ListLabels.Format(l.Numbering, l.Delimiter, l.Start + k) : "\u2022";
            var labelRuns = layout.Flattener.Flatten([new Text(label)], ctx.Flags, ctx.Size, layout.Language);
            labels.Add(layout.Setter.Set(labelRuns, new ParagraphSpec(inset, ctx.Leading, Alignment.Left, 0, 0, 0, false, layout.Language), out _)[0]);
        }
        double box = TaskBox.Size(ctx.Size), boxGap = em * 0.3;
        // In a numbered list with tasks, every number stands before the box column, boxed or not, so the numbers align.
        bool boxColumn = l.Ordered && l.Items.Any(i => i.Checked is not null);
        double widest = l.Items.Select((item, k) => (labels[k]?.Width ?? 0) + (item.Checked is null && !boxColumn ? 0 : box + (labels[k] is null ? 0 : boxGap))).DefaultIfEmpty(0).Max();
        // A wide label ("viii." "(iv)") widens the indent rather than hang into the margin.
        inset = Math.Max(inset, widest + em * 0.5);
        BlockLayout.Space(items, ctx.Leading * 0.3);
        for (int k = 0; k < l.Items.Count; k++)
        {
            var item = l.Items[k];
            double step = layout.Inset(ctx, inset, sides: 1);
            var inner = ctx.Inside() with { Left = ctx.Left + step, Width = ctx.Width - step, Indent = false };
            int before = items.Count;
            var (list, li) = (layout.Parent, layout.Parent?.Add("LI"));
            var lbl = li?.Add("Lbl");
            layout.Parent = li?.Add("LBody") ?? list;
            layout.Blocks(items, item.Blocks, inner);
            layout.Parent = list;
            var first = items.Skip(before).OfType<LineItem>().FirstOrDefault();
            if (first is null) continue;
            // The label ends half an em before the text; a task box stands there, a number before the box.
            double end = -em * 0.5;
            if (item.Checked is { } done)
            {
                (first.Line.Drawings ??= []).AddRange(TaskBox.Draw(end - box, box, done, lbl));
                end -= box + boxGap;
            }
            else if (boxColumn) end -= box + boxGap;
            if (labels[k] is { } labelLine)
                foreach (var p in labelLine.Pieces) first.Line.Pieces.Add(p with { X = p.X - inset + (inset + end - labelLine.Width), Tag = lbl });
        }
        BlockLayout.Space(items, ctx.Leading * 0.3);
    }
}

/// <summary>
/// A task list's box ("☐", "☒" in the source's sense) drawn as rules: a square standing on the baseline,
/// about as tall as a capital, and a tick inside it when the task is done.
/// </summary>
static class TaskBox
{
    public static double Size(double fontSize) => fontSize * 0.62;

    /// <summary>The box at x (its left edge; y 0 is the baseline, down positive), with its tick when <paramref name="ticked"/>.</summary>
    public static IEnumerable<PageItem> Draw(double x, double size, bool ticked, StructElement? tag)
    {
        double t = size * 0.085, top = -size;
        // Four bars rather than a stroked path: the corners close cleanly without line joins.
        yield return new FilledRect(x, top, size, t, 0) { Tag = tag };
        yield return new FilledRect(x, -t, size, t, 0) { Tag = tag };
        yield return new FilledRect(x, top, t, size, 0) { Tag = tag };
        yield return new FilledRect(x + size - t, top, t, size, 0) { Tag = tag };
        if (!ticked) yield break;
        // A tick: a short stroke down to the joint, a long one up to the right; the first runs on past the
        // joint by half the stroke so the butt ends leave no notch there.
        double w = size * 0.13;
        double ax = x + size * 0.22, ay = top + size * 0.52, jx = x + size * 0.42, jy = top + size * 0.76, bx = x + size * 0.8, by = top + size * 0.22;
        double dx = jx - ax, dy = jy - ay, len = Math.Sqrt(dx * dx + dy * dy);
        yield return new Rule(ax, ay, jx + dx / len * w / 2, jy + dy / len * w / 2, w) { Tag = tag };
        yield return new Rule(jx, jy, bx, by, w) { Tag = tag };
    }
}
