using System.Globalization;

namespace Book.Model;

/// <summary>ASCII identifiers made from titles and terms: file names, anchors.</summary>
public static class Slug
{
    public static bool IsValid(string s) => s.Length > 0 && s.All(c => c is >= 'a' and <= 'z' or >= '0' and <= '9' or '-');

    /// <summary>ASCII slug from a title: letters folded to their base (ğ → g, ı → i, ə → e), Cyrillic spelt in
    /// Latin letters (<see cref="CyrillicLetters"/>, read as Azerbaijani when <paramref name="language"/> is az),
    /// others to hyphens. The bases come from our own table, not from string normalization, which needs culture
    /// data (ICU) and does nothing in invariant-globalization mode.</summary>
    public static string From(string title, string? language = null)
    {
        var sb = new System.Text.StringBuilder();
        bool azerbaijani = CyrillicLetters.ReadsAsAzerbaijani(title, language);
        foreach (char c0 in title)
        {
            if (CyrillicLetters.Latin(c0, azerbaijani) is { } latin)
            {
                sb.Append(latin);
                continue;
            }
            char c = c0 switch { 'ı' => 'i', 'ə' or 'Ə' => 'e', _ => Decompositions.Of(c0) is { } d ? d[0] : c0 };
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsAsciiLetterOrDigit(c)) sb.Append(char.ToLowerInvariant(c));
            else if (sb.Length > 0 && sb[^1] != '-') sb.Append('-');
        }
        var slug = sb.ToString().Trim('-');
        return slug.Length == 0 ? "book" : slug;
    }
}
