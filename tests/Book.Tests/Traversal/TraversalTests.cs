using Book.Core.Pipeline;
using Book.Model;

namespace Book.Tests.Traversal;
// Book.Tests.Text (the line-breaking tests) would otherwise hide the model's Text record.
using Text = Book.Model.Text;

/// <summary>The model's one traversal and the functions both renderers share.</summary>
public class TraversalTests
{
    static readonly BookMetadata Meta = new("T", null, [], "en", null, null, "t", null, new PageSetup(1, 1, 0, 0, 0, 0), 10);

    static Table Tbl(string label) => new(null, label, [new Text("cap " + label)], [], [], [], []);

    /// <summary>Records what it meets, in order: text, and "note:" when a note is entered.</summary>
    sealed class Recorder : ModelWalker
    {
        public List<string> Seen { get; } = new();
        public override void VisitNote(Note n) { Seen.Add("note:" + n.Id); base.VisitNote(n); }
        public override void VisitInline(Inline i)
        {
            if (i is Text t) Seen.Add(t.Value);
            base.VisitInline(i);
        }
    }

    [Fact]
    public void Notes_are_met_at_their_first_mark_and_unmarked_notes_after_the_text()
    {
        var d = new Division(DivisionKind.Chapter, "c", [new Text("title")], "1",
            [new Paragraph([new Text("a"), new NoteRef("n2", 0), new Text("b"), new NoteRef("n2", 0)]), new Paragraph([new Text("c")])],
            [new Note("n1", 0, [new Paragraph([new Text("unmarked")])]), new Note("n2", 0, [new Paragraph([new Text("in n2"), new NoteRef("n2", 0)])])]);
        var r = new Recorder();
        r.Walk(new BookDocument(Meta, [d]));
        Assert.Equal(["a", "note:n2", "in n2", "b", "c", "note:n1", "unmarked"], r.Seen);
    }

    sealed class Upper : ModelRewriter
    {
        public override Inline VisitText(Text t) => t.Value == "x" ? new Text("X") : t;
    }

    [Fact]
    public void A_rewriter_rebuilds_what_changed_and_shares_the_rest()
    {
        var untouched = new Paragraph([new Text("y")]);
        var d = new Division(DivisionKind.Chapter, "c", [], "1",
            [untouched, new BlockQuote([new ListBlock(false, 1, [new ListItem([new Paragraph([new Emphasis([new Text("x")])])])])])], []);
        var book = new BookDocument(Meta, [d]);
        var result = new Upper().Rewrite(book);
        Assert.Same(untouched, result.Divisions[0].Blocks[0]);
        var quote = Assert.IsType<BlockQuote>(result.Divisions[0].Blocks[1]);
        var p = (Paragraph)((ListBlock)quote.Blocks[0]).Items[0].Blocks[0];
        Assert.Equal("X", InlineText.Plain(p.Content));
        var unchanged = new BookDocument(Meta, [d with { Blocks = [untouched] }]);
        Assert.Same(unchanged, new Upper().Rewrite(unchanged));
    }

    [Fact]
    public void The_list_of_tables_holds_every_labelled_table_in_reading_order()
    {
        var d = new Division(DivisionKind.Chapter, "c", [], "1",
        [
            Tbl("Table 1.1"),
            new Div(["x"], null, [Tbl("Table 1.2")]),
            new BlockQuote([Tbl("Table 1.3")]),
            new ListBlock(false, 1, [new ListItem([Tbl("Table 1.4")])]),
            new Table("t5", null, [], [], [], [], []),          // not numbered: not listed
            new BarChart("f1", "Figure 1.1", [new Text("bars")], "alt", [], []),
        ], []);
        var book = new BookDocument(Meta, [d]);
        var tables = ListOf.Entries(book, ListOfKind.Tables);
        Assert.Equal(["Table 1.1", "Table 1.2", "Table 1.3", "Table 1.4"], tables.Select(e => e.Label));
        Assert.Equal("auto:Table-1.1", tables[0].Anchor);
        var figure = Assert.Single(ListOf.Entries(book, ListOfKind.Figures));
        Assert.Equal(("Figure 1.1", "f1", "bars"), (figure.Label, figure.Anchor, InlineText.Plain(figure.Caption)));
    }

    [Theory]
    [InlineData(new string[0], null)]
    [InlineData(new[] { "A" }, "Edited by A")]
    [InlineData(new[] { "A", "B" }, "Edited by A and B")]
    [InlineData(new[] { "A", "B", "C" }, "Edited by A, B and C")]
    public void The_title_page_names_its_editors_in_one_wording(string[] editors, string? expected) =>
        Assert.Equal(expected, TitlePageText.Editors(Meta with { Editors = editors }));

    [Fact]
    public void Notes_are_numbered_once_in_reading_order_a_title_mark_first()
    {
        var d = new Division(DivisionKind.Chapter, "c", [new Text("T"), new NoteRef("t", 0)], "1",
            [new Paragraph([new NoteRef("a", 0), new NoteRef("missing", 0), new NoteRef("b", 0)])],
            [new Note("b", 0, []), new Note("unmarked", 0, []), new Note("a", 0, [new Paragraph([new NoteRef("inner", 0)])]), new Note("inner", 0, []), new Note("t", 0, [])]);
        var result = NoteNumberingStage.Number(new BookDocument(Meta, [d])).Divisions[0];
        Assert.Equal(["t:1", "a:2", "inner:3", "b:5", "unmarked:6"], result.Notes.Select(n => $"{n.Id}:{n.Number}"));
        var marks = ((Paragraph)result.Blocks[0]).Content.Cast<NoteRef>().Select(r => r.Number);
        Assert.Equal([2, 4, 5], marks);
        Assert.Equal(1, ((NoteRef)result.Title[1]).Number);
    }

    [Fact]
    public void Did_you_mean_allows_a_slip_or_two_and_a_transposition()
    {
        Assert.Equal("sec:siege", DidYouMean.Closest("sec:seige", ["sec:night", "sec:siege"]));
        Assert.Null(DidYouMean.Closest("tbl:zzzz", ["sec:siege"]));
        Assert.Equal("Alpha", DidYouMean.Closest("alpah", ["Alpha"], ignoreCase: true));
        Assert.Null(DidYouMean.Closest("alpah", ["ALPHA-BETA-GAMMA"], ignoreCase: true));
    }
}
