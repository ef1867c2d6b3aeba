using System.Text.RegularExpressions;
using Book.Model;

namespace Book.Core.Typography;

/// <summary>
/// Ties with a no-break space the typed spaces a line must not break at: between a number and its
/// unit or time ("10 km", "5 a.m."), after an abbreviation that points at a number ("p. 4", "No. 3",
/// "version 1.1"), between a day and its month ("25 February", "25–26 February"; "February 23," in
/// US dates). Conservative on purpose: only pairs a reader would stumble over when split, and per
/// language, since each names its months and abbreviations differently. A month and its year may part.
/// </summary>
/// <remarks>
/// Every rule is written as the space itself, then what must stand before it (a look-behind that
/// includes the space) and after it. A match therefore starts only at a space, which the regex
/// engine finds with a vectorized search instead of trying every rule at every character; and the
/// patterns are constants, so the source generator compiles them ahead of time (no Reflection.Emit
/// and JIT at start-up, as <c>RegexOptions.Compiled</c> would cost every build).
/// </remarks>
public static partial class NoBreakSpaces
{
    // Units after a figure, in every language (SI symbols and the like; whole words only: "10 men" stays),
    // and the space before a spaced dash: a line never begins with a dash.
    const string Units = @"(?<=\d )(?=(?:km|cm|mm|m|kg|g|ha|km²|m²|%|‰|°C|°F|MB|GB|kB|pt|mi|км|кг|см|мм|м|г\.|гг\.)(?![\p{L}\d]))|(?<=\S )(?=[–—] )";

    const string En = "January|February|March|April|May|June|July|August|September|October|November|December";
    const string De = "Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember";
    const string Fr = "janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre";
    const string Tr = "Ocak|Şubat|Mart|Nisan|Mayıs|Haziran|Temmuz|Ağustos|Eylül|Ekim|Kasım|Aralık";
    const string Az = "yanvar|fevral|mart|aprel|may|iyun|iyul|avqust|sentyabr|oktyabr|noyabr|dekabr";
    const string Ru = "января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря";

    // A day or a range of days before its month: "25 February", "25–26 February".
    const string Day = @"(?<=\b\d{1,2}(?:[–-]\d{1,2})? )";
    const string NotLetter = @"(?![\p{L}])";

    const string EnRules = "(?<sp> )(?:" + Units
        + @"|(?<=\d )(?=(?:a\.m\.|p\.m\.|am|pm|AM|PM|BC|AD|BCE|CE)(?![\p{L}\d]))"
        + @"|(?<=\b(?:p|pp|No|no|Nos|vol|Vol|vols|ch|chap|fig|Fig|art|Art|para|c|ca|n|nn|l|ll)\. )(?=\d)"
        + @"|(?<=[§¶] )(?=\d)"
        + @"|(?<=\b(?:version|Version|volume|Volume|Chapter|chapter|Table|table|Figure|figure|Appendix|Part|part|note|Note|page|Page|pages|number|Number) )(?=\d|[IVX]+\b)"
        + "|" + Day + "(?=(?:" + En + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)" + NotLetter + ")"
        + @"|(?<=\b(?:" + En + @") )(?=\d{1,2}\b(?![.:]\d)))";

    const string RuRules = "(?<sp> )(?:" + Units
        + @"|(?<=\b(?:с|т|гл|рис|табл|ст|п)\. )(?=\d)"
        + @"|(?<=№ )(?=\d)"
        + "|" + Day + "(?=(?:" + Ru + ")" + NotLetter + "))";

    const string DeRules = "(?<sp> )(?:" + Units
        + @"|(?<=\b(?:S|Nr|Bd|Kap|Abb|Tab|Anm)\. )(?=\d)"
        + @"|(?<=\b\d{1,2}\.(?:[–-]\d{1,2}\.)? )(?=(?:" + De + ")" + NotLetter + "))";

    // French sets ; : ! ? apart from the word with a narrow no-break space (the empty group "thin" marks that rule).
    const string FrRules = "(?<sp> )(?:" + Units
        + @"|(?<=\b(?:p|pp|vol|chap|fig|art)\. )(?=\d)"
        + @"|(?<=\bn[°o] )(?=\d)"
        + @"|(?<=\b\d{1,2}(?:er)?(?:[–-]\d{1,2})? )(?=(?:" + Fr + ")" + NotLetter + ")"
        + @"|(?<thin>)(?<=\S )(?=[;:!?]))";

    const string TrRules = "(?<sp> )(?:" + Units
        + @"|(?<=\b(?:s|No|sy|bkz)\. )(?=\d)"
        + "|" + Day + "(?=(?:" + Tr + ")" + NotLetter + "))";

    const string AzRules = "(?<sp> )(?:" + Units
        + @"|(?<=\b(?:s|səh|No)\. )(?=\d)"
        + @"|(?<=№ )(?=\d)"
        + "|" + Day + "(?=(?:" + Az + ")" + NotLetter + "))";

    const string CommonRules = "(?<sp> )(?:" + Units + ")";

    [GeneratedRegex(EnRules, RegexOptions.CultureInvariant)] private static partial Regex EnRegex();
    [GeneratedRegex(RuRules, RegexOptions.CultureInvariant)] private static partial Regex RuRegex();
    [GeneratedRegex(DeRules, RegexOptions.CultureInvariant)] private static partial Regex DeRegex();
    [GeneratedRegex(FrRules, RegexOptions.CultureInvariant)] private static partial Regex FrRegex();
    [GeneratedRegex(TrRules, RegexOptions.CultureInvariant)] private static partial Regex TrRegex();
    [GeneratedRegex(AzRules, RegexOptions.CultureInvariant)] private static partial Regex AzRegex();
    [GeneratedRegex(CommonRules, RegexOptions.CultureInvariant)] private static partial Regex CommonRegex();

    // In display lines (titles) a month keeps its year too: "October / 1991" reads badly in a title of two lines.
    const string YearAfter = @")\b )(?=\d{4}\b)";
    [GeneratedRegex(@"(?<sp> )(?<=\b(?:" + En + YearAfter, RegexOptions.CultureInvariant)] private static partial Regex EnYear();
    [GeneratedRegex(@"(?<sp> )(?<=\b(?:" + De + YearAfter, RegexOptions.CultureInvariant)] private static partial Regex DeYear();
    [GeneratedRegex(@"(?<sp> )(?<=\b(?:" + Fr + YearAfter, RegexOptions.CultureInvariant)] private static partial Regex FrYear();
    [GeneratedRegex(@"(?<sp> )(?<=\b(?:" + Tr + YearAfter, RegexOptions.CultureInvariant)] private static partial Regex TrYear();
    [GeneratedRegex(@"(?<sp> )(?<=\b(?:" + Az + YearAfter, RegexOptions.CultureInvariant)] private static partial Regex AzYear();

    static Regex For(string? language) => Primary(language) switch
    {
        "en" => EnRegex(),
        "ru" => RuRegex(),
        "de" => DeRegex(),
        "fr" => FrRegex(),
        "tr" => TrRegex(),
        "az" => AzRegex(),
        _ => CommonRegex(),
    };

    static Regex? MonthYear(string? language) => Primary(language) switch
    {
        "en" => EnYear(),
        "de" => DeYear(),
        "fr" => FrYear(),
        "tr" => TrYear(),
        "az" => AzYear(),
        _ => null,
    };

    /// <summary>The language's primary subtag; a book without a language is English.</summary>
    static string Primary(string? language) => string.IsNullOrEmpty(language) ? "en" : LanguageTag.Primary(language);

    /// <summary>
    /// True when the run has a space some rule could tie. Every rule's space has a figure before it
    /// ("10 km", "25 February", and "25. Februar", "1er mars"), or a figure, a roman numeral, a dash or
    /// French ; : ! ? after it ("p. 4", "Chapter IV", "word – word"): prose without them (most of a
    /// book) skips the regular expressions.
    /// </summary>
    public static bool Wanted(ReadOnlySpan<char> s)
    {
        for (int i = s.IndexOf(' '); i >= 0 && i < s.Length; i++)
        {
            if (s[i] != ' ') continue;
            if (i + 1 < s.Length && (char.IsDigit(s[i + 1]) || s[i + 1] is '–' or '—' or 'I' or 'V' or 'X' or ';' or ':' or '!' or '?')) return true;
            if (i >= 1 && char.IsDigit(s[i - 1])) return true;
            if (i >= 2 && s[i - 1] == '.' && char.IsDigit(s[i - 2])) return true;
            if (i >= 3 && s[i - 1] == 'r' && s[i - 2] == 'e' && char.IsDigit(s[i - 3])) return true;
        }
        return false;
    }

    /// <summary>Marks in <paramref name="replace"/> the spaces of <paramref name="s"/> to tie, each by the rules of the language it stands in.</summary>
    public static void Apply(string s, Func<int, string?> language, string?[] replace, bool display = false)
    {
        foreach (var lang in Languages(s, language))
        {
            Mark(For(lang), s, lang, language, replace);
            if (display && MonthYear(lang) is { } year) Mark(year, s, lang, language, replace);
        }
    }

    static void Mark(Regex rules, string s, string? lang, Func<int, string?> language, string?[] replace)
    {
        for (var m = rules.Match(s); m.Success; m = m.NextMatch())
        {
            int at = m.Index;
            if (replace[at] is not null || !SameRules(language(at), lang)) continue;
            replace[at] = m.Groups["thin"].Success ? "\u202F" : "\u00A0";
        }
    }

    static bool SameRules(string? a, string? b) => ReferenceEquals(For(a), For(b));

    static IEnumerable<string?> Languages(string s, Func<int, string?> language)
    {
        var seen = new List<Regex>(2);
        for (int i = s.IndexOf(' '); i >= 0 && i < s.Length; i++)
        {
            if (s[i] != ' ') continue;
            var lang = language(i);
            var r = For(lang);
            if (seen.Contains(r)) continue;
            seen.Add(r);
            yield return lang;
        }
    }
}
