using Book.Model;

namespace Book.Tests.Localization;

/// <summary>The primary subtag every per-language choice keys on (quotes, no-break spaces, collation, terms, templates).</summary>
public sealed class LanguageTagTests
{
    [Theory]
    [InlineData("az", "az")]
    [InlineData("az-Latn-AZ", "az")]
    [InlineData("EN_us", "en")]
    [InlineData("de-CH", "de")]
    [InlineData("Ru", "ru")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void The_primary_subtag_is_lower_case_and_stops_at_a_hyphen_or_underscore(string? tag, string primary) =>
        Assert.Equal(primary, LanguageTag.Primary(tag));

    [Fact]
    public void A_tag_that_is_its_own_primary_subtag_is_returned_as_it_is() =>
        Assert.Same("az", LanguageTag.Primary("az"));
}
