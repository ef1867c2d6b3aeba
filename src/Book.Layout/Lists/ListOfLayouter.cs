using Book.Model;
using Book.Pages;
using Book.Layout.Blocks;
using Book.Layout.Flow;

namespace Book.Layout.Lists;

/// <summary>The list of tables or of figures: label, caption, leaders, page; each entry linked to its table or chart.</summary>
public sealed class ListOfLayouter : BlockLayouter<ListOfBlock>
{
    protected override void Layout(BlockLayout layout, List<VItem> items, ListOfBlock list, BlockContext ctx)
    {
        if (layout.Book is not { } book) return;
        var toc = layout.Parent?.Add("TOC");
        double numW = layout.Style.BodySize * 5.2;
        foreach (var d in book.Divisions)
            foreach (var b in Flat(d.Blocks))
            {
                var (label, id, caption) = b switch
                {
                    Table t when list.Kind == "tables" => (t.Label, t.Id, t.Caption),
                    BarChart c when list.Kind == "figures" => (c.Label, c.Id, c.Caption),
                    _ => (null, null, (IReadOnlyList<Inline>)[]),
                };
                if (label is null) continue;
                items.AddRange(ContentsEntry.Set(layout, label, caption.Count > 0 ? caption : [new Model.Text(label)], AnchorId.Captioned(id, label), numW, toc?.Add("TOCI")));
            }
    }

    /// <summary>Blocks in reading order, those inside divs and quotes included.</summary>
    static IEnumerable<Block> Flat(IReadOnlyList<Block> blocks)
    {
        foreach (var b in blocks)
        {
            yield return b;
            var inner = b switch { Div dv => dv.Blocks, BlockQuote q => q.Blocks, _ => null };
            if (inner is not null) foreach (var x in Flat(inner)) yield return x;
        }
    }
}
