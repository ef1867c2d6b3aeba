namespace Book.Model;

/// <summary>"Did you mean …?" for a name that is not known (cross-reference ids, citation keys, sections).</summary>
public static class DidYouMean
{
    /// <summary>
    /// The closest candidate by edit distance, if close enough: a slip or two in a short name, about a
    /// third of the letters in a long one. Ties go to the first in ordinal order.
    /// </summary>
    public static string? Closest(string word, IEnumerable<string> candidates, bool ignoreCase = false)
    {
        string? best = null;
        int bestDistance = int.MaxValue;
        foreach (var c in candidates.Order(StringComparer.Ordinal))
        {
            int d = Distance(word, c, ignoreCase);
            if (d < bestDistance) { best = c; bestDistance = d; }
        }
        return best is not null && bestDistance <= Math.Max(2, word.Length / 3) ? best : null;
    }

    /// <summary>Optimal-string-alignment distance: Levenshtein plus adjacent transpositions ("alpah" → "alpha" is 1).</summary>
    public static int Distance(string a, string b, bool ignoreCase = false)
    {
        bool Same(char x, char y) => x == y || ignoreCase && char.ToLowerInvariant(x) == char.ToLowerInvariant(y);
        var d = new int[a.Length + 1, b.Length + 1];
        for (int i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (int j = 0; j <= b.Length; j++) d[0, j] = j;
        for (int i = 1; i <= a.Length; i++)
        for (int j = 1; j <= b.Length; j++)
        {
            d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + (Same(a[i - 1], b[j - 1]) ? 0 : 1));
            if (i > 1 && j > 1 && Same(a[i - 1], b[j - 2]) && Same(a[i - 2], b[j - 1]))
                d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
        }
        return d[a.Length, b.Length];
    }
}
