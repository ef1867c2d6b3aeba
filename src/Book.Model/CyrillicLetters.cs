namespace Book.Model;

/// <summary>
/// Latin spellings of Russian and Azerbaijani Cyrillic letters, for slugs: a title in Cyrillic only
/// ("Ходжалы") used to fold to nothing and name every output "book". Russian follows the common
/// passport-style romanisation (х kh, ж zh, ц ts, щ shch); Azerbaijani its own Latin alphabet of 1991,
/// folded as slugs fold Latin letters (Хоҹалы → xocali). The two read г, х, ж, ч differently, so a title
/// with a letter only Azerbaijani has (ә ғ ҝ һ ј ҹ ө ү), or a book whose language is az, reads as Azerbaijani.
/// </summary>
public static class CyrillicLetters
{
    static readonly Dictionary<char, string> Russian = new()
    {
        ['а'] = "a", ['б'] = "b", ['в'] = "v", ['г'] = "g", ['д'] = "d", ['е'] = "e", ['ё'] = "yo", ['ж'] = "zh",
        ['з'] = "z", ['и'] = "i", ['й'] = "y", ['к'] = "k", ['л'] = "l", ['м'] = "m", ['н'] = "n", ['о'] = "o",
        ['п'] = "p", ['р'] = "r", ['с'] = "s", ['т'] = "t", ['у'] = "u", ['ф'] = "f", ['х'] = "kh", ['ц'] = "ts",
        ['ч'] = "ch", ['ш'] = "sh", ['щ'] = "shch", ['ъ'] = "", ['ы'] = "y", ['ь'] = "", ['э'] = "e", ['ю'] = "yu",
        ['я'] = "ya", ['і'] = "i", ['ј'] = "y",
    };

    // Where Azerbaijani differs (its Latin letters already folded: ç → c, ş → s, ğ → g, ı → i, ö → o, ü → u, ə → e).
    static readonly Dictionary<char, string> Azerbaijani = new()
    {
        ['г'] = "q", ['ғ'] = "g", ['ҝ'] = "g", ['ә'] = "e", ['ж'] = "j", ['ы'] = "i", ['ј'] = "y", ['ө'] = "o",
        ['ү'] = "u", ['х'] = "x", ['һ'] = "h", ['ч'] = "c", ['ҹ'] = "c", ['ш'] = "s", ['й'] = "y",
    };

    const string OnlyAzerbaijani = "әғҝһјҹөүӘҒҜҺЈҸӨҮ";

    /// <summary>True when <paramref name="text"/> should be read as Azerbaijani: the book's language is az, or it
    /// has a letter only Azerbaijani Cyrillic uses.</summary>
    public static bool ReadsAsAzerbaijani(string text, string? language) =>
        language is not null && (language.Equals("az", StringComparison.OrdinalIgnoreCase) || language.StartsWith("az-", StringComparison.OrdinalIgnoreCase))
        || text.AsSpan().IndexOfAny(OnlyAzerbaijani) >= 0;

    /// <summary>The lowercase Latin spelling of one Cyrillic letter (either case); null for any other character.</summary>
    public static string? Latin(char c, bool azerbaijani)
    {
        char lower = char.ToLowerInvariant(c);
        if (azerbaijani && Azerbaijani.TryGetValue(lower, out var az)) return az;
        if (Russian.TryGetValue(lower, out var ru)) return ru;
        return Azerbaijani.TryGetValue(lower, out az) ? az : null;
    }
}
