namespace Book.Layout.Text;

/// <summary>
/// Rule-based hyphenation for Azerbaijani, whose spelling is close to phonetic: every syllable
/// has one vowel; a consonant between vowels opens the next syllable, and of two or more
/// consonants between vowels the last one does. So a break falls before each consonant that is
/// followed by a vowel (Xo-ca-lı, Ba-ğı-rov, Azər-bay-can), and between two vowels that meet
/// (mü-əl-lim, şe-ir). There are no TeX patterns for Azerbaijani; this rule is what its
/// orthography teaches. (Turkish has hyph-utf8 patterns made from the same rule.)
/// </summary>
internal sealed class SyllableHyphenation : HyphenationEngine
{
    public static readonly SyllableHyphenation Instance = new();

    // Azerbaijani vowels, both cases spelled out: no case mapping is involved, so the dotted
    // and dotless i (İ i / I ı) can never be confused by a culture's casing rules.
    private const string Vowels = "aıoueəiöüAIOUEƏİÖÜ";

    public static bool IsVowel(char c) => Vowels.Contains(c);

    public override int FindBreaks(ReadOnlySpan<char> letters, Span<int> positions, int leftMin, int rightMin)
    {
        int count = 0;
        int first = Math.Max(leftMin, 1);
        int last = letters.Length - Math.Max(rightMin, 1);
        for (int p = first; p <= last && count < positions.Length; p++)
        {
            bool consonantOpens = p + 1 < letters.Length && !IsVowel(letters[p]) && char.IsLetter(letters[p]) && IsVowel(letters[p + 1]);
            bool hiatus = IsVowel(letters[p - 1]) && IsVowel(letters[p]);
            if (consonantOpens || hiatus) positions[count++] = p;
        }
        return count;
    }
}
