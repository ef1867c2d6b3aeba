namespace Book.Csl;

/// <summary>The CSL 1.0.2 variable and type names: which variables hold names or dates, and the
/// valid item types (for "did you mean" on a typo).</summary>
static class CslVocabulary
{
    public static readonly HashSet<string> NameVariables =
    [
        "author", "chair", "collection-editor", "compiler", "composer", "container-author", "contributor", "curator",
        "director", "editor", "editorial-director", "editor-translator", "executive-producer", "guest", "host",
        "illustrator", "interviewer", "narrator", "organizer", "original-author", "performer", "producer", "recipient",
        "reviewed-author", "script-writer", "series-creator", "translator",
    ];

    public static readonly HashSet<string> DateVariables =
    [
        "accessed", "available-date", "event-date", "issued", "original-date", "submitted",
    ];

    public static readonly HashSet<string> NumberVariables =
    [
        "chapter-number", "citation-number", "collection-number", "edition", "first-reference-note-number", "issue",
        "locator", "number", "number-of-pages", "number-of-volumes", "page", "page-first", "part-number",
        "printing-number", "section", "supplement-number", "version", "volume",
    ];

    /// <summary>The standard variables that hold text (CSL 1.0.2, appendix IV).</summary>
    public static readonly HashSet<string> TextVariables =
    [
        "abstract", "annote", "archive", "archive_collection", "archive_location", "archive-place", "authority",
        "call-number", "citation-key", "citation-label", "collection-title", "container-title", "container-title-short",
        "dimensions", "division", "DOI", "event", "event-title", "event-place", "genre", "ISBN", "ISSN", "jurisdiction",
        "keyword", "language", "license", "medium", "original-publisher", "original-publisher-place", "original-title",
        "part-title", "PMCID", "PMID", "publisher", "publisher-place", "references", "reviewed-genre", "reviewed-title",
        "scale", "source", "status", "title", "title-short", "URL", "volume-title",
    ];

    public static readonly HashSet<string> Types =
    [
        "article", "article-journal", "article-magazine", "article-newspaper", "bill", "book", "broadcast", "chapter",
        "classic", "collection", "dataset", "document", "entry", "entry-dictionary", "entry-encyclopedia", "event",
        "figure", "graphic", "hearing", "interview", "legal_case", "legislation", "manuscript", "map",
        "motion_picture", "musical_score", "pamphlet", "paper-conference", "patent", "performance", "periodical",
        "personal_communication", "post", "post-weblog", "regulation", "report", "review", "review-book", "software",
        "song", "speech", "standard", "thesis", "treaty", "webpage",
    ];

    public static bool IsNameVariable(string v) => NameVariables.Contains(v);
    public static bool IsDateVariable(string v) => DateVariables.Contains(v) || v.EndsWith("-date", StringComparison.Ordinal);

    /// <summary>The closest known word within two edits, for "did you mean".</summary>
    public static string? Nearest(string word, IEnumerable<string> known)
    {
        // "newspaper" means "article-newspaper": a known name that ends with the word is the best guess.
        var lower = word.ToLowerInvariant();
        if (lower.Length >= 3 && known.FirstOrDefault(k => k.EndsWith("-" + lower, StringComparison.Ordinal) || k.EndsWith("_" + lower, StringComparison.Ordinal)) is { } suffixed)
            return suffixed;
        string? best = null;
        int bestD = 3;
        foreach (var k in known)
        {
            int d = Distance(word.ToLowerInvariant(), k);
            if (d < bestD) { bestD = d; best = k; }
        }
        return best;
    }

    static int Distance(string a, string b)
    {
        var prev = new int[b.Length + 1];
        var cur = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++) prev[j] = j;
        for (int i = 1; i <= a.Length; i++)
        {
            cur[0] = i;
            for (int j = 1; j <= b.Length; j++)
                cur[j] = Math.Min(Math.Min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            (prev, cur) = (cur, prev);
        }
        return prev[b.Length];
    }
}
