using Book.Model;

namespace Book.Tests.Localization;

/// <summary>Each language's alphabet (CLDR's tailorings), the same under any culture or globalization mode.</summary>
public class CollationTests
{
    static List<string> Sort(string language, params string[] words) => [.. words.Order(Collation.For(language))];

    [Fact]
    public void Azerbaijani_sorts_by_its_alphabet()
    {
        Assert.Equal(["Cabbarov", "Cəfərov", "Çələbi", "Eyvazov", "Əliyev", "Fərzəliyev"],
            Sort("az", "Çələbi", "Əliyev", "Cəfərov", "Fərzəliyev", "Eyvazov", "Cabbarov"));
        // H < X < I (ı) < İ (i) < J < K < Q < L; O < Ö; S < Ş; U < Ü.
        Assert.Equal(["Həsənov", "Xəlilov", "ılıq", "Ismayılov", "İbrahimov", "iki", "Jalə", "Kərimov", "Qasımov", "Ləti"],
            Sort("az-Latn-AZ", "Qasımov", "İbrahimov", "Ismayılov", "Xəlilov", "Kərimov", "Həsənov", "Jalə", "Ləti", "iki", "ılıq"));
        Assert.Equal(["Osmanov", "Ömərov", "Sadıqov", "Şahbazov", "Usubov", "Üzeyir"],
            Sort("az", "Şahbazov", "Üzeyir", "Ömərov", "Usubov", "Sadıqov", "Osmanov"));
    }

    [Fact]
    public void Turkish_has_its_dotted_and_dotless_i_and_files_q_w_x_as_the_root_does()
    {
        Assert.Equal(["Cemal", "Çelik", "Ilgaz", "ılık", "ince", "İnönü", "Özal", "Şahin", "Ünal"],
            Sort("tr", "İnönü", "Ilgaz", "Çelik", "ince", "Cemal", "ılık", "Şahin", "Özal", "Ünal"));
        Assert.Equal(["Pamuk", "Quba", "Rize", "Van", "Wilson", "Xocalı", "Yılmaz"],
            Sort("tr", "Xocalı", "Wilson", "Quba", "Yılmaz", "Pamuk", "Rize", "Van"));
    }

    [Fact]
    public void Russian_sorts_cyrillic_first_with_yo_as_ye()
    {
        // Ёлкин files among the Е names (л before ф), not after them.
        Assert.Equal(["Ёлкин", "Ефимов", "Жуков", "Иванов", "Йодко", "Кузнецов", "Эминов", "Юсупов", "Яковлев", "Aliyev"],
            Sort("ru", "Яковлев", "Aliyev", "Йодко", "Ёлкин", "Жуков", "Иванов", "Ефимов", "Кузнецов", "Юсупов", "Эминов"));
        // Ё differs from Е only by its accent: "ёж" between "еж" and "ежи".
        Assert.Equal(["еж", "ёж", "ежи"], Sort("ru", "ежи", "ёж", "еж"));
    }

    [Fact]
    public void English_german_and_french_use_the_root_order_with_accents_second()
    {
        Assert.Equal(["cote", "coté", "côte", "côté", "Cz"], Sort("fr", "côté", "Cz", "coté", "côte", "cote"));
        Assert.Equal(["Mueller", "Muller", "Müller", "Mund"], Sort("de", "Mund", "Müller", "Muller", "Mueller"));
        Assert.Equal(["Celebi", "Çelebi", "Cz", "Strasse", "Straße", "Sudan"], Sort("en", "Sudan", "Straße", "Cz", "Çelebi", "Strasse", "Celebi"));
        Assert.Equal(["a", "A", "b"], Sort("en", "b", "A", "a"));
    }

    [Fact]
    public void Index_letters_follow_the_alphabet()
    {
        Assert.Equal("Ç", Collation.For("az").Letter("Çələbi"));
        Assert.Equal("C", Collation.For("en").Letter("Çelebi"));
        Assert.Equal("I", Collation.For("az").Letter("ılıq"));
        Assert.Equal("İ", Collation.For("tr").Letter("İnönü"));
        Assert.Equal("Е", Collation.For("ru").Letter("Ёлкин"));
        Assert.Equal("#", Collation.For("en").Letter("1992"));
    }

    [Fact]
    public void Precomposed_and_typed_accents_weigh_the_same()
    {
        // "e" + U+0301 as a keyboard may give it, and "é": both after "cafe" (an accent), before "cafes" (a letter).
        var fr = Collation.For("fr");
        foreach (var accented in new[] { "cafe\u0301", "café" })
        {
            Assert.True(fr.Compare("cafe", accented) < 0);
            Assert.True(fr.Compare(accented, "cafes") < 0);
        }
    }

    [Theory]
    [InlineData("az")]
    [InlineData("tr")]
    [InlineData("ru")]
    [InlineData("en")]
    public void Sort_keys_order_strings_as_the_comparison_does(string language)
    {
        // Words of every kind the comparison weighs: alphabets, case, accents typed and precomposed,
        // spaces and hyphens, digits, ignorable punctuation, other scripts, prefixes of each other.
        string[] words = ["Cabbarov", "Cəfərov", "Çələbi", "Əliyev", "ılıq", "Ismayılov", "İbrahimov", "iki", "Ёлкин", "Елкин",
            "ёлка", "cafe", "cafe\u0301", "café", "cafes", "Café", "Gargar river", "Gargarly", "Gargar-river", "1992", "1992a",
            "[F]linders", "Flinders", "Straße", "Strasse", "Æsop", "aesop", "Øster", "Oster", "日本", "ab", "a", "", "A", "Ab", "a b"];
        var c = Collation.For(language);
        foreach (var x in words)
            foreach (var y in words)
                Assert.True(Math.Sign(c.Compare(x, y)) == Math.Sign(string.CompareOrdinal(c.SortKey(x), c.SortKey(y))),
                    $"{language}: \"{x}\" vs \"{y}\"");
    }
}
