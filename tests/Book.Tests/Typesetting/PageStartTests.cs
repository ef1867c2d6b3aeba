using Book.Model;
using Book.Core.Pipeline;
using Book.Core.Sources;
using Book.Layout;
using Book.Pages;

namespace Book.Tests.Typesetting;

/// <summary>The page tree says where each division and each heading of a division's text starts, matching where its anchor was drawn.</summary>
public sealed class PageStartTests
{
    [Fact]
    public void Every_division_and_top_level_heading_of_the_booklet_has_its_start()
    {
        var diags = new DiagnosticBag();
        var book = BookLoader.Load(RepoPaths.Chapters, diags)!;
        var tree = Typesetter.Typeset(book, diags, out var anchorPages);

        // In page order, and each start on the page where its anchor landed.
        Assert.Equal(tree.Starts.OrderBy(s => s.PageIndex).Select(s => s.PageIndex), tree.Starts.Select(s => s.PageIndex));
        foreach (var s in tree.Starts) Assert.Equal(anchorPages[s.Anchor.Name], s.PageIndex);

        var openings = tree.Starts.Where(s => s.HeadingAnchor is null).ToList();
        Assert.Equal(book.Divisions.Select(d => d.Id), openings.Select(s => s.DivisionId));
        var index = book.Divisions.Single(d => d.Generated == GeneratedAppendix.Index);
        Assert.Equal(AnchorKind.Division, openings.Single(s => s.DivisionId == index.Id).Anchor.Kind);
        Assert.Equal("div:" + index.Id, openings.Single(s => s.DivisionId == index.Id).Anchor.Name);

        var headings = book.Divisions.SelectMany(d => d.Blocks.OfType<Heading>().Where(h => h.Id is not null).Select(h => (Division: d.Id, h.Id))).ToList();
        Assert.NotEmpty(headings);
        Assert.Equal(headings, tree.Starts.Where(s => s.HeadingAnchor is not null).Select(s => (Division: s.DivisionId, Id: s.HeadingAnchor)).ToList());
    }

    [Fact]
    public void Anchor_names_keep_their_destination_spelling()
    {
        Assert.Equal("note:ch1-fn1", AnchorId.Note("ch1-fn1").Name);
        Assert.Equal("mark:ch1-fn1", AnchorId.Mark("ch1-fn1").Name);
        Assert.Equal("div:index", AnchorId.Division("index").Name);
        Assert.Equal("sec-town", AnchorId.Heading("sec-town").Name);
        Assert.Equal("tbl:casualties", AnchorId.Of(Anchors.AnchorOf("tbl:casualties", "Table 1")).Name);
        Assert.Equal("auto:Table-2", AnchorId.Of(Anchors.AnchorOf(null, "Table 2")).Name);
        Assert.Equal(AnchorId.Of("x"), new Anchor("x", 0).Id);
        Assert.Equal("mark:n", new LinkArea(0, 0, 1, 1, AnchorId.Mark("n")).Destination);
    }
}
