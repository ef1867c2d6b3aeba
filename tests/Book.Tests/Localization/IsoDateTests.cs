using System.Globalization;
using Book.Model;

namespace Book.Tests.Localization;

/// <summary>book.yaml's date: the three ISO shapes, read as the framework's exact-format parser reads them.</summary>
public sealed class IsoDateTests
{
    [Theory]
    [InlineData("2026-02-26")]
    [InlineData("2024-02-29")]
    [InlineData("2026-02")]
    [InlineData("2026")]
    [InlineData("0001")]
    [InlineData("2023-02-29")]
    [InlineData("2026-13")]
    [InlineData("2026-00-10")]
    [InlineData("2026-1-5")]
    [InlineData("26 February 2026")]
    [InlineData("2026-02-26T10:00")]
    [InlineData(" 2026")]
    [InlineData("２０２６")]
    [InlineData("")]
    public void Agrees_with_the_exact_format_parser(string typed)
    {
        bool expected = DateTime.TryParseExact(typed, ["yyyy-MM-dd", "yyyy-MM", "yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var want);
        Assert.Equal(expected, IsoDate.TryParse(typed, out var got));
        if (expected) Assert.Equal(want, got);
    }
}
