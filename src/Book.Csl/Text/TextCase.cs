using System.Text;

namespace Book.Csl;

/// <summary>CSL text-case over output leaves, skipping nocase spans: lowercase, uppercase,
/// capitalize-first, capitalize-all, sentence, and title (English only, with stop words).</summary>
static class TextCase
{
    static readonly HashSet<string> StopWords =
    [
        "a", "an", "and", "as", "at", "but", "by", "down", "for", "from", "in", "into", "nor", "of", "on", "onto", "or",
        "over", "so", "the", "till", "to", "up", "via", "with", "yet", "about", "amid", "around", "between", "upon", "per",
        "vs.", "v.", "versus", "out", "off", "near", "past", "than", "that", "unto", "like", "toward", "towards", "within", "without",
    ];

    public static void Apply(Out o, string mode, LocaleChain loc)
    {
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
            case "capitalize-all": Words(leaves, (w, first, afterColon) => Cap(w)); break;
            case "sentence":
                if (allUpper) Each(leaves, t => t.ToLowerInvariant());
                CapitalizeFirst(leaves);
                break;
            case "title":
                if (!loc.IsEnglish) return;
                if (allUpper) Each(leaves, t => t.ToLowerInvariant());
                Words(leaves, (w, first, afterColon) =>
                {
                    if (w.Skip(1).Any(char.IsUpper)) return w;
                    if (!first && !afterColon && StopWords.Contains(w.ToLowerInvariant())) return w.ToLowerInvariant() == w ? w : w;
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

    static string Cap(string w)
    {
        for (int i = 0; i < w.Length; i++)
            if (char.IsLetter(w[i])) return w[..i] + char.ToUpperInvariant(w[i]) + w[(i + 1)..];
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
    static void Words(List<(Out leaf, bool nocase)> leaves, Func<string, bool, bool, string> f)
    {
        bool first = true, afterColon = false;
        char prev = ' ';
        foreach (var (l, nc) in leaves)
        {
            var t = l.Text!;
            var sb = new StringBuilder();
            int i = 0;
            while (i < t.Length)
            {
                if (char.IsWhiteSpace(t[i]) || (t[i] == '-' && prev != ' ') || t[i] == '/')
                {
                    prev = t[i] == '-' || t[i] == '/' ? '-' : ' ';
                    sb.Append(t[i++]);
                    continue;
                }
                int j = i;
                bool startsWord = prev is ' ' or '-' or '(' or '“' or '"' or '‘';
                while (j < t.Length && !char.IsWhiteSpace(t[j]) && t[j] != '/' && !(t[j] == '-' && j > i)) j++;
                var w = t[i..j];
                if (startsWord && !nc && w.Any(char.IsLetter)) sb.Append(f(w, first, afterColon));
                else sb.Append(w);
                if (w.Any(char.IsLetterOrDigit)) { first = false; afterColon = w[^1] is ':' or '?' or '!' or '.'; }
                prev = w[^1];
                i = j;
            }
            l.Text = sb.ToString();
        }
    }
}
