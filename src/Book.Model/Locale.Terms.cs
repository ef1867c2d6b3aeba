namespace Book.Model;

/// <summary>The terms by name, so a misspelt one fails to compile rather than at run time.</summary>
public sealed partial class Locale
{
    public string Contents => this["contents"];
    public string Tables => this["tables"];
    public string Figures => this["figures"];
    public string Chapter => this["chapter"];
    public string Appendix => this["appendix"];
    public string ChapterRef => this["chapter-ref"];
    /// <summary>An appendix named in running text: "see appendix B".</summary>
    public string AppendixRef => this["appendix-ref"];
    public string Table => this["table"];
    public string Figure => this["figure"];
    public string Continued => this["continued"];
    public string And => this["and"];
    public string See => this["see"];
    public string SeeAlso => this["see-also"];
    public string Source => this["source"];
    public string Note => this["note"];
    public string Cover => this["cover"];
    public string FrontCover => this["front-cover"];
    public string BackCover => this["back-cover"];
    public string InsideFrontCover => this["inside-front-cover"];
    public string InsideBackCover => this["inside-back-cover"];
    public string Landmarks => this["landmarks"];
    public string StartOfContent => this["start-of-content"];
    public string Pages => this["pages"];
    public string Circa => this["circa"];
    /// <summary>"p." before a page number ("səh.", "с.").</summary>
    public string PageAbbreviation => this["page-abbr"];

    /// <summary>"Edited by A", "Edited by A and B", "Edited by A, B and C" in the book's language.</summary>
    public string EditedBy(IReadOnlyList<string> names)
    {
        var joined = names.Count == 1 ? names[0] : string.Join(", ", names.Take(names.Count - 1)) + " " + And + " " + names[^1];
        return (names.Count == 1 ? this["edited-by"] : this["edited-by-many"]) + " " + joined;
    }

    /// <summary>The title of a generated appendix.</summary>
    public string TitleOf(GeneratedAppendix kind) => kind switch
    {
        GeneratedAppendix.Chronology => this["chronology"],
        GeneratedAppendix.Bibliography => this["bibliography"],
        _ => this["index"],
    };
}
