namespace Book.Core.Citations.Bibliographies;

/// <summary>The item types of CSL 1.0.2, and a suggestion for a type that is not one of them.</summary>
public static class CslTypes
{
    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal)
    {
        "article", "article-journal", "article-magazine", "article-newspaper", "bill", "book", "broadcast",
        "chapter", "classic", "collection", "dataset", "document", "entry", "entry-dictionary",
        "entry-encyclopedia", "event", "figure", "graphic", "hearing", "interview", "legal_case",
        "legislation", "manuscript", "map", "motion_picture", "musical_score", "pamphlet",
        "paper-conference", "patent", "performance", "periodical", "personal_communication", "post",
        "post-weblog", "regulation", "report", "review", "review-book", "software", "song", "speech",
        "standard", "thesis", "treaty", "webpage",
    };

    /// <summary>
    /// The type meant by a near miss: a known type that contains the word given (<c>newspaper</c> →
    /// <c>article-newspaper</c>), differs only in separators (<c>legal-case</c>), or is within two edits.
    /// </summary>
    public static string? Suggest(string type)
    {
        var t = type.Trim().ToLowerInvariant();
        if (t.Length == 0) return null;
        var norm = Normal(t);
        if (All.FirstOrDefault(k => Normal(k) == norm) is { } same) return same;
        if (t.Length >= 3 && All.Where(k => k.Split('-', '_').Contains(t)).OrderBy(k => k.Length).FirstOrDefault() is { } part)
            return part;
        var best = All.Select(k => (k, d: Distance(t, k))).OrderBy(x => x.d).ThenBy(x => x.k, StringComparer.Ordinal).First();
        return best.d <= Math.Max(1, Math.Min(2, t.Length / 3)) ? best.k : null;
    }

    static string Normal(string s) => new(s.Where(char.IsLetter).ToArray());

    static int Distance(string a, string b)
    {
        var prev = new int[b.Length + 1];
        var cur = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) prev[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            cur[0] = i;
            for (var j = 1; j <= b.Length; j++)
                cur[j] = Math.Min(Math.Min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            (prev, cur) = (cur, prev);
        }
        return prev[b.Length];
    }
}
