namespace Book.Core.Citations;

/// <summary>
/// A written locator ("p. 4", "chap. 3", "§ 12") as CSL wants it: a locator term and a value.
/// The labels are Pandoc's English ones; a bare value is a page.
/// </summary>
public static class Locators
{
    static readonly (string[] Labels, string Term)[] Terms =
    [
        (["p.", "pp.", "page", "pages"], "page"),
        (["chap.", "chaps.", "chapter", "chapters"], "chapter"),
        (["col.", "cols.", "column", "columns"], "column"),
        (["fig.", "figs.", "figure", "figures"], "figure"),
        (["n.", "nn.", "note", "notes"], "note"),
        (["no.", "nos.", "number", "numbers"], "number"),
        (["para.", "paras.", "paragraph", "paragraphs"], "paragraph"),
        (["pt.", "pts.", "part", "parts"], "part"),
        (["sec.", "secs.", "section", "sections", "§", "§§"], "section"),
        (["vol.", "vols.", "volume", "volumes"], "volume"),
        (["l.", "ll.", "line", "lines"], "line"),
        (["art.", "arts.", "article", "articles"], "article-locator"),
        (["bk.", "bks.", "book", "books"], "book"),
        (["fol.", "fols.", "folio", "folios"], "folio"),
        (["v.", "vv.", "verse", "verses"], "verse"),
        (["s.v.", "s.vv."], "sub-verbo"),
    ];

    /// <summary>Every label the citation syntax reads, longest first (so "§§" is tried before "§").</summary>
    public static IReadOnlyList<string> Labels { get; } =
        [.. Terms.SelectMany(t => t.Labels).OrderByDescending(l => l.Length).ThenBy(l => l, StringComparer.Ordinal)];

    static readonly Dictionary<string, string> TermOf = Terms.SelectMany(t => t.Labels.Select(l => (l, t.Term))).ToDictionary(x => x.l, x => x.Term, StringComparer.Ordinal);

    /// <summary>"pp. 33–35" gives ("page", "33–35"); "§§ 4–5" ("section", "4–5"); "iv" gives ("page", "iv").</summary>
    public static (string Term, string Value) Split(string locator)
    {
        var s = locator.Trim();
        foreach (var label in Labels)
            if (s.StartsWith(label, StringComparison.Ordinal) && (s.Length == label.Length || char.IsWhiteSpace(s[label.Length]) || label.StartsWith('§')))
                return (TermOf[label], s[label.Length..].Trim());
        return ("page", s);
    }
}
