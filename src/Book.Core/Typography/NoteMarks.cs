using Book.Model;

namespace Book.Core.Typography;

/// <summary>
/// A note's mark follows the punctuation where it stands, closing quotes included ("in 2024.⁶", not
/// "in 2024⁶.", which also reads as a number), as Chicago (14.26) wants and the generated citations'
/// marks already are placed. Dashes and closing parentheses keep the mark before them.
/// </summary>
public static class NoteMarks
{
    static bool Follows(char c) => c is '.' or ',' or ';' or ':' or '!' or '?' or '"' or '\u201D' or '\u2019' or '\u00BB' or '\u201C';

    /// <summary>The run with every mark (or run of marks) that stands before punctuation moved after it; the same list when none does.</summary>
    public static IReadOnlyList<Inline> AfterPunctuation(IReadOnlyList<Inline> inlines)
    {
        List<Inline>? list = null;
        for (int i = 0; i < inlines.Count;)
        {
            int j = i;
            while (j < inlines.Count && inlines[j] is NoteRef) j++;
            int n = 0;
            if (j > i && j < inlines.Count && inlines[j] is Text after)
                while (n < after.Value.Length && Follows(after.Value[n])) n++;
            if (n == 0)
            {
                for (int k = i; k < Math.Max(j, i + 1); k++) list?.Add(inlines[k]);
                i = Math.Max(j, i + 1);
                continue;
            }
            list ??= [.. inlines.Take(i)];
            var text = ((Text)inlines[j]).Value;
            if (list.Count > 0 && list[^1] is Text before) list[^1] = new Text(before.Value + text[..n]);
            else list.Add(new Text(text[..n]));
            for (int k = i; k < j; k++) list.Add(inlines[k]);
            if (n < text.Length) list.Add(new Text(text[n..]));
            i = j + 1;
        }
        return list ?? inlines;
    }
}
