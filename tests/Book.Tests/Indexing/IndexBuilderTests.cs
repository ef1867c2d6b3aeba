using Book.Core.Indexing;
using Book.Model;
using static Book.Tests.Indexing.IndexTestKit;

namespace Book.Tests.Indexing;
// Book.Tests.Text (the line-breaking tests) would otherwise hide the model's Text record.
using Text = Book.Model.Text;

public class IndexBuilderTests
{
    static readonly Division Placeholder = new(DivisionKind.Appendix, "index", [new Text("Index")], null, [], []);

    [Fact]
    public void Entries_are_sorted_with_azerbaijani_letters_among_their_base_letters()
    {
        var terms = new[] { "Şelli", "Shusha", "Sudan", "Çingiz", "Cahit", "Əliyev", "Ebilov", "Zəngi", "İsmayıl", "Istanbul", "ağa", "Agdam", "Gargar river", "Gargarly" };
        var sorted = terms.Order(IndexSort.Comparer).ToList();
        Assert.Equal(["ağa", "Agdam", "Cahit", "Çingiz", "Ebilov", "Əliyev", "Gargar river", "Gargarly", "İsmayıl", "Istanbul", "Şelli", "Shusha", "Sudan", "Zəngi"], sorted);
    }

    [Fact]
    public void Unused_entries_are_left_out_with_a_warning_at_their_line_and_see_entries_are_kept()
    {
        const string yaml = """
            - term: "Gargar river"
              variants: ["Gargar river", "Kargar river"]
            - term: "Kargar river"
              see: "Gargar river"
            - term: "Urgench"
            - term: "Khorezm"
            - term: "Old name"
              see: "Khorezm"
            - term: "Agdam"
            """;
        var r = Mark(yaml, Chapter("a", "# A\n\nAlong the Kargar river to Agdam; the Gargar river."));
        var diags = new DiagnosticBag();
        var index = IndexBuilder.BuildAppendix(Placeholder, r.Terms, diags);
        Assert.Equal(
        [
            "index.yaml:5:3: warning: index term 'Urgench' occurs nowhere in the text and is left out of the index",
            "index.yaml:6:3: warning: index term 'Khorezm' occurs nowhere in the text and is left out of the index",
        ], diags.Items.Select(d => d.ToString()));
        var entries = index.Blocks.Cast<IndexEntry>().Select(e => (InlineText.Plain(e.Term), string.Join(",", e.AnchorIds), e.See)).ToList();
        Assert.Equal(
        [
            ("Agdam", "ix:agdam:1", null),
            ("Gargar river", "ix:gargar-river:1,ix:gargar-river:2", null),
            ("Kargar river", "", "Gargar river"),
        ], entries);
        Assert.Equal("index", index.Id);
    }
}
