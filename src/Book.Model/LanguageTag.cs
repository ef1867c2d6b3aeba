using System.Text.RegularExpressions;

namespace Book.Model;

/// <summary>
/// BCP 47 language tags (RFC 5646's well-formed syntax): "az", "az-Latn-AZ", "en-GB", "x-private".
/// An ill-formed tag in a span or in book.yaml would make the e-book invalid and mislead screen readers.
/// </summary>
public static partial class LanguageTag
{
    [GeneratedRegex(@"^(?:(?:[A-Za-z]{2,3}(?:-[A-Za-z]{3}){0,3}|[A-Za-z]{4,8})(?:-[A-Za-z]{4})?(?:-(?:[A-Za-z]{2}|[0-9]{3}))?(?:-(?:[A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*(?:-[0-9A-WY-Za-wy-z](?:-[A-Za-z0-9]{2,8})+)*(?:-[Xx](?:-[A-Za-z0-9]{1,8})+)?|[Xx](?:-[A-Za-z0-9]{1,8})+)$", RegexOptions.CultureInvariant)]
    private static partial Regex WellFormed();

    public static bool IsWellFormed(string tag) => tag.Length <= 64 && WellFormed().IsMatch(tag);

    /// <summary>The primary language subtag in lower case ("az" of "az-Latn-AZ", "en" of "EN_us"); "" for none.
    /// Allocates nothing for a tag that is already a lower-case primary subtag: typography asks it per space.</summary>
    public static string Primary(string? tag)
    {
        if (string.IsNullOrEmpty(tag)) return "";
        int end = tag.AsSpan().IndexOfAny('-', '_');
        var primary = end < 0 ? tag : tag[..end];
        foreach (char c in primary)
            if (!char.IsAsciiLetterLower(c)) return primary.ToLowerInvariant();
        return primary;
    }

    /// <summary>What to say about an ill-formed tag: "en_US" is a common slip for "en-US".</summary>
    public static string Problem(string tag)
    {
        var dashed = tag.Replace('_', '-');
        return dashed != tag && IsWellFormed(dashed)
            ? $"'{tag}' is not a language tag; write '{dashed}' (a hyphen, not an underscore)"
            : $"'{tag}' is not a language tag such as 'az', 'en-GB' or 'ru'";
    }
}
