using Book.Model;
using Book.Pages;
using Book.Layout.Blocks;
using Book.Layout.Flow;

namespace Book.Layout.Blocks;

/// <summary>The list of tables or of figures: label, caption, leaders, page; each entry linked to its table or chart.</summary>
public sealed class ListOfLayouter : BlockLayouter<ListOfBlock>
{
    protected override void Layout(BlockLayout layout, List<VItem> items, ListOfBlock list, BlockContext ctx)
    {
        if (layout.Book is not { } book) return;
        var toc = layout.Parent?.Add("TOC");
        double numW = layout.Style.BodySize * 5.2;
        // The entries are collected once, in the model, for the PDF and the e-book alike.
        foreach (var e in ListOf.Entries(book, list.Of))
            items.AddRange(ContentsEntry.Set(layout, e.Label, e.Caption.Count > 0 ? e.Caption : [new Model.Text(e.Label)], AnchorId.Of(e.Anchor), numW, toc?.Add("TOCI")));
    }
}
