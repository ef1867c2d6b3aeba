using Book.Layout.Text;

namespace Book.Tests.Text;

/// <summary>
/// Turkish and Russian hyphenate by their hyph-utf8 patterns; the expected breaks were worked out
/// with an independent Liang implementation over the same files. Azerbaijani, which has no patterns,
/// by its syllable rule, tested on words from the booklet's sources. The book's own minimums apply
/// to all three: two letters before a break, three after (so "soykırımı" ends "rımı", not "rı-mı").
/// </summary>
public class LanguageHyphenationTests
{
    static readonly HyphenationOptions Capitals = HyphenationOptions.Default with { HyphenateCapitalized = true };

    [Theory]
    [InlineData("достопримечательность", "до-сто-при-ме-ча-тель-ность")]
    [InlineData("правительство", "пра-ви-тель-ство")]
    [InlineData("трагедия", "тра-ге-дия")]
    [InlineData("массовое", "мас-со-вое")]
    [InlineData("убийство", "убий-ство")]
    [InlineData("азербайджанцев", "азер-бай-джан-цев")]
    [InlineData("бизнесмен", "биз-нес-мен")]  // from the patterns' exception list
    [InlineData("бездн", "бездн")]
    public void RussianFollowsItsPatterns(string word, string expected) =>
        Assert.Equal(expected, Hyphenator.ForLanguage("ru-RU").Hyphenate(word));

    [Fact]
    public void RussianCapitalisedWordsFollowTheSamePatternsWhenAllowed() =>
        Assert.Equal("Ход-жа-лин-ская", Hyphenator.ForLanguage("ru").Hyphenate("Ходжалинская", "-", Capitals));

    [Theory]
    [InlineData("soykırımı", "soy-kı-rımı")]
    [InlineData("bilgisayar", "bil-gi-sa-yar")]
    [InlineData("anıtlarına", "anıt-la-rına")]
    [InlineData("gelecek", "ge-lecek")]  // the patterns keep "-cek" whole at a word's end
    public void TurkishFollowsItsPatterns(string word, string expected) =>
        Assert.Equal(expected, Hyphenator.ForLanguage("tr").Hyphenate(word));

    [Fact]
    public void TurkishCapitalDottedIIsFoldedWithoutACulture() =>
        Assert.Equal("Azer-bay-canlı", Hyphenator.ForLanguage("tr-TR").Hyphenate("Azerbaycanlı", "-", Capitals));

    [Theory]
    // Words from ../shared/sources/ (the booklet's articles).
    [InlineData("Bağırov", "Ba-ğı-rov")]
    [InlineData("Seyidağa", "Se-yi-dağa")]
    [InlineData("Qarağac", "Qa-ra-ğac")]
    [InlineData("Hüseyinova", "Hü-se-yi-nova")]
    // Two consonants between vowels: the second opens the syllable; two vowels that meet are parted.
    [InlineData("müəllim", "mü-əl-lim")]
    [InlineData("şeirlər", "şe-ir-lər")]
    [InlineData("Azərbaycan", "Azər-bay-can")]
    public void AzerbaijaniFollowsTheSyllableRule(string word, string expected) =>
        Assert.Equal(expected, Hyphenator.ForLanguage("az").Hyphenate(word, "-", Capitals));

    [Fact]
    public void EachLanguageHasItsOwnRules()
    {
        Assert.True(Hyphenator.ForLanguage("tr").HasRules);
        Assert.True(Hyphenator.ForLanguage("ru").HasRules);
        Assert.Equal("tr", Hyphenator.ForLanguage("tr-TR").Language);
        Assert.Equal("ru", Hyphenator.ForLanguage("ru").Language);
        Assert.Equal("az", Hyphenator.ForLanguage("az-Latn-AZ").Language);
    }
}
