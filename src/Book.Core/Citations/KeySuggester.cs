namespace Book.Core.Citations;

/// <summary>"Did you mean" for citation keys: the closest known key by edit distance, if close enough.</summary>
public static class KeySuggester
{
    public static string? Suggest(string key, IEnumerable<string> known)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var k in known.Order(StringComparer.Ordinal))
        {
            var d = Distance(key, k);
            if (d < bestDistance) { best = k; bestDistance = d; }
        }
        // Allow a slip or two in short keys, about a third of the letters in long ones.
        var allowed = Math.Max(2, key.Length / 3);
        return bestDistance <= allowed ? best : null;
    }

    /// <summary>Optimal-string-alignment distance: Levenshtein plus adjacent transpositions ("alpah" → "alpha" is 1).</summary>
    public static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        for (var j = 1; j <= b.Length; j++)
        {
            var cost = char.ToLowerInvariant(a[i - 1]) == char.ToLowerInvariant(b[j - 1]) ? 0 : 1;
            d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
        }
        return d[a.Length, b.Length];
    }
}
