namespace Book.Core.Citations.Bibliographies.BibTex;

/// <summary>
/// BibLaTeX's localisation keys that databases use as values (<c>type = {phdthesis}</c>,
/// <c>pubstate = {forthcoming}</c>), in English, and the language names of <c>langid</c> as IETF tags.
/// </summary>
public static class BibStrings
{
    static readonly Dictionary<string, string> English = new(StringComparer.OrdinalIgnoreCase)
    {
        ["mathesis"] = "Master’s thesis", ["phdthesis"] = "PhD thesis", ["candthesis"] = "Candidate thesis",
        ["techreport"] = "technical report", ["resreport"] = "research report", ["software"] = "computer software",
        ["datacd"] = "CD-ROM", ["audiocd"] = "audio CD", ["jourser"] = "series", ["newseries"] = "new series",
        ["oldseries"] = "old series", ["inpreparation"] = "in preparation", ["submitted"] = "submitted to",
        ["forthcoming"] = "forthcoming", ["inpress"] = "in press", ["prepublished"] = "pre-published",
        ["patent"] = "patent", ["patentus"] = "U.S. patent", ["patentde"] = "German patent", ["patentuk"] = "British patent",
    };

    /// <summary>The English text of a key, or the key itself.</summary>
    public static string Resolve(string key) => English.TryGetValue(key.Trim(), out var v) ? v : key;

    static readonly Dictionary<string, string> Languages = new(StringComparer.OrdinalIgnoreCase)
    {
        ["american"] = "en-US", ["english"] = "en-US", ["british"] = "en-GB", ["australian"] = "en-AU",
        ["newzealand"] = "en-NZ", ["canadian"] = "en-CA", ["german"] = "de-DE", ["ngerman"] = "de-DE",
        ["austrian"] = "de-AT", ["naustrian"] = "de-AT", ["swissgerman"] = "de-CH", ["nswissgerman"] = "de-CH",
        ["french"] = "fr-FR", ["spanish"] = "es-ES", ["italian"] = "it-IT", ["portuguese"] = "pt-PT",
        ["brazilian"] = "pt-BR", ["dutch"] = "nl-NL", ["russian"] = "ru-RU", ["turkish"] = "tr-TR",
        ["polish"] = "pl-PL", ["czech"] = "cs-CZ", ["swedish"] = "sv-SE", ["danish"] = "da-DK",
        ["norwegian"] = "nb-NO", ["finnish"] = "fi-FI", ["greek"] = "el-GR", ["hungarian"] = "hu-HU",
        ["ukrainian"] = "uk-UA", ["azerbaijani"] = "az", ["armenian"] = "hy-AM", ["georgian"] = "ka-GE",
        ["arabic"] = "ar", ["hebrew"] = "he-IL", ["japanese"] = "ja-JP", ["chinese"] = "zh-CN", ["latin"] = "la",
    };

    /// <summary>A babel/polyglossia language name as an IETF tag; a tag or unknown name is kept.</summary>
    public static string LanguageTag(string name) => Languages.TryGetValue(name.Trim(), out var t) ? t : name.Trim();

    /// <summary>The CSL type of a BibLaTeX entry type (Pandoc's table); "" when CSL has none.</summary>
    public static string CslType(string entryType, string subtype, bool isEvent) => entryType switch
    {
        "article" or "periodical" or "suppperiodical" => subtype switch
        {
            "magazine" => "article-magazine", "newspaper" => "article-newspaper", _ => "article-journal",
        },
        "book" or "collection" or "manual" or "mvbook" or "mvcollection" or "mvproceedings" or "mvreference"
            or "proceedings" or "reference" or "software" or "commentary" => "book",
        "booklet" => "pamphlet",
        "bookinbook" or "inbook" or "incollection" or "suppbook" or "suppcollection" => "chapter",
        "dataset" or "data" => "dataset",
        "electronic" or "online" or "www" => "webpage",
        "inreference" => "entry-encyclopedia",
        "inproceedings" or "conference" => "paper-conference",
        "mastersthesis" or "phdthesis" or "thesis" => "thesis",
        "patent" => "patent",
        "report" or "techreport" => "report",
        "unpublished" => isEvent ? "speech" : "manuscript",
        "artwork" or "image" => "graphic",
        "audio" or "music" => "song",
        "jurisdiction" => "legal_case",
        "legislation" or "standard" => "legislation",
        "legal" => "treaty",
        "letter" or "letters" => "personal_communication",
        "movie" or "video" => "motion_picture",
        "performance" => "speech",
        "review" => "review",
        "newsarticle" => "article-newspaper",
        _ => "",
    };
}
