namespace Book.Core.Typography;

/// <summary>
/// Typed punctuation made typographic, in one run of text as the reader reads it (a paragraph, a
/// heading, a cell): quotes (in the marks of the language at each quote), apostrophes, elisions,
/// primes after figures, dashes (<c>--</c>, <c>---</c>) and the ellipsis (<c>...</c>). Each quote is
/// decided by what stands on either side of it and by the quotes still open before it, as Pandoc's
/// <c>+smart</c> does, so a quote may open in one style and close in another (<c>"*a*"</c>).
/// Characters that are not text (code, a note mark, a URL) stand in the run as U+FFFC and are never changed.
/// </summary>
public static class SmartPunctuation
{
    /// <summary>What stands in the run for an inline that is not text: counts as a word, is never changed.</summary>
    public const char Object = '\uFFFC';

    const string Apostrophe = "\u2019"; // CLDR's "apostrophe" delimiter is ’ for every language here
    const string Prime = "\u2032", DoublePrime = "\u2033";

    // English words that drop their first letters: 'tis, 'twas, rock 'n' roll, 'em, 'til ('N' is a quoted letter).
    static readonly HashSet<string> Elisions = new(StringComparer.Ordinal) { "tis", "Tis", "twas", "Twas", "twere", "Twere", "twill", "twould", "em", "n", "til" };

    /// <summary>True when the run holds anything this would change (most runs hold none: they are skipped cheaply).</summary>
    public static bool Wanted(ReadOnlySpan<char> s) => s.IndexOfAny('\'', '"') >= 0 || s.Contains("--", StringComparison.Ordinal) || s.Contains("...", StringComparison.Ordinal);

    /// <summary>Fills <paramref name="replace"/> (null: keep the character, "" drop it) for the run <paramref name="s"/>;
    /// <paramref name="marks"/> gives the quote marks of the language at each character.</summary>
    public static void Apply(string s, Func<int, QuoteMarks> marks, string?[] replace)
    {
        // Quotes open at this point: the typed character, whether set with the inner marks, the marks it opened with.
        var open = new List<(char Typed, bool Inner, QuoteMarks Marks)>();
        // How each quote already decided reads to the one after it: +1 opened, -1 closed or an apostrophe.
        var decided = new sbyte[s.Length];
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (c == '"') replace[i] = Double(s, i, open, decided, marks(i));
            else if (c == '\'') replace[i] = Single(s, i, open, decided, marks(i));
            else if (c == '-' && i + 1 < s.Length && s[i + 1] == '-')
            {
                bool em = i + 2 < s.Length && s[i + 2] == '-';
                replace[i] = em ? "\u2014" : "\u2013";
                replace[i + 1] = "";
                if (em) replace[i + 2] = "";
                i += em ? 2 : 1;
            }
            else if (c == '.' && i + 2 < s.Length && s[i + 1] == '.' && s[i + 2] == '.')
            {
                replace[i] = "\u2026";
                replace[i + 1] = replace[i + 2] = "";
                i += 2;
            }
        }
    }

    static string Double(string s, int i, List<(char Typed, bool Inner, QuoteMarks Marks)> open, sbyte[] decided, QuoteMarks m)
    {
        if (Opens(s, i, decided) && !BlankAfter(s, i))
        {
            // A double quote inside another takes the inner marks (“a ‘b’ c”), as a single one does.
            bool inner = open.Count(q => q.Typed == '"') % 2 == 1;
            open.Add(('"', inner, m));
            decided[i] = 1;
            return (inner ? m.InnerOpen : m.Open) + (m.Inside.Length > 0 && !BlankAfter(s, i) ? m.Inside : "");
        }
        decided[i] = -1;
        int at = open.FindLastIndex(q => q.Typed == '"');
        if (at < 0 && i > 0 && char.IsDigit(s[i - 1])) return DoublePrime; // 5′ 10″
        var (_, isInner, qm) = at < 0 ? ('"', false, m) : open[at];
        if (at >= 0) open.RemoveRange(at, open.Count - at);
        return (qm.Inside.Length > 0 && i > 0 && !char.IsWhiteSpace(s[i - 1]) ? qm.Inside : "") + (isInner ? qm.InnerClose : qm.Close);
    }

    static string Single(string s, int i, List<(char Typed, bool Inner, QuoteMarks Marks)> open, sbyte[] decided, QuoteMarks m)
    {
        decided[i] = -1;
        bool wordBefore = i > 0 && IsWord(s[i - 1]) && decided[i - 1] == 0;
        bool letterAfter = i + 1 < s.Length && char.IsLetter(s[i + 1]);
        if (wordBefore && letterAfter) return Apostrophe; // don't, Karabakh's, l'Humanité
        if (!Opens(s, i, decided))
        {
            int top = open.Count - 1;
            if (top >= 0 && open[top].Typed == '\'')
            {
                var q = open[top];
                open.RemoveAt(top);
                return (q.Marks.Inside.Length > 0 && !char.IsWhiteSpace(s[i - 1]) ? q.Marks.Inside : "") + q.Marks.InnerClose;
            }
            // No single quote is open: a figure's prime (5′), else a possessive or an elision (Mothers’, 1990s’).
            return char.IsDigit(s[i - 1]) ? Prime : Apostrophe;
        }
        if (BlankAfter(s, i) || Elided(s, i)) return Apostrophe;
        open.Add(('\'', true, m));
        decided[i] = 1;
        return m.InnerOpen + (m.Inside.Length > 0 ? m.Inside : "");
    }

    /// <summary>A quote here opens: at the start, after a space, an opening bracket, a dash, a slash or a quote that opened.</summary>
    static bool Opens(string s, int i, sbyte[] decided)
    {
        if (i == 0) return true;
        char p = s[i - 1];
        if (p is '"' or '\'') return decided[i - 1] > 0;
        return char.IsWhiteSpace(p) || p is '(' or '[' or '{' or '\u2013' or '\u2014' or '-' or '/' or '\u00AB' or '\u201C' or '\u2018' or '\u201E' or '\u201A';
    }

    static bool BlankAfter(string s, int i) => i + 1 >= s.Length || char.IsWhiteSpace(s[i + 1]);

    static bool IsWord(char c) => char.IsLetterOrDigit(c) || c == Object;

    /// <summary>'90s, '92 (two figures, then no third), and English's 'tis, 'twas, 'em, 'n', 'til.</summary>
    static bool Elided(string s, int i)
    {
        int j = i + 1;
        if (j + 1 < s.Length && char.IsDigit(s[j]) && char.IsDigit(s[j + 1]) && (j + 2 >= s.Length || !char.IsDigit(s[j + 2]))) return true;
        int end = j;
        while (end < s.Length && char.IsLetter(s[end])) end++;
        return end > j && end - j <= 5 && Elisions.Contains(s[j..end]);
    }
}
