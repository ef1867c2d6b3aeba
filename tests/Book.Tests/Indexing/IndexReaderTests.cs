using Book.Model;
using Book.Core.Indexing;

namespace Book.Tests.Indexing;

public class IndexReaderTests
{
    static (IReadOnlyList<IndexDefinition> Defs, List<string> Messages) Read(string yaml)
    {
        var diags = new DiagnosticBag();
        var defs = IndexReader.Read(yaml, diags);
        return (defs, diags.Items.Select(d => d.ToString()).ToList());
    }

    [Fact]
    public void A_term_without_variants_matches_itself_and_see_entries_match_nothing()
    {
        var (defs, messages) = Read("""
            - term: "Baku"
            - term: "Gargar river"
              variants: ["Gargar river", "Kargar river"]
            - term: "Kargar river"
              see: "Gargar river"
            """);
        Assert.Empty(messages);
        Assert.Equal(["Baku"], defs[0].Variants);
        Assert.Equal(["Gargar river", "Kargar river"], defs[1].Variants);
        Assert.Empty(defs[2].Variants);
        Assert.Equal("Gargar river", defs[2].See);
        Assert.Equal(new Book.Model.SourceSpan("index.yaml", 4, 3), defs[2].Span);
    }

    [Fact]
    public void Errors_carry_line_and_column()
    {
        var (defs, messages) = Read("""
            - term: "Baku"
            - variants: ["Shusha"]
            - term: "Agdam"
              variants: ["Agdam", ""]
            - term: "Bakı"
              variants: ["Bakı", "Baku"]
            - term: "Baku"
            - term: "Lachin"
              see: "Laçın"
            - term: "Xankəndi"
              see: "Khankendi"
              variants: ["Xankəndi"]
            """);
        Assert.Equal(
        [
            "index.yaml:2:3: error: index entry has no term; add e.g. 'term: \"Bagirov, Allahverdi\"'",
            "index.yaml:4:23: error: a variant must be non-empty and have no leading or trailing spaces",
            "index.yaml:6:22: error: 'Baku' is already a variant of 'Baku'; a spelling can belong to one entry only",
            "index.yaml:7:9: error: term 'Baku' is already defined at line 1; merge the two entries",
            "index.yaml:9:8: error: 'see' points to 'Laçın', which is not a term of the index",
            "index.yaml:12:13: error: an entry with 'see' is a cross-reference only and cannot have variants; put them on the entry it points to",
        ], messages);
        Assert.Equal(["Baku", "Lachin"], defs.Select(d => d.Term));
    }

    [Fact]
    public void The_real_index_loads_cleanly()
    {
        var yaml = File.ReadAllText(Path.Combine(RepoPaths.Chapters, "index.yaml"));
        var (defs, messages) = Read(yaml);
        Assert.Empty(messages);
        Assert.True(defs.Count > 50);
        Assert.Contains(defs, d => d.Term == "Bagirov, Allahverdi" && d.Variants.Contains("Bağırov"));
        Assert.Contains(defs, d => d.Term == "Kargar River" && d.See == "Gargar River");
    }
}
