using static Book.Tests.Typography.TypographyKit;

namespace Book.Tests.Typography;

/// <summary>Spaces a line must not break at become no-break spaces; spaces elsewhere stay breakable.</summary>
public sealed class NoBreakSpaceTests
{
    const char Nb = '\u00A0';

    [Theory]
    [InlineData("en", "by 5 a.m. on", "by 5\u00A0a.m. on")]
    [InlineData("en", "a 10 km road", "a 10\u00A0km road")]
    [InlineData("en", "see p. 4 and pp. 4–5", "see p.\u00A04 and pp.\u00A04–5")]
    [InlineData("en", "No. 3 of version 1.1.", "No.\u00A03 of version\u00A01.1.")]
    [InlineData("en", "on 25–26 February 1992", "on 25–26\u00A0February 1992")]
    [InlineData("en", "on February 23, 2024", "on February\u00A023, 2024")]
    [InlineData("ru", "25 февраля 1992 г., с. 4", "25\u00A0февраля 1992\u00A0г., с.\u00A04")]
    [InlineData("de", "am 25. Februar, S. 4", "am 25.\u00A0Februar, S.\u00A04")]
    [InlineData("tr", "25 Şubat 1992, s. 4", "25\u00A0Şubat 1992, s.\u00A04")]
    [InlineData("az", "25 fevral 1992, səh. 4", "25\u00A0fevral 1992, səh.\u00A04")]
    [InlineData("fr", "le 25 février : p. 4 !", "le 25\u00A0février\u202F: p.\u00A04\u202F!")]
    public void Ties_numbers_to_their_units_and_pointers(string language, string typed, string expected) =>
        Assert.Equal(expected, One(typed, language));

    [Theory]
    [InlineData("10 men came in 1992")]
    [InlineData("in February 1992 the 5 of them")]
    [InlineData("Table 5 lists 12 items")]
    public void Leaves_ordinary_spaces_alone(string typed)
    {
        var s = One(typed).Replace("Table\u00A05", "Table 5");
        Assert.DoesNotContain(Nb, s);
    }
}
