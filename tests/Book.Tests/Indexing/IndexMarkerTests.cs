using System.Globalization;
using Book.Model;
using static Book.Tests.Indexing.IndexTestKit;

namespace Book.Tests.Indexing;

public class IndexMarkerTests
{
    const string Places = """
        - term: "Agdam"
          variants: ["Agdam", "Aghdam"]
        - term: "Karabakh"
        - term: "Nagorno-Karabakh"
        - term: "United States"
          variants: ["United States", "U.S."]
        - term: "Bagirov, Allahverdi"
          variants: ["Allahverdi Bagirov", "Allahverdi Bağırov", "Bagirov", "Bağırov"]
        - term: "İstanbul"
        """;

    [Fact]
    public void Variants_merge_into_one_entry_with_anchors_in_reading_order()
    {
        var r = Mark(Places, Chapter("a", "# A\n\nIn Agdam, then Aghdam.\n\nBack to Agdam."), Chapter("b", "# B\n\nAghdam again."));
        var agdam = r.Terms.Single(t => t.Definition.Term == "Agdam");
        Assert.Equal(["ix:agdam:1", "ix:agdam:2", "ix:agdam:3", "ix:agdam:4"], agdam.AnchorIds);
        Assert.Equal("In [Agdam→ix:agdam:1], then [Aghdam→ix:agdam:2].", FirstParagraph(r));
        Assert.Equal("[Aghdam→ix:agdam:4] again.", FirstParagraph(r, 1));
    }

    [Fact]
    public void Only_whole_words_match()
    {
        var r = Mark(Places, Chapter("a", "# A\n\nAgdamlı and MyAgdam and Agdam2, but Agdam's market and Agdam-based units."));
        Assert.Equal("Agdamlı and MyAgdam and Agdam2, but [Agdam→ix:agdam:1]'s market and [Agdam→ix:agdam:2]-based units.", FirstParagraph(r));
    }

    [Fact]
    public void Word_boundaries_are_checked_across_inlines()
    {
        var r = Mark(Places, Chapter("a", "# A\n\nAgdam*lı* and *Agdam*."));
        Assert.Equal("Agdam*lı* and *[Agdam→ix:agdam:1]*.", FirstParagraph(r));
    }

    [Fact]
    public void Longest_variant_wins()
    {
        var r = Mark(Places, Chapter("a", "# A\n\nNagorno-Karabakh is in Karabakh; Allahverdi Bagirov, or Bagirov."));
        Assert.Equal("[Nagorno-Karabakh→ix:nagorno-karabakh:1] is in [Karabakh→ix:karabakh:1]; "
            + "[Allahverdi Bagirov→ix:bagirov-allahverdi:1], or [Bagirov→ix:bagirov-allahverdi:2].", FirstParagraph(r));
    }

    [Fact]
    public void Matching_is_exact_for_Turkish_letters_and_case()
    {
        // İ (U+0130), I, ı (U+0131) and i are different letters; no culture folds them together.
        var r = Mark(Places, Chapter("a", "# A\n\nİstanbul, Istanbul, istanbul, ISTANBUL; Bağırov, Bagırov, bagirov, Bagirov."));
        Assert.Equal("[İstanbul→ix:istanbul:1], Istanbul, istanbul, ISTANBUL; [Bağırov→ix:bagirov-allahverdi:1], Bagırov, bagirov, [Bagirov→ix:bagirov-allahverdi:2].",
            FirstParagraph(r));
    }

    [Fact]
    public void Variants_with_punctuation_match()
    {
        var r = Mark(Places, Chapter("a", "# A\n\nThe U.S. and the U.S.A. and the U.S."));
        Assert.Equal("The [U.S.→ix:united-states:1] and the U.S.A. and the [U.S.→ix:united-states:2]", FirstParagraph(r));
    }

    [Fact]
    public void Text_inside_emphasis_spans_and_links_is_split_but_code_and_headings_are_not()
    {
        var r = Mark(Places, Chapter("a", "# A\n\n## Agdam\n\n*From Agdam* to [Karabakh]{lang=en} and [Aghdam](http://x). `Agdam`"));
        var blocks = r.Book.Divisions[0].Blocks;
        Assert.Equal("Agdam", Show(((Heading)blocks[0]).Content));
        Assert.Equal("*From [Agdam→ix:agdam:1]* to <[Karabakh→ix:karabakh:1]> and ([Aghdam→ix:agdam:2]). Agdam", Show(((Paragraph)blocks[1]).Content));
    }

    [Fact]
    public void Notes_are_searched_where_they_are_referenced()
    {
        var r = Mark(Places, Chapter("a", "# A\n\nFirst Agdam.[^n] Then Aghdam.\n\n[^n]: A note on Agdam."));
        var d = r.Book.Divisions[0];
        Assert.Equal("First [Agdam→ix:agdam:1].^d-a-fn1 Then [Aghdam→ix:agdam:3].", FirstParagraph(r));
        Assert.Equal("A note on [Agdam→ix:agdam:2].", Show(((Paragraph)d.Notes[0].Blocks[0]).Content));
    }

    [Fact]
    public void Explicit_marks_map_onto_entries_or_create_them()
    {
        var r = Mark(Places, Chapter("a", "# A\n\nThe [town]{.index entry=Aghdam} and [the oblast]{.index entry=\"Nagorno-Karabakh\"} and [Stepanakert]{.index}."));
        Assert.Equal("The [town→ix:agdam:1] and [the oblast→ix:nagorno-karabakh:1] and [Stepanakert→ix:stepanakert:1].", FirstParagraph(r));
        var created = r.Terms.Single(t => t.Definition.Term == "Stepanakert");
        Assert.Null(created.Definition.Span);
        Assert.Equal(["ix:stepanakert:1"], created.AnchorIds);
    }

    [Fact]
    public void Automatic_marking_can_be_off_for_a_division_while_explicit_marks_still_count()
    {
        var defs = Defs(Places);
        var book = IndexTestKit.Book(Chapter("a", "# A\n\nAgdam."), Chapter("b", "# B\n\nAgdam and [Karabakh]{.index}."));
        var r = Book.Core.Indexing.IndexMarker.Mark(book, defs, d => d.Id == "a");
        Assert.Equal("Agdam and [Karabakh→ix:karabakh:1].", FirstParagraph(r, 1));
        Assert.Equal(["ix:agdam:1"], r.Terms.Single(t => t.Definition.Term == "Agdam").AnchorIds);
    }

    [Fact]
    public void Results_do_not_depend_on_the_machine_culture()
    {
        const string text = "# A\n\nİstanbul and Istanbul; Bağırov and BAĞIROV; Agdam and AGDAM; Nagorno-Karabakh.";
        string Run()
        {
            var r = Mark(Places, Chapter("a", text));
            var built = Book.Core.Indexing.IndexBuilder.BuildAppendix(
                new Division(DivisionKind.Appendix, "index", [], null, [], []), r.Terms, new Book.Model.DiagnosticBag());
            return FirstParagraph(r) + "\n" + string.Join("\n", built.Blocks.OfType<IndexEntry>()
                .Select(e => InlineText.Plain(e.Term) + ":" + string.Join(",", e.AnchorIds)));
        }
        var invariant = WithCulture(CultureInfo.InvariantCulture, Run);
        var turkish = WithCulture(new CultureInfo("tr-TR"), Run);
        var azeri = WithCulture(new CultureInfo("az-Latn-AZ"), Run);
        Assert.Equal(invariant, turkish);
        Assert.Equal(invariant, azeri);
        Assert.Contains("[İstanbul→ix:istanbul:1] and Istanbul", invariant);
    }

    internal static T WithCulture<T>(CultureInfo culture, Func<T> f)
    {
        var (c, ui) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = culture; CultureInfo.CurrentUICulture = culture;
            return f();
        }
        finally { CultureInfo.CurrentCulture = c; CultureInfo.CurrentUICulture = ui; }
    }
}
