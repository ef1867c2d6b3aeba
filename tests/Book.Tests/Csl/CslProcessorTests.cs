using System.Text.Json;
using Book.Csl;

namespace Book.Tests.Csl;

/// <summary>What the CSL test suite does not cover: bad input (malformed styles, unknown types,
/// unreadable dates), Zotero's raw and EDTF dates, the shipped styles and locales, and the ibid rule
/// the issue found broken.</summary>
public class CslProcessorTests
{
    static CslItem Item(string json) => CslItem.FromJson(JsonDocument.Parse(json).RootElement);

    [Fact]
    public void A_malformed_style_names_file_line_and_column()
    {
        var e = Assert.Throws<CslException>(() => CslStyle.Parse("<style class=\"note\">\n  <citation>\n</style>", "mine.csl"));
        Assert.Equal("mine.csl", e.File);
        Assert.Equal(3, e.Line);
        Assert.StartsWith("mine.csl:3:", e.Message);
        Assert.Contains(": error: ", e.Message);
    }

    [Fact]
    public void A_style_calling_an_undefined_macro_is_an_error_at_the_call()
    {
        var xml = "<style xmlns=\"http://purl.org/net/xbiblio/csl\" class=\"in-text\">\n<citation><layout>\n  <text macro=\"nope\"/>\n</layout></citation></style>";
        var e = Assert.Throws<CslException>(() => CslStyle.Parse(xml, "s.csl"));
        Assert.Equal(3, e.Line);
        Assert.Contains("nope", e.Message);
    }

    [Fact]
    public void An_unknown_type_warns_with_did_you_mean()
    {
        Assert.Contains(Item("""{"id":"a","type":"newspaper"}""").Warnings, w => w.Contains("\"newspaper\"") && w.Contains("did you mean \"article-newspaper\""));
        Assert.Contains(Item("""{"id":"a","type":"boook"}""").Warnings, w => w.Contains("did you mean \"book\""));
        Assert.Empty(Item("""{"id":"a","type":"book"}""").Warnings);
    }

    [Theory]
    [InlineData("March 2, 1992", 1992, 3, 2, false)]
    [InlineData("2 March 1992", 1992, 3, 2, false)]
    [InlineData("1992-03-02", 1992, 3, 2, false)]
    [InlineData("1992?", 1992, 0, 0, true)]
    [InlineData("~1992-05", 1992, 5, 0, true)]
    public void Raw_and_EDTF_dates_are_read(string raw, int y, int m, int d, bool circa)
    {
        var item = Item("{\"id\":\"a\",\"type\":\"book\",\"issued\":{\"raw\":\"" + raw + "\"}}");
        var date = item.Dates["issued"];
        Assert.Equal(new DateParts(y, m, d), date.Start);
        Assert.Equal(circa, date.Circa);
        Assert.Empty(item.Warnings);
    }

    [Fact]
    public void A_season_in_EDTF_prints_as_the_season()
    {
        var style = CslStyle.Parse("""
            <style xmlns="http://purl.org/net/xbiblio/csl" class="in-text"><citation><layout>
              <date variable="issued"><date-part name="month" suffix=" "/><date-part name="year"/></date>
            </layout></citation></style>
            """, "t.csl");
        var item = Item("""{"id":"a","type":"book","issued":{"raw":"1992-21"}}""");
        var p = new CslProcessor(style, LocaleSet.BuiltIn, "en-US", [item]);
        Assert.Equal("Spring 1992", p.ProcessCitations([new CitationCluster([new CiteItem("a")])])[0].ToPlainText());
    }

    [Fact]
    public void An_unreadable_date_warns_and_prints_as_written()
    {
        var item = Item("""{"id":"a","type":"book","issued":{"raw":"the year of the flood"}}""");
        Assert.Contains(item.Warnings, w => w.Contains("the year of the flood"));
        var style = CslStyle.Parse("""
            <style xmlns="http://purl.org/net/xbiblio/csl" class="in-text"><citation><layout>
              <date variable="issued" form="text"/>
            </layout></citation></style>
            """, "t.csl");
        var p = new CslProcessor(style, LocaleSet.BuiltIn, "en-US", [item]);
        Assert.Equal("the year of the flood", p.ProcessCitations([new CitationCluster([new CiteItem("a")])])[0].ToPlainText());
        Assert.Contains(p.Warnings, w => w.Contains("the year of the flood"));
    }

    [Fact]
    public void Every_shipped_style_and_locale_parses()
    {
        Assert.Contains("chicago-notes-bibliography", BuiltInStyles.Names);
        Assert.Contains("apa", BuiltInStyles.Names);
        foreach (var n in BuiltInStyles.Names) Assert.NotNull(BuiltInStyles.Get(n));
        Assert.True(LocaleSet.BuiltInLanguages.Count > 50);
        foreach (var l in LocaleSet.BuiltInLanguages) Assert.NotNull(LocaleSet.BuiltIn.Find(l));
        var e = Assert.Throws<KeyNotFoundException>(() => BuiltInStyles.Get("chicgo"));
        Assert.Contains("apa", e.Message);
    }

    [Fact]
    public void The_locale_follows_the_language_with_fallback_and_in_style_overrides()
    {
        var style = CslStyle.Parse("""
            <style xmlns="http://purl.org/net/xbiblio/csl" class="in-text">
              <locale xml:lang="de"><terms><term name="in">innerhalb</term></terms></locale>
              <citation><layout delimiter="|">
                <text term="editor" form="short"/><text term="and"/><text term="in"/>
              </layout></citation></style>
            """, "t.csl");
        var item = Item("""{"id":"a","type":"book"}""");
        string Run(string lang) => new CslProcessor(style, LocaleSet.BuiltIn, lang, [item])
            .ProcessCitations([new CitationCluster([new CiteItem("a")])])[0].ToPlainText();
        Assert.Equal("Hrsg.undinnerhalb", Run("de-AT"));
        Assert.Equal("ed.andin", Run("en-US"));
        Assert.Equal("ed.andin", Run("xx-YY"));
    }

    [Fact]
    public void Ibid_never_drops_a_locator_the_reader_needs()
    {
        // [@a, 6] then [@a]: "Ibid." would send the reader to page 6; Chicago gives the short form.
        var style = BuiltInStyles.Get("chicago-notes-bibliography-subsequent-ibid");
        var item = Item("""{"id":"a","type":"book","title":"The Book","author":[{"family":"Doe","given":"Jane"}],"issued":{"date-parts":[[2000]]}}""");
        var p = new CslProcessor(style, LocaleSet.BuiltIn, "en-US", [item]);
        var notes = p.ProcessCitations([
            new CitationCluster([new CiteItem("a")], 1),
            new CitationCluster([new CiteItem("a") { Locator = "6" }], 2),
            new CitationCluster([new CiteItem("a")], 3),
            new CitationCluster([new CiteItem("a")], 4),
        ]).Select(n => n.ToPlainText()).ToList();
        Assert.Equal("Ibid., 6.", notes[1]);
        Assert.DoesNotContain("Ibid", notes[2]);
        Assert.Equal("Ibid.", notes[3]);
    }

    [Fact]
    public void A_French_page_range_takes_the_locales_non_breaking_hyphen()
    {
        var style = BuiltInStyles.Get("chicago-notes-bibliography");
        var item = Item("""{"id":"a","type":"book","title":"Le Livre","author":[{"family":"Dupont","given":"Marie"}],"issued":{"date-parts":[[2000]]}}""");
        string Note(string lang) => new CslProcessor(style, LocaleSet.BuiltIn, lang, [item])
            .ProcessCitations([new CitationCluster([new CiteItem("a") { Locator = "12-15" }], 1)])[0].ToPlainText();
        Assert.Contains("12\u201115", Note("fr-FR"));
        Assert.Contains("12\u201315", Note("en-US"));
    }

    [Fact]
    public void Quotes_in_a_cites_suffix_keep_the_writers_punctuation()
    {
        // The style moves punctuation inside its own quotes (American usage), not inside the writer's.
        var style = BuiltInStyles.Get("chicago-notes-bibliography");
        var item = Item("""{"id":"a","type":"book","title":"The Book","author":[{"family":"Doe","given":"Jane"}],"issued":{"date-parts":[[2000]]}}""");
        var note = new CslProcessor(style, LocaleSet.BuiltIn, "en-US", [item])
            .ProcessCitations([new CitationCluster([new CiteItem("a") { Suffix = ", quoting \"the mob\"" }], 1)])[0].ToPlainText();
        Assert.EndsWith("quoting \u201cthe mob\u201d.", note);
    }

    [Fact]
    public void Variables_in_the_note_fill_what_the_item_lacks()
    {
        // Zotero's "Extra" field, exported as the note: "variable: value" lines, names as "Family || Given".
        var item = Item("""{"id":"a","type":"book","title":"T","note":"original-date: 1850\nreviewed-author: Hall || W. C.\ntitle: Not this\nA remark: kept."}""");
        Assert.Equal(1850, item.Dates["original-date"].Start.Year);
        Assert.Equal("Hall", item.Names["reviewed-author"][0].Family);
        Assert.Equal("T", item.Get("title"));
        Assert.Equal("title: Not this\nA remark: kept.", item.Get("note"));
    }
}
