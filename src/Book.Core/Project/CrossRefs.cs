using Book.Model;

namespace Book.Core.Project;

/// <summary>Replaces @tbl:/@fig:/@sec: references with their label, linked; an unknown id is an error at its place.</summary>
public static class CrossRefs
{
    public static BookDocument Resolve(BookDocument book, Dictionary<string, Target> targets, DiagnosticBag diags)
    {
        var known = targets.Keys.OrderBy(k => k, StringComparer.Ordinal).ToList();
        Inline Map(Inline i)
        {
            if (i is not CrossRef r) return i;
            if (targets.TryGetValue(r.TargetId, out var t)) return new Link([new Text(t.Label)], "#" + t.Id);
            var hint = Suggest.Closest(r.TargetId, known);
            diags.Error(r.Span, $"unknown cross-reference '@{r.TargetId}'" + (hint is null ? "" : $" (did you mean '@{hint}'?)"));
            return new Text("@" + r.TargetId);
        }
        return InlineRewriter.Rewrite(book, Map);
    }
}

/// <summary>Did-you-mean suggestions by edit distance.</summary>
public static class Suggest
{
    public static string? Closest(string word, IEnumerable<string> candidates)
    {
        string? best = null; int bestD = int.MaxValue;
        foreach (var c in candidates)
        {
            int d = Distance(word, c);
            if (d < bestD) { bestD = d; best = c; }
        }
        return best is not null && bestD <= Math.Max(2, word.Length / 3) ? best : null;
    }

    public static int Distance(string a, string b)
    {
        var prev = new int[b.Length + 1]; var cur = new int[b.Length + 1];
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
