using System.Globalization;
using System.Text;

namespace Book.Layout.Text;

/// <summary>
/// Finds where a word may take a hyphen at a line end. English, Turkish and Russian use Liang's
/// algorithm with the hyph-utf8 TeX patterns (embedded from Hyphenation/hyph-{en-us,tr,ru}.tex);
/// Azerbaijani, which has no published patterns, uses its syllable rule; other languages only
/// break at hyphens that are already in the word.
/// </summary>
/// <remarks>
/// Shared policy, whatever the language: leading and trailing punctuation (quotes,
/// brackets, commas, full stops) is ignored and positions still index the word as given;
/// a word that has digits or other non-letters inside it gets no pattern breaks, only
/// breaks just after an explicit hyphen (U+002D or U+2010), where the caller adds no extra
/// hyphen; capitalised words are left whole unless <see cref="HyphenationOptions.HyphenateCapitalized"/>.
/// Instances are immutable and safe to share between threads.
/// </remarks>
public sealed class Hyphenator
{
    private static readonly Lazy<Hyphenator> English = new(() => Load("en", "hyph-en-us"), LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lazy<Hyphenator> Turkish = new(() => Load("tr", "hyph-tr"), LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lazy<Hyphenator> Russian = new(() => Load("ru", "hyph-ru"), LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Hyphenator Syllabic = new("az", SyllableHyphenation.Instance);

    private readonly HyphenationEngine? _engine;

    private Hyphenator(string language, HyphenationEngine? engine)
    {
        Language = language;
        _engine = engine;
    }

    /// <summary>A hyphenator with no knowledge of any language: it breaks only after explicit hyphens.</summary>
    public static Hyphenator None { get; } = new("", null);

    /// <summary>The language tag this hyphenator was made for ("en", "az"; "" for <see cref="None"/>).</summary>
    public string Language { get; }

    /// <summary>True when the hyphenator can break inside plain words (patterns or rules), not only at explicit hyphens.</summary>
    public bool HasRules => _engine is not null;

    /// <summary>
    /// The hyphenator for a BCP 47 tag, by its primary language subtag: "en", "en-US", "en-GB"
    /// → TeX US-English patterns; "tr" and "ru" → their TeX patterns; "az", "az-Latn-AZ" → the
    /// syllable rule; anything else (or null/empty) → <see cref="None"/>.
    /// </summary>
    public static Hyphenator ForLanguage(string? bcp47)
    {
        if (string.IsNullOrWhiteSpace(bcp47)) return None;
        var tag = bcp47.AsSpan().Trim();
        int dash = tag.IndexOfAny('-', '_');
        var primary = dash >= 0 ? tag[..dash] : tag;
        if (primary.Equals("en", StringComparison.OrdinalIgnoreCase)) return English.Value;
        if (primary.Equals("tr", StringComparison.OrdinalIgnoreCase)) return Turkish.Value;
        if (primary.Equals("ru", StringComparison.OrdinalIgnoreCase)) return Russian.Value;
        if (primary.Equals("az", StringComparison.OrdinalIgnoreCase)) return Syllabic;
        return None;
    }

    /// <inheritdoc cref="GetBreaks(ReadOnlySpan{char}, Span{int}, in HyphenationOptions)"/>
    public int GetBreaks(ReadOnlySpan<char> word, Span<int> positions) => GetBreaks(word, positions, HyphenationOptions.Default);

    /// <summary>
    /// Writes into <paramref name="positions"/> each index <c>p</c> such that the word may be
    /// broken between <c>word[p - 1]</c> and <c>word[p]</c>, ascending, and returns how many
    /// were written. A span of <c>word.Length</c> ints is always large enough; a shorter one
    /// gets the first breaks that fit. Allocates nothing for words of ordinary length.
    /// </summary>
    public int GetBreaks(ReadOnlySpan<char> word, Span<int> positions, in HyphenationOptions options)
    {
        int start = 0, end = word.Length;
        while (start < end && !IsWordChar(word[start])) start++;
        while (end > start && !IsWordChar(word[end - 1])) end--;
        var core = word[start..end];
        if (core.Length < 2 || positions.IsEmpty) return 0;

        bool lettersOnly = true;
        foreach (char c in core)
        {
            if (!IsLetterOrMark(c)) { lettersOnly = false; break; }
        }
        if (!lettersOnly) return ExplicitHyphenBreaks(core, start, positions, options);

        if (_engine is null) return 0;
        if (!options.HyphenateCapitalized && IsCapital(core[0])) return 0;

        int count = _engine.FindBreaks(core, positions, options.LeftMin, options.RightMin);
        int kept = 0;
        for (int i = 0; i < count; i++)
        {
            int p = positions[i];
            // Never separate a combining mark from its base letter.
            if (CharUnicodeInfo.GetUnicodeCategory(core[p]) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark)
                continue;
            positions[kept++] = p + start;
        }
        return kept;
    }

    /// <summary>The word with <paramref name="separator"/> at every break, for tests, logs and tools ("hy-phen-ation").</summary>
    public string Hyphenate(string word, string separator = "-", HyphenationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(word);
        var positions = new int[word.Length];
        int count = GetBreaks(word, positions, options ?? HyphenationOptions.Default);
        var sb = new StringBuilder(word.Length + count * separator.Length);
        int last = 0;
        for (int i = 0; i < count; i++)
        {
            sb.Append(word, last, positions[i] - last).Append(separator);
            last = positions[i];
        }
        return sb.Append(word, last, word.Length - last).ToString();
    }

    private static int ExplicitHyphenBreaks(ReadOnlySpan<char> core, int offset, Span<int> positions, in HyphenationOptions options)
    {
        // Minimums count the characters beside the hyphen, not the hyphen: "e-mail" and "X-ray" stay whole.
        int count = 0;
        // The core starts with a letter or digit, so a hyphen is never at index 0.
        for (int i = 1; i < core.Length - 1 && count < positions.Length; i++)
        {
            if (core[i] != '-' && core[i] != '\u2010') continue;
            int p = i + 1;
            if (i >= options.LeftMin && core.Length - p >= options.RightMin && IsWordChar(core[i - 1]) && char.IsLetterOrDigit(core[p]))
                positions[count++] = p + offset;
        }
        return count;
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || IsMark(c);

    private static bool IsLetterOrMark(char c) => char.IsLetter(c) || IsMark(c);

    private static bool IsMark(char c) =>
        CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    private static bool IsCapital(char c) =>
        CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.UppercaseLetter or UnicodeCategory.TitlecaseLetter;

    private static Hyphenator Load(string language, string file)
    {
        string resource = "Book.Layout.Hyphenation." + file + ".tex";
        using var stream = typeof(Hyphenator).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Embedded resource '{resource}' is missing from Book.Layout.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var patterns = TexPatternFile.Parse(reader);
        return new Hyphenator(language, new LiangHyphenation(patterns.Patterns, patterns.Exceptions));
    }
}
