using System.Text.RegularExpressions;

namespace Book.Core.Typography;

/// <summary>
/// Ties with a no-break space the typed spaces a line must not break at: between a number and its
/// unit or time ("10 km", "5 a.m."), after an abbreviation that points at a number ("p. 4", "No. 3",
/// "version 1.1"), between a day and its month ("25 February", "25–26 February"; "February 23," in
/// US dates). Conservative on purpose: only pairs a reader would stumble over when split, and per
/// language, since each names its months and abbreviations differently. A month and its year may part.
/// </summary>
public static partial class NoBreakSpaces
{
    // Units after a figure, in every language (SI symbols and the like; whole words only: "10 men" stays),
    // and the space before a spaced dash: a line never begins with a dash.
    const string Units = @"(?<=\d)(?<sp> )(?=(?:km|cm|mm|m|kg|g|ha|km²|m²|%|‰|°C|°F|MB|GB|kB|pt|mi|км|кг|см|мм|м|г\.|гг\.)(?![\p{L}\d]))|(?<=\S)(?<sp> )(?=[–—] )";

    // In display lines (titles) a month keeps its year too: "October / 1991" reads badly in a title of two lines.
    static readonly Dictionary<string, Regex> MonthYear = new(StringComparer.OrdinalIgnoreCase)
    {
        ["en"] = Year("January|February|March|April|May|June|July|August|September|October|November|December"),
        ["de"] = Year("Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember"),
        ["fr"] = Year("janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre"),
        ["tr"] = Year("Ocak|Şubat|Mart|Nisan|Mayıs|Haziran|Temmuz|Ağustos|Eylül|Ekim|Kasım|Aralık"),
        ["az"] = Year("yanvar|fevral|mart|aprel|may|iyun|iyul|avqust|sentyabr|oktyabr|noyabr|dekabr"),
    };

    static Regex Year(string months) => new(@"\b(?:" + months + @")(?<sp> )(?=\d{4}\b)", RegexOptions.CultureInvariant | RegexOptions.Compiled);

    static readonly Dictionary<string, Regex> ByLanguage = new(StringComparer.OrdinalIgnoreCase)
    {
        ["en"] = Rules(
            @"(?<=\d)(?<sp> )(?=(?:a\.m\.|p\.m\.|am|pm|AM|PM|BC|AD|BCE|CE)(?![\p{L}\d]))",
            @"\b(?:p|pp|No|no|Nos|vol|Vol|vols|ch|chap|fig|Fig|art|Art|para|c|ca|n|nn|l|ll)\.(?<sp> )(?=\d)",
            @"[§¶](?<sp> )(?=\d)",
            @"\b(?:version|Version|volume|Volume|Chapter|chapter|Table|table|Figure|figure|Appendix|Part|part|note|Note|page|Page|pages|number|Number)(?<sp> )(?=\d|[IVX]+\b)",
            @"\b\d{1,2}(?:[–-]\d{1,2})?(?<sp> )(?=" + Months("January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec") + ")",
            @"\b(?:January|February|March|April|May|June|July|August|September|October|November|December)(?<sp> )(?=\d{1,2}\b(?![.:]\d))"),
        ["ru"] = Rules(
            @"\b(?:с|т|гл|рис|табл|ст|п)\.(?<sp> )(?=\d)",
            @"№(?<sp> )(?=\d)",
            @"\b\d{1,2}(?:[–-]\d{1,2})?(?<sp> )(?=" + Months("января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря") + ")"),
        ["de"] = Rules(
            @"\b(?:S|Nr|Bd|Kap|Abb|Tab|Anm)\.(?<sp> )(?=\d)",
            @"\b\d{1,2}\.(?:[–-]\d{1,2}\.)?(?<sp> )(?=" + Months("Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember") + ")"),
        ["fr"] = Rules(
            @"\b(?:p|pp|vol|chap|fig|art)\.(?<sp> )(?=\d)",
            @"\bn[°o](?<sp> )(?=\d)",
            @"\b\d{1,2}(?:er)?(?:[–-]\d{1,2})?(?<sp> )(?=" + Months("janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre") + ")",
            // French sets ; : ! ? apart from the word with a narrow no-break space (marked by the caller as "sp2").
            @"(?<=\S)(?<thin> )(?=[;:!?])"),
        ["tr"] = Rules(
            @"\b(?:s|No|sy|bkz)\.(?<sp> )(?=\d)",
            @"\b\d{1,2}(?:[–-]\d{1,2})?(?<sp> )(?=" + Months("Ocak|Şubat|Mart|Nisan|Mayıs|Haziran|Temmuz|Ağustos|Eylül|Ekim|Kasım|Aralık") + ")"),
        ["az"] = Rules(
            @"\b(?:s|səh|No)\.(?<sp> )(?=\d)",
            @"№(?<sp> )(?=\d)",
            @"\b\d{1,2}(?:[–-]\d{1,2})?(?<sp> )(?=" + Months("yanvar|fevral|mart|aprel|may|iyun|iyul|avqust|sentyabr|oktyabr|noyabr|dekabr") + ")"),
    };

    static readonly Regex Common = Rules();

    static string Months(string names) => "(?:" + names + @")(?![\p{L}])";

    static Regex Rules(params string[] rules) =>
        new(string.Join("|", rules.Prepend(Units)), RegexOptions.CultureInvariant | RegexOptions.Compiled);

    static Regex For(string? language)
    {
        if (string.IsNullOrEmpty(language)) return ByLanguage["en"];
        int dash = language.IndexOf('-');
        return ByLanguage.TryGetValue(dash < 0 ? language : language[..dash], out var r) ? r : Common;
    }

    /// <summary>
    /// True when the run has a space some rule could tie. Every rule's space has a figure before it
    /// ("10 km", "25 February", and "25. Februar", "1er mars"), or a figure, a roman numeral, a dash or
    /// French ; : ! ? after it ("p. 4", "Chapter IV", "word – word"): prose without them (most of a
    /// book) skips the regular expressions, which would try every position of it.
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
            foreach (Match m in Matches(s, lang, display))
            {
                var g = m.Groups["sp"].Success ? m.Groups["sp"] : m.Groups["thin"];
                if (!g.Success || !SameRules(language(g.Index), lang) || replace[g.Index] is not null) continue;
                replace[g.Index] = g.Name == "thin" ? "\u202F" : "\u00A0";
            }
    }

    static IEnumerable<Match> Matches(string s, string? lang, bool display)
    {
        var all = For(lang).Matches(s).AsEnumerable();
        var primary = string.IsNullOrEmpty(lang) ? "en" : lang.Split('-')[0];
        return display && MonthYear.TryGetValue(primary, out var year) ? all.Concat(year.Matches(s)) : all;
    }

    static bool SameRules(string? a, string? b) => ReferenceEquals(For(a), For(b));

    static IEnumerable<string?> Languages(string s, Func<int, string?> language)
    {
        var seen = new List<Regex>();
        for (int i = 0; i < s.Length; i++)
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
