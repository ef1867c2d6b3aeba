namespace Book.Layout.Text;

/// <summary>
/// Rule-based hyphenation for Azerbaijani and Turkish, whose spelling is close to phonetic:
/// every syllable has one vowel, and a consonant standing before a vowel opens a new
/// syllable. So a break falls before each consonant that is followed by a vowel
/// (Xo-ca-lı, Ba-ğı-rov, Azər-bay-can). There are no TeX patterns we could ship for
/// Azerbaijani; this rule is what Azerbaijani orthography teaches.
/// </summary>
internal sealed class SyllableHyphenation : HyphenationEngine
{
    public static readonly SyllableHyphenation Instance = new();

    // Azerbaijani vowels, both cases spelled out: no case mapping is involved, so the dotted
    // and dotless i (İ i / I ı) can never be confused by a culture's casing rules.
    // Turkish uses the same set without ə/Ə.
    private const string Vowels = "aıoueəiöüAIOUEƏİÖÜ";

    public static bool IsVowel(char c) => Vowels.Contains(c);

    public override int FindBreaks(ReadOnlySpan<char> letters, Span<int> positions, int leftMin, int rightMin)
    {
        int count = 0;
        int first = Math.Max(leftMin, 1);
        int last = letters.Length - Math.Max(rightMin, 1);
        for (int p = first; p <= last && count < positions.Length; p++)
        {
            if (p + 1 < letters.Length && !IsVowel(letters[p]) && char.IsLetter(letters[p]) && IsVowel(letters[p + 1]))
                positions[count++] = p;
        }
        return count;
    }
}
