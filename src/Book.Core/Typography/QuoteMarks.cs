using Book.Model;

namespace Book.Core.Typography;

/// <summary>
/// The quotation marks of a language: primary (what a typed <c>"</c> becomes) and secondary (a typed
/// <c>'</c>, or a <c>"</c> opened inside another), and the space a language puts inside them.
/// The marks are CLDR's delimiters (quotationStart/End, alternateQuotationStart/End in
/// common/main/xx.xml; unicode-cldr/cldr-misc-full main/xx/delimiters.json, CLDR 32): az and tr “ ” ‘ ’,
/// ru « » „ “, de „ “ ‚ ‘, fr « » « ». French sets a narrow no-break space inside guillemets
/// (Imprimerie nationale's Lexique des règles typographiques); CLDR does not record spacing.
/// </summary>
public sealed record QuoteMarks(string Open, string Close, string InnerOpen, string InnerClose, string Inside = "")
{
    static readonly QuoteMarks English = new("\u201C", "\u201D", "\u2018", "\u2019");

    static readonly Dictionary<string, QuoteMarks> ByLanguage = new(StringComparer.OrdinalIgnoreCase)
    {
        ["en"] = English,
        ["az"] = English,
        ["tr"] = English,
        ["ru"] = new("\u00AB", "\u00BB", "\u201E", "\u201C"),
        ["uk"] = new("\u00AB", "\u00BB", "\u201E", "\u201C"),
        ["de"] = new("\u201E", "\u201C", "\u201A", "\u2018"),
        ["fr"] = new("\u00AB", "\u00BB", "\u00AB", "\u00BB", "\u202F"),
    };

    /// <summary>The marks of a BCP 47 tag by its primary language ("de-CH" as "de"); English's for any other.</summary>
    public static QuoteMarks For(string? language)
    {
        if (string.IsNullOrEmpty(language)) return English;
        return ByLanguage.TryGetValue(LanguageTag.Primary(language), out var marks) ? marks : English;
    }
}
