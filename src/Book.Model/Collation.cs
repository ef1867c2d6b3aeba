using System.Collections.Concurrent;
using System.Globalization;

namespace Book.Model;

/// <summary>
/// Sorting by a language's alphabet, our own and the same on every machine (no culture data: .NET's
/// invariant-globalization mode has none). It follows CLDR's tailorings of the root collation:
/// Azerbaijani A B C Ç D E Ə F G Ğ H X I İ J K Q L M N O Ö P R S Ş T U Ü V (W) Y Z, with I/ı and İ/i as
/// pairs; Turkish the same letters without Ə, Q, W, X of its own (they keep the root's places, Ə after
/// E); Russian Cyrillic first, Ё with Е (a secondary difference), Й a letter of its own; English,
/// German and French the root's Latin order, where an accent is a secondary difference (Çelebi files
/// under C, after Celebi).
/// Levels, as CLDR compares them: letters (primary), then accents (secondary), then case (lower
/// first, tertiary), then code points, so two different strings never tie. A space or hyphen sorts
/// before any letter ("Gargar river" before "Gargarly"), digits before letters, other punctuation is
/// ignored.
/// </summary>
public sealed class Collation : IComparer<string>
{
    // Letters with one primary weight each, in order; each group lists its lower case then upper case.
    const string Latin = "aA bB cC dD eE əƏ fF gG hH iI ı jJ kK lL mM nN oO pP qQ rR sS tT uU vV wW xX yY zZ";
    const string Azerbaijani = "aA bB cC çÇ dD eE əƏ fF gG ğĞ hH xX ıI iİ jJ kK qQ lL mM nN oO öÖ pP rR sS şŞ tT uU üÜ vV wW yY zZ";
    const string Turkish = "aA bB cC çÇ dD eE əƏ fF gG ğĞ hH ıI iİ jJ kK lL mM nN oO öÖ pP qQ rR sS şŞ tT uU üÜ vV wW xX yY zZ";
    const string Cyrillic = "аА бБ вВ гГ дД еЕ жЖ зЗ иИ йЙ кК лЛ мМ нН оО пП рР сС тТ уУ фФ хХ цЦ чЧ шШ щЩ ъЪ ыЫ ьЬ эЭ юЮ яЯ";

    static readonly ConcurrentDictionary<string, Collation> Cache = new(StringComparer.Ordinal);

    readonly Dictionary<char, (int Primary, int Tertiary)> _letters = [];
    readonly Dictionary<int, string> _display = [];

    Collation(string name, params string[] alphabets)
    {
        Name = name;
        int primary = 1000;
        foreach (var alphabet in alphabets)
            foreach (var group in alphabet.Split(' '))
            {
                primary += 10;
                for (int i = 0; i < group.Length; i++)
                    _letters.TryAdd(group[i], (primary, char.IsUpper(group[i]) ? 1 : 0));
                var upper = group.FirstOrDefault(char.IsUpper);
                _display[primary] = upper == default ? "I" : upper.ToString();   // ı alone in the root: filed under I
            }
    }

    /// <summary>"az", "tr", "ru" or "root".</summary>
    public string Name { get; }

    /// <summary>The collation for a BCP 47 tag, by its primary language subtag; the root's for any other.</summary>
    public static Collation For(string? language)
    {
        var primary = LanguageTag.Primary(language);
        var name = primary is "az" or "tr" or "ru" ? primary : "root";
        return Cache.GetOrAdd(name, n => n switch
        {
            "az" => new Collation(n, Azerbaijani, Cyrillic),
            "tr" => new Collation(n, Turkish, Cyrillic),
            "ru" => new Collation(n, Cyrillic, Latin),
            _ => new Collation(n, Latin, Cyrillic),
        });
    }

    public int Compare(string? x, string? y)
    {
        if (ReferenceEquals(x, y)) return 0;
        var a = Weigh(x ?? "");
        var b = Weigh(y ?? "");
        for (int level = 0; level < 3; level++)
        {
            int c = CompareLevel(a, b, level);
            if (c != 0) return c;
        }
        return string.CompareOrdinal(x, y);
    }

    /// <summary>
    /// A string whose ordinal order is <see cref="Compare"/>'s: the weights once, for sorting many strings
    /// (a bibliography of thousands compares each entry some twenty times). Primary weights two
    /// characters each and never zero, so the level's end (a zero) sorts a shorter sequence first; then
    /// the secondary and tertiary weights (as many as the primaries); then the string itself.
    /// </summary>
    public string SortKey(string s)
    {
        var w = Weigh(s);
        var key = new System.Text.StringBuilder(w.Count * 6 + s.Length + 3);
        foreach (var x in w) key.Append((char)((x.Primary >> 15) + 1)).Append((char)((x.Primary & 0x7FFF) + 1));
        key.Append('\0');
        foreach (var x in w) Signed(key, x.Secondary);
        key.Append('\0');
        foreach (var x in w) Signed(key, x.Tertiary);
        key.Append('\0');
        return key.Append(s).ToString();
    }

    // An int as two characters in the order of its value (sign bit flipped).
    static void Signed(System.Text.StringBuilder key, int v)
    {
        uint u = (uint)v ^ 0x8000_0000;
        key.Append((char)(u >> 16)).Append((char)(u & 0xFFFF));
    }

    /// <summary>The letter a term files under in the index ("Ç" for Çələbi in Azerbaijani, "C" in English); "#" when it starts with no letter.</summary>
    public string Letter(string term)
    {
        foreach (var w in Weigh(term))
            return w.Primary >= 1000 && _display.TryGetValue(w.Primary, out var d) ? d : "#";
        return "#";
    }

    static int CompareLevel(List<Weight> a, List<Weight> b, int level)
    {
        int n = Math.Min(a.Count, b.Count);
        for (int i = 0; i < n; i++)
        {
            int c = level switch
            {
                0 => a[i].Primary.CompareTo(b[i].Primary),
                1 => a[i].Secondary.CompareTo(b[i].Secondary),
                _ => a[i].Tertiary.CompareTo(b[i].Tertiary),
            };
            if (c != 0) return c;
        }
        return a.Count.CompareTo(b.Count);
    }

    readonly record struct Weight(int Primary, int Secondary, int Tertiary);

    List<Weight> Weigh(string s)
    {
        var weights = new List<Weight>(s.Length);
        foreach (char c in s)
        {
            if (_letters.TryGetValue(c, out var letter)) { weights.Add(new(letter.Primary, 0, letter.Tertiary)); continue; }
            switch (c)
            {
                // Letters with no decomposition that the root sorts as others (CLDR root: ß as ss, æ as ae).
                case 'ß': Add(weights, "ss", 0); continue;
                case 'æ' or 'Æ': Add(weights, c == 'æ' ? "ae" : "AE", 0); continue;
                case 'œ' or 'Œ': Add(weights, c == 'œ' ? "oe" : "OE", 0); continue;
                case 'ø' or 'Ø': Add(weights, c == 'ø' ? "o" : "O", 1); continue;
                case 'ł' or 'Ł': Add(weights, c == 'ł' ? "l" : "L", 1); continue;
                case 'đ' or 'Đ': Add(weights, c == 'đ' ? "d" : "D", 1); continue;
            }
            if (char.IsWhiteSpace(c) || c is '-' or '\u2010' or '\u2011' or '\u2013' or '\u2014') { weights.Add(new(1, 0, 0)); continue; }
            if (char.IsAsciiDigit(c)) { weights.Add(new(10 + c - '0', 0, 0)); continue; }
            // A combining mark typed after its letter: an accent on the letter before it.
            if (CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark && weights.Count > 0)
            {
                var last = weights[^1];
                weights[^1] = last with { Secondary = last.Secondary * 31 + (c - 0x2FF) };
                continue;
            }
            if (!char.IsLetter(c)) continue;   // punctuation and symbols are ignorable
            // An accented letter: its base letter's primary, the accents as the secondary.
            if (Decompositions.Of(c) is { } d && _letters.TryGetValue(d[0], out var b))
            {
                int secondary = 0;
                foreach (char m in d.AsSpan(1)) secondary = secondary * 31 + (m - 0x2FF);
                weights.Add(new(b.Primary, secondary, b.Tertiary));
                continue;
            }
            // A letter of another script: after the alphabets, by code point.
            weights.Add(new(100_000 + char.ToLowerInvariant(c), 0, char.IsUpper(c) ? 1 : 0));
        }
        return weights;
    }

    void Add(List<Weight> weights, string letters, int secondary)
    {
        foreach (char l in letters)
        {
            var w = _letters[l];
            weights.Add(new(w.Primary, secondary, w.Tertiary));
        }
    }
}
