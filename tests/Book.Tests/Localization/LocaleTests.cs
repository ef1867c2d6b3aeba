using Book.Core.Chronology;
using Book.Model;

namespace Book.Tests.Localization;

/// <summary>Terms, dates and numbers from the locale files, with their fallbacks.</summary>
public class LocaleTests
{
    static string Date(string yaml, string language, bool approximate = false)
    {
        var d = EventDate.Parse(yaml, out var error);
        Assert.True(d is not null, error);
        return DateFormatter.Format(d!, approximate, Locale.For(language));
    }

    [Theory]
    [InlineData("az", "1992-02-26", "26 fevral 1992")]
    [InlineData("az", "1992-02", "fevral 1992")]
    [InlineData("az", "1992-02-25/1992-02-26", "25–26 fevral 1992")]
    [InlineData("az", "1992-02-26T01:00/1992-02-26T04:00", "26 fevral 1992, 01:00–04:00")]
    [InlineData("tr", "1992-02-26T23:30", "26 Şubat 1992, 23:30")]
    [InlineData("tr", "1991-10/1991-12", "Ekim–Aralık 1991")]
    [InlineData("ru", "1992-02-26", "26 февраля 1992 г.")]
    [InlineData("ru", "1992-02", "февраль 1992 г.")]
    [InlineData("ru", "1992-02-25/1992-03-02", "25 февраля – 2 марта 1992 г.")]
    [InlineData("ru", "1992-02-26T01:00/1992-02-26T04:00", "26 февраля 1992 г., 01:00–04:00")]
    [InlineData("de", "1992-02-25/1992-02-26", "25.–26. Februar 1992")]
    [InlineData("fr", "1992-02-26", "26 février 1992")]
    [InlineData("en", "1992-02-26T01:00/1992-02-26T04:00", "26 February 1992, 1–4 a.m.")]
    [InlineData("en-GB", "1992-02-26T00:00", "26 February 1992, midnight")]
    public void Dates_follow_the_language(string language, string yaml, string expected) =>
        Assert.Equal(expected, Date(yaml, language));

    [Fact]
    public void An_approximate_date_says_so_in_the_language()
    {
        Assert.Equal("təq. 1905", Date("1905", "az", approximate: true));
        Assert.Equal("ок. 1905", Date("1905", "ru", approximate: true));
        Assert.Equal("c. 1905", Date("1905", "en", approximate: true));
    }

    [Theory]
    [InlineData("en", "12750.5", "12,750.5")]
    [InlineData("en", "1992", "1,992")]
    [InlineData("az", "12750.5", "12.750,5")]
    [InlineData("az", "1992", "1992")]
    [InlineData("tr", "-613", "\u2212613")]
    [InlineData("ru", "12750", "12\u00A0750")]
    [InlineData("fr", "1275000", "1\u202F275\u202F000")]
    [InlineData("de", "0.25", "0,25")]
    public void Numbers_take_the_language_s_marks(string language, string value, string expected) =>
        Assert.Equal(expected, Numbers.Format(value, language));

    [Fact]
    public void A_tag_falls_back_by_its_subtags_then_to_english_name_by_name()
    {
        Assert.Equal("az", Locale.For("az-Latn-AZ").File);
        Assert.Equal("Mündəricat", Locale.For("az-Latn-AZ").Contents);
        Assert.Equal("en", Locale.For("ka").File);
        Assert.Equal("Contents", Locale.For("ka").Contents);
        Assert.Equal("noon", Locale.For("az")["noon"]);   // only a 12-hour clock says it
    }

    [Fact]
    public void Every_language_file_names_every_term()
    {
        string[] englishOnly = ["noon", "midnight", "am", "pm"];   // 12-hour clock words: the other languages use 24 hours
        foreach (var language in Locale.Languages.Where(l => l != "en"))
        {
            var locale = Locale.For(language);
            foreach (var name in Locale.TermNames.Except(englishOnly))
                Assert.True(locale[name] != Locale.English[name] || name is "figure" or "index" or "pages" or "colophon" or "page-abbr",
                    $"{language}: term '{name}' is still English ('{locale[name]}')");
        }
        Assert.Equal(["az", "de", "en", "fr", "ru", "tr"], Locale.Languages);
    }

    [Fact]
    public void Overrides_replace_terms_and_keep_the_rest()
    {
        var locale = Locale.For("az").WithTerms(new Dictionary<string, string> { ["contents"] = "İçindəkilər" });
        Assert.Equal("İçindəkilər", locale.Contents);
        Assert.Equal("Göstərici", locale.TitleOf(GeneratedAppendix.Index));
        Assert.Equal("Redaktorlar: Ə. Əliyev və R. Hüseynov", locale.EditedBy(["Ə. Əliyev", "R. Hüseynov"]));
    }
}
