using System.Globalization;
using Book.Model;
using Book.Layout.Flow;
using Book.Layout.Paragraphs;

namespace Book.Layout.Blocks;

using Text = Book.Model.Text;

/// <summary>A bulleted or numbered list: items stepped in, each label hanging in the indent on its item's first line.</summary>
public sealed class ListLayouter : BlockLayouter<ListBlock>
{
    protected override string? Role(ListBlock block) => "L";
    public override BlockTagging Tagging => BlockTagging.Container;

    protected override void Layout(BlockLayout layout, List<VItem> items, ListBlock l, BlockContext ctx)
    {
        // The indent is an em scale: the body's in the text, the note's (or the cell's) own in a note (a cell).
        double em = ctx.Place == BlockPlace.Body ? layout.Style.BodySize : ctx.Size;
        double inset = em * 1.6;
        BlockLayout.Space(items, ctx.Leading * 0.3);
        int n = l.Start;
        foreach (var item in l.Items)
        {
            string label = l.Ordered ? n.ToString(CultureInfo.InvariantCulture) + "." : "\u2022";
            n++;
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
            var labelRuns = layout.Flattener.Flatten([new Text(label)], ctx.Flags, ctx.Size, layout.Language);
            var labelLine = layout.Setter.Set(labelRuns, new ParagraphSpec(inset, ctx.Leading, Alignment.Left, 0, 0, 0, false, layout.Language), out _)[0];
            foreach (var p in labelLine.Pieces) first.Line.Pieces.Add(p with { X = p.X - inset + (inset - em * 0.5 - labelLine.Width), Tag = lbl });
        }
        BlockLayout.Space(items, ctx.Leading * 0.3);
    }
}
