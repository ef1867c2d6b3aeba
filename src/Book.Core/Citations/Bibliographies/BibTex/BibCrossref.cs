namespace Book.Core.Citations.Bibliographies.BibTex;

/// <summary>
/// <c>crossref</c> and <c>xdata</c>: an entry inherits the fields it lacks from the entries it names.
/// BibLaTeX renames some on the way (a book's <c>title</c> is an in-book chapter's <c>booktitle</c>,
/// a multi-volume work's is a volume's <c>maintitle</c>), as its manual's Appendix C says; BibTeX
/// inherits them as they are.
/// </summary>
public static class BibCrossref
{
    public static IReadOnlyList<BibEntry> Resolve(IReadOnlyList<BibEntry> entries, bool bibtex)
    {
        var byKey = new Dictionary<string, BibEntry>(StringComparer.OrdinalIgnoreCase);
        foreach (var e in entries) byKey.TryAdd(e.Key, e);
        return entries.Select(e => Inherit(e, byKey, bibtex, depth: 0)).ToList();
    }

    static BibEntry Inherit(BibEntry entry, Dictionary<string, BibEntry> byKey, bool bibtex, int depth)
    {
        var fields = entry.Fields.ToList();
        foreach (var link in new[] { "crossref", "xdata" })
        {
            if (entry.Field(link) is not { } f || depth > 8) continue;
            foreach (var key in f.Value.Split(' ', ','))
            {
                if (key.Length == 0) continue;
                if (!byKey.TryGetValue(key, out var parent)) continue;
                parent = Inherit(parent, byKey, bibtex, depth + 1);
                foreach (var pf in parent.Fields)
                    foreach (var name in bibtex ? [pf.Name] : Transform(parent.Type, entry.Type, pf.Name))
                        if (fields.All(x => x.Name != name)) fields.Add(pf with { Name = name });
            }
        }
        return entry with { Fields = fields };
    }

    static readonly HashSet<string> Never =
    [
        "ids", "crossref", "xref", "xdata", "entryset", "entrysubtype", "execute", "label", "options", "presort", "related",
        "relatedoptions", "relatedstring", "relatedtype", "shorthand", "shorthandintro", "sortkey",
    ];

    static IEnumerable<string> Transform(string source, string target, string key)
    {
        if (Never.Contains(key)) return [];
        if (key == "author" && ((source is "mvbook" or "book" && target is "inbook" or "bookinbook" or "suppbook") || (source == "mvbook" && target == "book")))
            return ["bookauthor", "author"];
        if (source == "mvbook" && target is "book" or "inbook" or "bookinbook" or "suppbook") return Main(key);
        if (source is "mvcollection" or "mvreference" && target is "collection" or "reference" or "incollection" or "inreference" or "suppcollection") return Main(key);
        if (source == "mvproceedings" && target is "proceedings" or "inproceedings") return Main(key);
        if (source == "book" && target is "inbook" or "bookinbook" or "suppbook") return Book(key);
        if (source is "collection" or "reference" && target is "incollection" or "inreference" or "suppcollection") return Book(key);
        if (source == "proceedings" && target == "inproceedings") return Book(key);
        if (source == "periodical" && target is "article" or "suppperiodical")
            return key switch
            {
                "title" => ["journaltitle"], "subtitle" => ["journalsubtitle"],
                "shorttitle" or "sorttitle" or "indextitle" or "indexsorttitle" => [], _ => [key],
            };
        return [key];
    }

    static IEnumerable<string> Main(string key) => key switch
    {
        "title" => ["maintitle"], "subtitle" => ["mainsubtitle"], "titleaddon" => ["maintitleaddon"],
        "shorttitle" or "sorttitle" or "indextitle" or "indexsorttitle" => [], _ => [key],
    };

    static IEnumerable<string> Book(string key) => key switch
    {
        "title" => ["booktitle"], "subtitle" => ["booksubtitle"], "titleaddon" => ["booktitleaddon"],
        "shorttitle" or "sorttitle" or "indextitle" or "indexsorttitle" => [], _ => [key],
    };
}
