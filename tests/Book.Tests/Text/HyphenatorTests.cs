using Book.Layout.Text;

namespace Book.Tests.Text;

public class HyphenatorTests
{
    private static readonly Hyphenator English = Hyphenator.ForLanguage("en-US");
    private static readonly HyphenationOptions Capitals = new() { HyphenateCapitalized = true };

    // What the TeX US-English patterns really give (checked against TeX's known output,
    // including the documented de-mo-c-rat bug in the pattern file's header).
    [Theory]
    [InlineData("hyphenation", "hy-phen-ation")]
    [InlineData("typesetting", "type-set-ting")]
    [InlineData("efficient", "ef-fi-cient")]
    [InlineData("commemorative", "com-mem-o-ra-tive")]
    [InlineData("massacre", "mas-sacre")]
    [InlineData("algorithm", "al-go-rithm")]
    [InlineData("independence", "in-de-pen-dence")]
    [InlineData("mathematics", "math-e-mat-ics")]
    [InlineData("population", "pop-u-la-tion")]
    [InlineData("democrat", "de-mo-c-rat")]
    public void EnglishWordsFollowTheTexPatterns(string word, string expected)
    {
        Assert.Equal(expected, English.Hyphenate(word));
    }

    [Theory]
    [InlineData("associate", "as-so-ciate")]
    [InlineData("table", "ta-ble")]
    [InlineData("present", "present")]
    [InlineData("projects", "projects")]
    public void KnuthsExceptionListOverridesPatterns(string word, string expected)
    {
        Assert.Equal(expected, English.Hyphenate(word));
    }

    [Fact]
    public void AllEnglishTagsShareThePatterns()
    {
        Assert.Same(English, Hyphenator.ForLanguage("en"));
        Assert.Same(English, Hyphenator.ForLanguage("en-GB"));
        Assert.Same(English, Hyphenator.ForLanguage("EN_us"));
        Assert.Equal("en", English.Language);
        Assert.True(English.HasRules);
    }

    [Fact]
    public void LeftMinAndRightMinAreHonoured()
    {
        // Patterns alone would allow "re-mem-brance"-like cuts near both ends; check the margins.
        Span<int> breaks = stackalloc int[32];
        foreach (var word in new[] { "hyphenation", "encyclopedia", "internationalization", "remembrance", "abbey", "ahead" })
        {
            int n = English.GetBreaks(word, breaks);
            for (int i = 0; i < n; i++)
            {
                Assert.InRange(breaks[i], 2, word.Length - 3);
            }
        }

        var wide = new HyphenationOptions { LeftMin = 4, RightMin = 4 };
        Assert.Equal("hyphen-ation", English.Hyphenate("hyphenation", "-", wide));
        Assert.Equal("in-ter-na-tion-al-iza-tion", English.Hyphenate("internationalization"));
        Assert.Equal("inter-na-tion-al-iza-tion", English.Hyphenate("internationalization", "-", wide));
    }

    [Fact]
    public void CapitalisedWordsAreLeftWholeUnlessAsked()
    {
        Assert.Equal("February", English.Hyphenate("February"));
        Assert.Equal("Feb-ru-ary", English.Hyphenate("February", "-", Capitals));
        Assert.Equal("Hyphenation", English.Hyphenate("Hyphenation"));
        Assert.Equal("Hy-phen-ation", English.Hyphenate("Hyphenation", "-", Capitals));
    }

    [Fact]
    public void PunctuationAroundAWordIsIgnoredAndPositionsIndexTheWordAsGiven()
    {
        Assert.Equal("“hy-phen-ation,”", English.Hyphenate("“hyphenation,”"));
        Span<int> breaks = stackalloc int[16];
        int n = English.GetBreaks("(hyphenation)", breaks);
        Assert.Equal(new[] { 3, 7 }, breaks[..n].ToArray());
    }

    [Fact]
    public void WordsWithDigitsOrInnerPunctuationBreakOnlyAtExplicitHyphens()
    {
        Assert.Equal("abc123hyphenation", English.Hyphenate("abc123hyphenation"));
        Assert.Equal("children’s", English.Hyphenate("children’s"));
        Assert.Equal("well-|known", English.Hyphenate("well-known", "|"));
        Assert.Equal("hyphenation-|typesetting", English.Hyphenate("hyphenation-typesetting", "|"));
        // Too little would be left on one side of the hyphen.
        Assert.Equal("e-mail", English.Hyphenate("e-mail", "|"));
        Assert.Equal("X-ray", English.Hyphenate("X-ray", "|"));
        Assert.Equal("1992-ci", Hyphenator.ForLanguage("az").Hyphenate("1992-ci", "|"));
    }

    [Fact]
    public void TurkishDottedAndDotlessIDoNotCrashOrMismap()
    {
        // Invariant lower-casing leaves İ alone; the hyphenator folds it to i on purpose.
        Assert.Equal("İs-tan-bul", Hyphenator.ForLanguage("az").Hyphenate("İstanbul", "-", Capitals));
        Assert.Equal("hy-phen-ation", English.Hyphenate("hyphenatİon").Replace("İ", "i"));
        // ı is in no English pattern: fewer matches, no exception.
        Span<int> breaks = stackalloc int[16];
        int n = English.GetBreaks("ınternatıonal", breaks);
        Assert.InRange(n, 0, 10);
        Assert.Equal("ın-ter-na-tional", English.Hyphenate("ınternational"));
    }

    [Theory]
    [InlineData("Xocalı", "Xo-calı")]
    [InlineData("Bağırov", "Ba-ğı-rov")]
    [InlineData("Hüseyinova", "Hü-se-yi-nova")]
    [InlineData("Azərbaycan", "Azər-bay-can")]
    [InlineData("şəhid", "şə-hid")]
    [InlineData("qaçqın", "qaç-qın")]
    public void AzerbaijaniBreaksBeforeAConsonantFollowedByAVowel(string word, string expected)
    {
        Assert.Equal(expected, Hyphenator.ForLanguage("az-Latn-AZ").Hyphenate(word, "-", Capitals));
    }

    [Fact]
    public void AzerbaijaniNamesStayWholeUnderTheDefaultCapitalPolicy()
    {
        var az = Hyphenator.ForLanguage("az");
        Assert.Equal("Xocalı", az.Hyphenate("Xocalı"));
        Assert.NotSame(az, Hyphenator.ForLanguage("tr"));
        Assert.Equal("soy-qı-rımı", az.Hyphenate("soyqırımı"));
    }

    [Fact]
    public void LanguagesWithoutRulesOnlyBreakAtExplicitHyphens()
    {
        var other = Hyphenator.ForLanguage("ka");
        Assert.Same(Hyphenator.None, other);
        Assert.Same(Hyphenator.None, Hyphenator.ForLanguage(null));
        Assert.False(other.HasRules);
        Assert.Equal("hyphenation", other.Hyphenate("hyphenation"));
        Assert.Equal("well-|known", other.Hyphenate("well-known", "|"));
    }

    [Fact]
    public void ShortPositionBufferTakesTheFirstBreaks()
    {
        Span<int> one = stackalloc int[1];
        Assert.Equal(1, English.GetBreaks("hyphenation", one));
        Assert.Equal(2, one[0]);
        Assert.Equal(0, English.GetBreaks("", one));
        Assert.Equal(0, English.GetBreaks("a", one));
    }

    [Fact]
    public void VeryLongWordsAreHandled()
    {
        string word = string.Concat(Enumerable.Repeat("hyphenation", 30));
        string result = English.Hyphenate(word);
        Assert.Equal(word, result.Replace("-", ""));
        Assert.StartsWith("hy-phen-ation", result);
    }

    [Fact]
    public void HyphenatingAllocatesNothing()
    {
        var words = new[] { "hyphenation", "commemorative", "Xocalı", "well-known", "“typesetting,”", "associate" };
        Span<int> breaks = stackalloc int[32];
        var az = Hyphenator.ForLanguage("az");
        int total = 0;
        foreach (var w in words) total += English.GetBreaks(w, breaks) + az.GetBreaks(w, breaks, Capitals); // warm up
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 1000; i++)
        {
            foreach (var w in words) total += English.GetBreaks(w, breaks) + az.GetBreaks(w, breaks, Capitals);
        }
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(0, allocated);
        Assert.True(total > 0);
    }

    [Fact]
    public void HyphenatingIsThreadSafe()
    {
        var results = new string[64];
        Parallel.For(0, results.Length, i => results[i] = English.Hyphenate("commemorative"));
        Assert.All(results, r => Assert.Equal("com-mem-o-ra-tive", r));
    }
}
