namespace Book.Layout.Text;

/// <summary>
/// Where a name written in Latin letters may break when the language's patterns do not know it:
/// transliterated names (Khachaturyan, Tchitchakian, Balasanyan) get no or one break from English
/// patterns, which leaves the line before them nowhere to put its slack. A syllable opens at the
/// last consonant before a vowel (Ba-la-san-yan), and the digraphs of transliteration (kh, ch, sh,
/// zh, th, gh, ph, ts) are never split (Kha-cha-tur-yan, Tchit-cha-kian). Only the word's first run
/// of letters is broken, so a domain (Qalampir.uz) or a name with digits is left to the usual rules.
/// </summary>
internal static class NameSyllables
{
    const string Vowels = "aeiouáéíóúàèìòùäëïöüâêîôûəıAEIOUÁÉÍÓÚÀÈÌÒÙÄËÏÖÜÂÊÎÔÛƏİ";

    /// <summary>A vowel; y counts as one unless a vowel follows it (Ayaz, Lyudmila: a consonant there).</summary>
    static bool IsVowel(ReadOnlySpan<char> w, int i) =>
        Vowels.Contains(w[i]) || (w[i] is 'y' or 'Y' && !(i + 1 < w.Length && Vowels.Contains(w[i + 1])));

    static bool IsDigraph(char a, char b) =>
        char.ToLowerInvariant(b) == 'h' && "kcszgtp".Contains(char.ToLowerInvariant(a))
        || char.ToLowerInvariant(a) == 't' && char.ToLowerInvariant(b) == 's';

    /// <summary>Writes the break positions of <paramref name="word"/>'s leading letters into <paramref name="positions"/>; returns how many.</summary>
    public static int FindBreaks(ReadOnlySpan<char> word, Span<int> positions, int leftMin = 2, int rightMin = 3)
    {
        int start = 0;
        while (start < word.Length && !char.IsLetter(word[start])) start++;
        int end = start;
        while (end < word.Length && char.IsLetter(word[end])) end++;
        // Letters then anything but closing punctuation (a dot inside, a digit): not a plain name.
        for (int k = end; k < word.Length; k++)
            if (char.IsLetterOrDigit(word[k])) return 0;
        var w = word[start..end];
        int count = 0;
        bool vowelBefore = false;
        for (int p = 1; p < w.Length && count < positions.Length; p++)
        {
            vowelBefore |= IsVowel(w, p - 1);
            if (p < leftMin || p > w.Length - rightMin || !vowelBefore || IsVowel(w, p)) continue;
            // The consonant (or digraph) at p opens a syllable when a vowel follows it, and it is not the tail of a digraph.
            int unit = p + 1 < w.Length && IsDigraph(w[p], w[p + 1]) ? 2 : 1;
            bool opens = p + unit < w.Length && IsVowel(w, p + unit);
            bool tail = IsDigraph(w[p - 1], w[p]) && !IsVowel(w, p - 1);
            if (opens && !tail) positions[count++] = start + p;
        }
        return count;
    }
}
