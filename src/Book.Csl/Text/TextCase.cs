using System.Text;

namespace Book.Csl;

/// <summary>CSL text-case over output leaves, skipping nocase spans: lowercase, uppercase,
/// capitalize-first, capitalize-all, sentence, and title (English only, with stop words).</summary>
static class TextCase
{
    // citeproc-js's list: articles, conjunctions, prepositions and name particles stay lowercase.
    static readonly HashSet<string> StopWords =
    [
        "a", "an", "the", "and", "but", "or", "nor", "for", "so", "yet", "as", "at", "by", "down", "from", "in", "into",
        "of", "off", "on", "onto", "out", "over", "per", "till", "to", "up", "upon", "via", "with", "within", "without",
        "about", "above", "across", "after", "against", "along", "amid", "among", "around", "before", "behind", "below",
        "beneath", "beside", "between", "beyond", "despite", "during", "except", "inside", "like", "near", "since",
        "than", "through", "toward", "towards", "under", "underneath", "until", "unto", "versus", "vs.", "v.", "vs", "v",
        "de", "d'", "d’", "von", "van", "der", "la", "le", "et", "ca", "c",
    ];

    public static void Apply(Out o, string mode, LocaleChain loc, string? itemLanguage = null)
    {
        bool english = itemLanguage is { Length: > 0 } lang ? lang.StartsWith("en", StringComparison.OrdinalIgnoreCase) : loc.IsEnglish;
        var leaves = new List<(Out leaf, bool nocase)>();
        Collect(o, false, leaves);
        if (leaves.Count == 0) return;
        var all = string.Concat(leaves.Select(l => l.leaf.Text));
        bool allUpper = all.Any(char.IsLetter) && !all.Any(char.IsLower);
        switch (mode)
        {
            case "lowercase": Each(leaves, t => t.ToLowerInvariant()); break;
            case "uppercase": Each(leaves, t => t.ToUpperInvariant()); break;
            case "capitalize-first": CapitalizeFirst(leaves); break;
            case "capitalize-all": Words(leaves, (w, first, afterColon, last) => Cap(w)); break;
            case "sentence":
                if (allUpper) Each(leaves, t => t.ToLowerInvariant());
                else Words(leaves, (w, first, afterColon, last) => w.Skip(1).Any(char.IsUpper) ? w : w.ToLowerInvariant());
                CapitalizeFirst(leaves);
                break;
            case "title":
                if (!english) return;
                Words(leaves, (w, first, afterColon, last) =>
                {
                    if (w.Skip(1).Any(char.IsUpper)) return w;
                    // A lone Greek letter is a symbol ("β-carotine"), not a word to capitalize.
                    if (w.Length == 1 && w[0] is >= '\u0370' and <= '\u03FF') return w;
                    var bare = w.TrimStart('“', '‘', '"', '(', '[').TrimEnd(',', '.', ':', ';', '?', '!', '”', '’', ')', ']');
                    if (!first && !afterColon && !last && StopWords.Contains(bare)) return w;
                    return Cap(w);
                });
                break;
        }
    }

    static void Collect(Out o, bool nocase, List<(Out, bool)> leaves)
    {
        nocase |= o.NoCase;
        if (o.Text is not null) { leaves.Add((o, nocase)); return; }
        foreach (var k in o.Kids) Collect(k, nocase, leaves);
    }

    static void Each(List<(Out leaf, bool nocase)> leaves, Func<string, string> f)
    {
        foreach (var (l, nc) in leaves) if (!nc) l.Text = f(l.Text!);
    }

    /// <summary>The word's first letter in capital, unless a digit comes first ("07-x" stays).</summary>
    static string Cap(string w)
    {
        for (int i = 0; i < w.Length; i++)
        {
            if (char.IsDigit(w[i])) return w;
            if (char.IsLetter(w[i])) return w[..i] + char.ToUpperInvariant(w[i]) + w[(i + 1)..];
        }
        return w;
    }

    static void CapitalizeFirst(List<(Out leaf, bool nocase)> leaves)
    {
        foreach (var (l, nc) in leaves)
        {
            var t = l.Text!;
            int i = 0;
            while (i < t.Length && !char.IsLetterOrDigit(t[i])) i++;
            if (i == t.Length) continue;
            if (!nc && char.IsLetter(t[i])) l.Text = t[..i] + char.ToUpperInvariant(t[i]) + t[(i + 1)..];
            return;
        }
    }

    /// <summary>Rewrites each word (a run of non-space characters) knowing whether it is the first word
    /// and whether it follows a colon, question or exclamation mark.</summary>
    /// <summary>Rewrites each word knowing whether it is the first or last word and whether it follows
    /// a colon, question or exclamation mark. Hyphens and dashes after a letter start a new word.</summary>
    static void Words(List<(Out leaf, bool nocase)> leaves, Func<string, bool, bool, bool, string> f)
    {
        // Words are found over the whole text (leaves are pieces of it), then rewritten in place.
        var text = new StringBuilder();
        var owner = new List<int>();
        for (int li = 0; li < leaves.Count; li++) { text.Append(leaves[li].leaf.Text); owner.AddRange(Enumerable.Repeat(li, leaves[li].leaf.Text!.Length)); }
        var t = text.ToString();
        var spans = new List<(int start, int end)>();
        int i = 0;
        while (i < t.Length)
        {
            if (IsBreak(t, i)) { i++; continue; }
            int j = i;
            while (j < t.Length && !IsBreak(t, j)) j++;
            spans.Add((i, j));
            i = j;
        }
        var wordSpans = spans.Where(sp => t[sp.start..sp.end].Any(char.IsLetterOrDigit)).ToList();
        var chars = t.ToCharArray();
        bool afterColon = false;
        for (int w = 0; w < wordSpans.Count; w++)
        {
            var (a, b) = wordSpans[w];
            var word = t[a..b];
            // A word may run over several leaves ("friction" in quotes, then ":"); it is rewritten
            // unless part of it is nocase.
            if (Enumerable.Range(owner[a], owner[b - 1] - owner[a] + 1).All(li => !leaves[li].nocase))
            {
                var nw = f(word, w == 0, afterColon, w == wordSpans.Count - 1);
                if (nw.Length == word.Length) for (int k = 0; k < nw.Length; k++) chars[a + k] = nw[k];
            }
            afterColon = word[^1] is ':' or '?' or '!' || (word[^1] == '.' && word.Length > 2 && !word[..^1].Contains('.'));
            if (b < t.Length && t[b] is '—' or '–' ) afterColon = false;
        }
        int pos = 0;
        foreach (var (leaf, _) in leaves)
        {
            int len = leaf.Text!.Length;
            leaf.Text = new string(chars, pos, len);
            pos += len;
        }
    }

    static bool IsBreak(string t, int i)
    {
        var ch = t[i];
        if (char.IsWhiteSpace(ch) || ch == '/' || ch == '—' || ch == '–') return true;
        return ch == '-' && i > 0 && char.IsLetter(t[i - 1]);
    }
}
