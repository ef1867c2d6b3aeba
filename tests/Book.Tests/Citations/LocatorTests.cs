using Book.Core.Citations;

namespace Book.Tests.Citations;

/// <summary>A written locator as the CSL processor needs it: a locator term and a value.</summary>
public class LocatorTests
{
    [Theory]
    [InlineData("p. 4", "page", "4")]
    [InlineData("pp. 33–35", "page", "33–35")]
    [InlineData("chap. 3", "chapter", "3")]
    [InlineData("§ 12", "section", "12")]
    [InlineData("§§ 4–5", "section", "4–5")]
    [InlineData("s.vv. dog", "sub-verbo", "dog")]
    [InlineData("no. 7", "number", "7")]
    [InlineData("notes 3–4", "note", "3–4")]
    [InlineData("iv", "page", "iv")]
    public void A_label_gives_its_term_and_the_rest_is_the_value(string written, string term, string value) =>
        Assert.Equal((term, value), Locators.Split(written));

    [Fact]
    public void The_parser_reads_the_same_labels()
    {
        Assert.Equal(("§§ 4–5", null), CitationSyntax.ParseAfterKey(", §§ 4–5"));
        Assert.Equal(("pp. 33–35", ", emphasis added"), CitationSyntax.ParseAfterKey(", pp. 33–35, emphasis added"));
    }
}
