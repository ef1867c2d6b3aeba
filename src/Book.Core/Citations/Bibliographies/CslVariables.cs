namespace Book.Core.Citations.Bibliographies;

/// <summary>The CSL 1.0.2 variables by kind: what shape each must have in CSL-YAML and CSL-JSON.</summary>
public static class CslVariables
{
    public static readonly IReadOnlySet<string> Names = new HashSet<string>(StringComparer.Ordinal)
    {
        "author", "chair", "collection-editor", "compiler", "composer", "container-author", "contributor",
        "curator", "director", "editor", "editorial-director", "editor-translator", "executive-producer",
        "guest", "host", "illustrator", "interviewer", "narrator", "organizer", "original-author",
        "performer", "producer", "recipient", "reviewed-author", "script-writer", "series-creator", "translator",
    };

    public static readonly IReadOnlySet<string> Dates = new HashSet<string>(StringComparer.Ordinal)
    {
        "accessed", "available-date", "event-date", "issued", "original-date", "submitted",
    };

    /// <summary>Text and number variables (and the usual spellings Zotero and Pandoc write).</summary>
    public static readonly IReadOnlySet<string> Texts = new HashSet<string>(StringComparer.Ordinal)
    {
        "abstract", "annote", "archive", "archive_collection", "archive_location", "archive-place", "authority",
        "call-number", "citation-key", "citation-label", "collection-title", "container-title",
        "container-title-short", "dimensions", "division", "DOI", "event", "event-title", "event-place",
        "genre", "ISBN", "ISSN", "jurisdiction", "keyword", "language", "license", "medium", "note",
        "original-publisher", "original-publisher-place", "original-title", "part-title", "PMCID", "PMID",
        "publisher", "publisher-place", "references", "reviewed-genre", "reviewed-title", "scale", "section",
        "source", "status", "title", "title-short", "URL", "volume-title", "year-suffix",
        "chapter-number", "citation-number", "collection-number", "edition", "first-reference-note-number",
        "issue", "locator", "number", "number-of-pages", "number-of-volumes", "page", "page-first",
        "part-number", "printing-number", "supplement-number", "version", "volume",
    };
}
