using Book.Model;
using static Book.Tests.Typography.TypographyKit;

namespace Book.Tests.Typography;

/// <summary>Quotes, apostrophes and primes as each language sets them (CLDR's delimiters; see QuoteMarks).</summary>
public sealed class QuoteRuleTests
{
    [Theory]
    [InlineData("en", "He said \"it's 'fine' now\".", "He said \u201Cit\u2019s \u2018fine\u2019 now\u201D.")]
    [InlineData("az", "O dedi: \"Xocalı'da 'qətl' oldu\".", "O dedi: \u201CXocalı\u2019da \u2018qətl\u2019 oldu\u201D.")]
    [InlineData("tr", "\"Hocalı'da 'katliam' oldu\" dedi.", "\u201CHocalı\u2019da \u2018katliam\u2019 oldu\u201D dedi.")]
    [InlineData("ru", "Он сказал: \"Это 'слово' здесь\".", "Он сказал: \u00ABЭто \u201Eслово\u201C здесь\u00BB.")]
    [InlineData("de", "Er sagte: \"Das 'Wort' hier\".", "Er sagte: \u201EDas \u201AWort\u2018 hier\u201C.")]
    [InlineData("fr", "Il a dit \"c'est le 'mot' ici\".", "Il a dit \u00AB\u202Fc\u2019est le \u00AB\u202Fmot\u202F\u00BB ici\u202F\u00BB.")]
    public void Quotes_take_the_marks_of_the_texts_language(string language, string typed, string expected) =>
        Assert.Equal(expected, One(typed, language));

    [Fact]
    public void A_span_quotes_in_its_own_language()
    {
        var text = One("He wrote [\"Ходжалы\"]{lang=ru} and \"Khojaly\".");
        Assert.Equal("He wrote \u00ABХоджалы\u00BB and \u201CKhojaly\u201D.", text);
    }

    [Theory]
    [InlineData("Don't go; the oblast's council.", "Don\u2019t go; the oblast\u2019s council.")]
    [InlineData("the \"Monument to the Mothers' Cry\"", "the \u201CMonument to the Mothers\u2019 Cry\u201D")]
    [InlineData("*Daily Sabah*'s report and [TRT](http://t.rt)'s", "Daily Sabah\u2019s report and TRT\u2019s")]
    [InlineData("the '90s, in '92 and 'tis rock 'n' roll", "the \u201990s, in \u201992 and \u2019tis rock \u2019n\u2019 roll")]
    [InlineData("He was 5' 10\" tall.", "He was 5\u2032 10\u2033 tall.")]
    [InlineData("the 1990s' end", "the 1990s\u2019 end")]
    [InlineData("(\"quoted\") and --\"this\"--", "(\u201Cquoted\u201D) and \u2013\u201Cthis\u201D\u2013")]
    [InlineData("\"*emphasised* quote\" and \"a *quote*\"", "\u201Cemphasised quote\u201D and \u201Ca quote\u201D")]
    [InlineData("'Run! Don't let them catch you!'", "\u2018Run! Don\u2019t let them catch you!\u2019")]
    [InlineData("\"a \"nested\" one\"", "\u201Ca \u2018nested\u2019 one\u201D")]
    [InlineData("wait... 1990--1992 --- then", "wait\u2026 1990\u20131992 \u2014 then")]
    public void English_apostrophes_elisions_primes_and_nesting(string typed, string expected) =>
        Assert.Equal(expected, One(typed));

    [Fact]
    public void Code_urls_and_raw_html_are_never_touched()
    {
        var book = Typeset("Type `don't \"x\" -- ...` at <https://e.org/it's--x...> and <span title=\"it's\">it's</span>.");
        var p = (Paragraph)book.Divisions[0].Blocks[0];
        Assert.Contains(p.Content, i => i is Code { Value: "don't \"x\" -- ..." });
        Assert.Contains(p.Content, i => i is Link { Content: [Book.Model.Text { Value: "https://e.org/it's--x..." }] });
        Assert.Contains(p.Content, i => i is RawInline { Text: "<span title=\"it's\">" });
        Assert.Contains("it\u2019s", InlineText.Plain(p.Content));
    }

    [Fact]
    public void Table_cells_notes_and_titles_are_set_too()
    {
        var book = Typeset("## The town's \"siege\"\n\nText.[^1]\n\n[^1]: The note's \"words\".\n\n| a | b |\n|---|---|\n| \"cell\" | it's |\n");
        var blocks = book.Divisions[0].Blocks;
        Assert.Equal("The town\u2019s \u201Csiege\u201D", InlineText.Plain(((Heading)blocks[0]).Content));
        Assert.Equal("The note\u2019s \u201Cwords\u201D.", InlineText.Plain(((Paragraph)book.Divisions[0].Notes[0].Blocks[0]).Content));
        var row = ((Table)blocks.First(b => b is Table)).Rows[0];
        Assert.Equal("\u201Ccell\u201D", InlineText.Plain(row[0].Content));
        Assert.Equal("it\u2019s", InlineText.Plain(row[1].Content));
    }
}
