using Book.Core.Citations;
using Book.Model;
using static Book.Tests.Citations.CitationTestData;

namespace Book.Tests.Citations;

public class ChicagoNotesStyleTests
{
    static readonly ChicagoNotesStyle Style = new();
    static readonly Bibliography Bib = Sources();

    static SourceEntry S(string id) => Bib.TryGet(id, out var e) ? e : throw new KeyNotFoundException(id);
    static CitationItem Item(string key, string? locator = null, bool suppress = false) => new(key, null, locator, null, suppress);

    [Fact]
    public void NewspaperArticleWithAuthorAndNoUrl()
    {
        Assert.Equal("Koray Erdogan, “Remembering Khojaly Massacre: A tragic chapter in Azerbaijani history,” February 26, 2024",
            Render(Style.FullNote(S("erdogan-2024"), Item("erdogan-2024"))));
        Assert.Equal("Erdogan, “Remembering Khojaly Massacre,” 4",
            Render(Style.ShortNote(S("erdogan-2024"), Item("erdogan-2024", "p. 4"))));
        Assert.Equal("Erdogan, Koray. “Remembering Khojaly Massacre: A tragic chapter in Azerbaijani history.” February 26, 2024.",
            Render(Style.BibliographyEntry(S("erdogan-2024"))));
    }

    [Fact]
    public void UnsignedNewspaperArticleUsesTheNewspaperAsAuthorInShortFormsAndBibliography()
    {
        var s = S("dailysabah-2024");
        Assert.Equal("“Azerbaijan marks anniversary of Khojaly Massacre by Armenian forces,” *Daily Sabah*, February 26, 2024, " +
                     "<https://www.dailysabah.com/politics/azerbaijan-marks-anniversary/news>",
            Render(Style.FullNote(s, Item(s.Id))));
        Assert.Equal("*Daily Sabah*, “Azerbaijan marks anniversary”", Render(Style.ShortNote(s, Item(s.Id))));
        Assert.Equal("*Daily Sabah*. “Azerbaijan marks anniversary of Khojaly Massacre by Armenian forces.” February 26, 2024. " +
                     "<https://www.dailysabah.com/politics/azerbaijan-marks-anniversary/news>.",
            Render(Style.BibliographyEntry(s)));
        Assert.Equal("*Daily Sabah*", Render(Style.NarrativeText(s, firstMention: true)));
    }

    [Fact]
    public void WebPageWithoutAuthorUsesThePublisher()
    {
        var s = S("trtworld-2024");
        Assert.Equal("“In photos: Commemorating Khojaly massacre, pursuing justice 32 years on,” TRT World, February 23, 2024, " +
                     "<https://www.trtworld.com/magazine/in-photos-17084016>",
            Render(Style.FullNote(s, Item(s.Id))));
        Assert.Equal("TRT World, “In photos”", Render(Style.ShortNote(s, Item(s.Id))));
        Assert.Equal("TRT World. “In photos: Commemorating Khojaly massacre, pursuing justice 32 years on.” February 23, 2024. " +
                     "<https://www.trtworld.com/magazine/in-photos-17084016>.",
            Render(Style.BibliographyEntry(s)));
        Assert.Equal("TRT World", Render(Style.NarrativeText(s, firstMention: true)));
    }

    [Fact]
    public void AccessDateOnlyWhenThereIsNoPublicationDate()
    {
        var s = new SourceEntry("w", "webpage") { Title = "About", ContainerTitle = "Example", Url = "https://e.org", Accessed = new CslDate(2025, 3, 1) };
        Assert.Equal("“About,” Example, accessed March 1, 2025, <https://e.org>", Render(Style.FullNote(s, Item("w"))));
        Assert.Equal("Example. “About.” Accessed March 1, 2025. <https://e.org>.", Render(Style.BibliographyEntry(s)));
    }

    [Fact]
    public void Book()
    {
        var s = new SourceEntry("b", "book")
        {
            Title = "The Black Garden: Armenia and Azerbaijan through Peace and War",
            Authors = [new PersonName("de Waal", "Thomas")],
            Publisher = "New York University Press", PublisherPlace = "New York",
            Issued = new CslDate(2003, null, null),
        };
        Assert.Equal("Thomas de Waal, *The Black Garden: Armenia and Azerbaijan through Peace and War* (New York: New York University Press, 2003), 172",
            Render(Style.FullNote(s, Item("b", "p. 172"))));
        Assert.Equal("de Waal, *Black Garden*, 172–74", Render(Style.ShortNote(s, Item("b", "pp. 172–74"))));
        Assert.Equal("de Waal, Thomas. *The Black Garden: Armenia and Azerbaijan through Peace and War*. New York: New York University Press, 2003.",
            Render(Style.BibliographyEntry(s)));
    }

    [Fact]
    public void ChapterAndJournalArticle()
    {
        var chapter = new SourceEntry("c", "chapter")
        {
            Title = "Khojaly", ContainerTitle = "Atlas of Memory", Authors = [new PersonName("Aliyev", "Anar")],
            Editors = [new PersonName("Smith", "Jane"), new PersonName("Doe", "John")], Publisher = "Baku Press", Issued = new CslDate(2020, 5, null),
            Page = "10–25",
        };
        Assert.Equal("Anar Aliyev, “Khojaly,” in *Atlas of Memory*, ed. Jane Smith and John Doe (Baku Press, 2020), 12",
            Render(Style.FullNote(chapter, Item("c", "12"))));
        Assert.Equal("Aliyev, Anar. “Khojaly.” In *Atlas of Memory*, edited by Jane Smith and John Doe, 10–25. Baku Press, 2020.",
            Render(Style.BibliographyEntry(chapter)));

        var article = new SourceEntry("j", "article-journal")
        {
            Title = "Why Khojaly?", ContainerTitle = "Caucasus Survey", Volume = "8", Issue = "2", Issued = new CslDate(2021, null, null),
            Page = "101–19", Authors = [new PersonName("Lee", "Ann"), new PersonName("Kim", "Bo")],
        };
        Assert.Equal("Ann Lee and Bo Kim, “Why Khojaly?” *Caucasus Survey* 8, no. 2 (2021): 105", Render(Style.FullNote(article, Item("j", "105"))));
        Assert.Equal("Lee, Ann, and Bo Kim. “Why Khojaly?” *Caucasus Survey* 8, no. 2 (2021): 101–19.", Render(Style.BibliographyEntry(article)));
    }

    [Fact]
    public void ReportByAnOrganisationAndLegalCase()
    {
        var report = new SourceEntry("r", "report") { Title = "Bloodshed in the Caucasus", Publisher = "Human Rights Watch", PublisherPlace = "New York", Issued = new CslDate(1992, 9, null) };
        Assert.Equal("*Bloodshed in the Caucasus* (New York: Human Rights Watch, September 1992)", Render(Style.FullNote(report, Item("r"))));
        Assert.Equal("Human Rights Watch, *Bloodshed in the Caucasus*", Render(Style.ShortNote(report, Item("r"))));
        Assert.Equal("Human Rights Watch. *Bloodshed in the Caucasus*. New York: Human Rights Watch, September 1992.", Render(Style.BibliographyEntry(report)));

        var legal = new SourceEntry("l", "legal_case") { Title = "Kononov v. Latvia", Number = "no. 36376/04", Authority = "ECHR", Issued = new CslDate(2010, 5, 17) };
        Assert.Equal("*Kononov v. Latvia*, no. 36376/04 (ECHR May 17, 2010)", Render(Style.FullNote(legal, Item("l"))));
        Assert.Equal("*Kononov v. Latvia*, 12", Render(Style.ShortNote(legal, Item("l", "12"))));
    }

    [Fact]
    public void SuppressAuthorAndIbid()
    {
        var s = S("erdogan-2024");
        Assert.Equal("“Remembering Khojaly Massacre,” 3", Render(Style.ShortNote(s, Item(s.Id, "3", suppress: true))));
        Assert.Equal("Ibid.", Render(Style.Ibid(s, null)));
        Assert.Equal("Ibid., 5", Render(Style.Ibid(s, "p. 5")));
    }

    [Fact]
    public void NamesInNotesAndBibliography()
    {
        var four = Enumerable.Range(1, 4).Select(i => new PersonName($"F{i}", $"G{i}")).ToList();
        var s = new SourceEntry("x", "book") { Title = "T", Authors = four };
        Assert.Equal("G1 F1 et al., *T*", Render(Style.FullNote(s, Item("x"))));
        Assert.Equal("F1, G1, G2 F2, G3 F3, and G4 F4. *T*.", Render(Style.BibliographyEntry(s)));
        Assert.Equal("F1 et al., *T*", Render(Style.ShortNote(s, Item("x"))));
    }

    [Fact]
    public void NothingIsInvented()
    {
        var bare = new SourceEntry("bare", "article-newspaper") { Title = "Only a title" };
        Assert.Equal("“Only a title”", Render(Style.FullNote(bare, Item("bare"))));
        Assert.Equal("“Only a title.”", Render(Style.BibliographyEntry(bare)));
    }

    [Theory]
    [InlineData("The Road to War, 1987–1991", "Road to War, 1987–1991")]
    [InlineData("Azerbaijan marks anniversary of Khojaly Massacre", "Azerbaijan marks anniversary")]
    [InlineData("Dark days in Karabakh: 33 years since the Khojaly massacre", "Dark days in Karabakh")]
    [InlineData("Remembrance", "Remembrance")]
    public void ShortTitles(string title, string expected)
    {
        Assert.Equal(expected, ChicagoNotesStyle.ShortTitle(new SourceEntry("x", "book") { Title = title }));
    }

    [Fact]
    public void DatesAreEnglishWhateverTheCulture()
    {
        var saved = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            try { System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("az-Latn-AZ"); }
            catch (System.Globalization.CultureNotFoundException) { /* invariant-globalization machine: nothing to vary */ }
            Assert.Equal("February 23, 2024", EnglishDates.Format(new CslDate(2024, 2, 23)));
            Assert.Equal("February 25–26, 1992", EnglishDates.Format(new CslDate(1992, 2, 25, End: new CslDate(1992, 2, 26))));
            Assert.Equal("May 2025", EnglishDates.Format(new CslDate(2025, 5, null)));
        }
        finally { System.Globalization.CultureInfo.CurrentCulture = saved; }
    }

    [Fact]
    public void SortKeysIgnoreLeadingArticlesCaseAndAccents()
    {
        string Key(string title) => Style.BibliographySortKey(new SourceEntry("x", "book") { Title = title });
        Assert.True(string.CompareOrdinal(Key("The Zebra"), Key("Apple")) > 0);
        Assert.True(string.CompareOrdinal(Key("an apple"), Key("Banana")) < 0);
        Assert.True(string.CompareOrdinal(Key("Çingiz"), Key("Dunya")) < 0);
    }
}
