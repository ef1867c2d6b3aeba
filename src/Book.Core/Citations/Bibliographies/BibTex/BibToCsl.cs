using System.Text.Json.Nodes;
using Book.Model;

namespace Book.Core.Citations.Bibliographies.BibTex;

/// <summary>
/// Maps .bib entries to CSL-JSON items field by field as Pandoc does (its BibTeX reader is the
/// reference: <c>pandoc -f biblatex -t csljson</c>; the differences we keep are listed in the tests'
/// known-differences file). Titles are turned to sentence case for English, protected words kept.
/// </summary>
public static class BibToCsl
{
    public static IReadOnlyList<BibItem> Read(string text, string file, DiagnosticBag diags, bool bibtex)
    {
        if (BibParser.Parse(text, file, diags) is not { } entries) return [];
        var items = new List<BibItem>();
        foreach (var e in BibCrossref.Resolve(entries, bibtex))
            if (e.Type != "xdata") items.Add(new Mapper(e, bibtex, diags).Map());
        return items;
    }

    static readonly HashSet<string> ChapterLike = ["inbook", "incollection", "inproceedings", "inreference", "bookinbook"];
    static readonly HashSet<string> ArticleLike = ["article", "periodical", "suppperiodical", "review"];
    static readonly HashSet<string> NumberIsCollection =
    [
        "book", "collection", "proceedings", "reference", "mvbook", "mvcollection", "mvproceedings", "mvreference",
        "bookinbook", "inbook", "incollection", "inproceedings", "inreference", "suppbook", "suppcollection",
    ];

    sealed class Mapper(BibEntry e, bool bibtex, DiagnosticBag diags)
    {
        readonly JsonObject _csl = new();
        readonly Dictionary<string, SourceSpan> _spans = new(StringComparer.Ordinal);
        bool _untitlecase = true;
        Dictionary<string, string> _opts = [];

        string? Raw(string f) => e.Get(f);

        readonly Dictionary<string, IReadOnlyList<TexNode>?> _read = new(StringComparer.Ordinal);

        /// <summary>A field's LaTeX, read once (so a warning in it is said once).</summary>
        IReadOnlyList<TexNode>? Field(string f)
        {
            if (!_read.TryGetValue(f, out var nodes))
                _read[f] = nodes = e.Field(f) is { } bf ? TexReader.Read(bf.Value.Trim(), bf.Span, diags) : null;
            return nodes;
        }

        IReadOnlyList<TexNode>? Title(string f) =>
            Field(f) is { } n ? (_untitlecase ? TitleCase.ToSentenceCase(n) : n) : null;

        void Put(string key, string? value, params string[] from)
        {
            if (string.IsNullOrEmpty(value)) return;
            _csl[key] = value;
            foreach (var f in from)
                if (e.Field(f) is { } bf) { _spans.TryAdd(key, bf.Span); break; }
        }

        void PutRich(string key, IReadOnlyList<TexNode>? nodes, params string[] from) =>
            Put(key, nodes is null ? null : TexRender.Rich(nodes), from);

        public BibItem Map()
        {
            var et = e.Type;
            _opts = (Raw("options") ?? "").Split(',').Select(o => o.Split('=', 2))
                .Where(p => p[0].Trim().Length > 0)
                .ToDictionary(p => p[0].Trim().ToLowerInvariant(), p => p.Length > 1 ? p[1].Trim().ToLowerInvariant() : "", StringComparer.Ordinal);
            bool Opt(string k) => _opts.TryGetValue(k, out var v) && v is "true" or "";

            Put("id", e.Key);
            var subtype = Raw("entrysubtype") ?? "";
            var isEvent = Raw("eventdate") is not null || Raw("eventtitle") is not null || Raw("venue") is not null;
            var type = BibStrings.CslType(et, subtype, isEvent);
            // Pandoc leaves @misc (and any type CSL lacks) with an empty type; CSL's generic type is "document".
            Put("type", type.Length == 0 ? "document" : type);
            _spans["type"] = e.Span;
            var typeField = Raw("type") is { } tf ? BibStrings.Resolve(tf) : null;
            var genre = et switch
            {
                "mastersthesis" => typeField ?? BibStrings.Resolve("mathesis"),
                "phdthesis" => typeField ?? BibStrings.Resolve("phdthesis"),
                _ => typeField,
            };
            Put("genre", genre, "type");

            string? hyphenation = null;
            if (Raw("langid") is { } langid)
            {
                var id = langid.Trim().ToLowerInvariant();
                var idopts = (Raw("langidopts") ?? "").Trim().ToLowerInvariant();
                hyphenation = (id, idopts) switch
                {
                    ("english", "variant=british" or "variant=uk") => "british",
                    ("english", "variant=american" or "variant=us" or "variant=usmax") => "american",
                    ("english", "variant=australian") => "australian",
                    ("english", "variant=newzealand") => "newzealand",
                    _ => id,
                };
            }
            else if (Raw("hyphenation") is { } h) hyphenation = h.Trim().ToLowerInvariant();
            if (hyphenation is not null)
            {
                var tag = BibStrings.LanguageTag(hyphenation);
                Put("language", tag, "langid", "hyphenation");
                _untitlecase = tag.StartsWith("en-", StringComparison.OrdinalIgnoreCase);
            }
            Put("other-ids", Raw("ids"), "ids");

            // names
            void Names(string key, string field)
            {
                if (e.Field(field) is not { } bf) return;
                var list = BibNames.Read(TexReader.Read(bf.Value.Trim(), bf.Span, diags), bibtex, Opt("useprefix"), Opt("juniorcomma"));
                if (list.Count == 0) return;
                _csl[key] = list;
                _spans[key] = bf.Span;
            }
            Names("author", "author");
            Names("container-author", "bookauthor");
            Names("translator", "translator");
            if ((Raw("editortype") ?? "").Trim() == "director") Names("director", "editor");
            else { Names("editor", "editor"); Names("director", "director"); }

            // dates
            Date("issued", "date", "");
            Date("event-date", "eventdate", "event");
            Date("original-date", "origdate", "orig");
            Date("accessed", "urldate", "url");

            // locators
            if (Field("pages") is { } pages) PutRich("page", pages, "pages");
            if (_csl["page"] is JsonValue pv) _csl["page"] = pv.GetValue<string>().Replace('–', '-');
            PutRich("number-of-pages", Field("pagetotal"), "pagetotal");
            var volume = Field("volume");
            var part = Field("part");
            PutRich("volume", volume is not null && part is not null ? [.. volume, new TexText("."), .. part] : volume ?? part, "volume", "part");
            PutRich("number-of-volumes", Field("volumes"), "volumes");
            PutRich("chapter-number", Field("chapter"), "chapter");
            PutRich("edition", Field("edition"), "edition");
            PutRich("version", Field("version"), "version");
            if (Field("number") is { } number)
            {
                if (NumberIsCollection.Contains(et)) PutRich("collection-number", number, "number");
                else if (ArticleLike.Contains(et)) PutRich("issue", Field("issue") is { } issue ? Concat(',', number, issue) : number, "number");
                else PutRich("number", number, "number");
            }

            // titles
            var hasMain = Raw("maintitle") is not null;
            var chapterLike = ChapterLike.Contains(et);
            var periodical = et == "periodical";
            IReadOnlyList<TexNode>? First(params Func<IReadOnlyList<TexNode>?>[] tries)
            {
                foreach (var t in tries) if (t() is { } r) return r;
                return null;
            }
            var title = First(() => periodical ? Title("issuetitle") : null, () => hasMain && !chapterLike ? Title("maintitle") : null, () => Title("title"));
            var subtitle = First(() => periodical ? Title("issuesubtitle") : null, () => hasMain && !chapterLike ? Title("mainsubtitle") : null, () => Title("subtitle"));
            var addon = First(() => hasMain && !chapterLike ? Title("maintitleaddon") : null, () => Title("titleaddon"));
            if (title is not null) PutRich("title", Concat('.', Concat(':', title, subtitle), addon), "title", "maintitle", "issuetitle");

            if (hasMain)
            {
                var vt = chapterLike ? Title("booktitle") : Title("title");
                var vs = chapterLike ? Title("booksubtitle") : Title("subtitle");
                var va = chapterLike ? Title("booktitleaddon") : Title("titleaddon");
                if (vt is not null) PutRich("volume-title", Concat('.', Concat(':', vt, vs), va), chapterLike ? "booktitle" : "title");
            }
            var ct = First(() => periodical ? Field("title") : null, () => chapterLike ? Title("maintitle") : null,
                () => chapterLike ? Title("booktitle") : null, () => Field("journaltitle"), () => Field("journal"));
            var cs = First(() => periodical ? Field("subtitle") : null, () => chapterLike ? Title("mainsubtitle") : null,
                () => chapterLike ? Title("booksubtitle") : null, () => Field("journalsubtitle"));
            var ca = First(() => periodical ? Field("titleaddon") : null, () => chapterLike ? Title("maintitleaddon") : null,
                () => chapterLike ? Title("booktitleaddon") : null);
            if (ct is not null) PutRich("container-title", Concat('.', Concat(':', ct, cs), ca), "journaltitle", "journal", "booktitle", "maintitle", "title");
            PutRich("container-title-short", First(() => periodical && !hasMain ? Field("shorttitle") : null, () => Field("shortjournal")), "shortjournal", "shorttitle");

            if (Title("series") is { } series)
            {
                var plain = TexRender.Plain(series).Trim();
                PutRich("collection-title", plain.Length > 0 && plain.All(char.IsAsciiDigit)
                    ? [new TexText(Ordinal(plain) + " " + BibStrings.Resolve("jourser"))]
                    : series.Select(n => n is TexText t ? new TexText(BibStrings.Resolve(t.Text)) : n).ToList(), "series");
            }
            IReadOnlyList<TexNode>? shortTitle = (!hasMain || chapterLike) ? Title("shorttitle") : null;
            if (shortTitle is null && Title("title") is { } tt)
            {
                var requireColon = !((subtitle is not null || addon is not null) && !hasMain);
                shortTitle = UpToColon(tt, requireColon);
            }
            PutRich("title-short", shortTitle, "shorttitle", "title");
            PutRich("event", Title("eventtitle"), "eventtitle");
            PutRich("original-title", Title("origtitle"), "origtitle");

            // publisher and places
            var pubs = new List<IReadOnlyList<TexNode>>();
            foreach (var f in new[] { "school", "institution", "organization", "howpublished", "publisher" })
                if ((bibtex || f == "howpublished" ? Field(f) : LiteralList(f)) is { } p) pubs.Add(p);
            if (pubs.Count > 0) PutRich("publisher", pubs.Aggregate((a, b) => Concat(';', a, b)), "publisher", "institution", "school", "organization", "howpublished");
            PutRich("original-publisher", Field("origpublisher"), "origpublisher");
            PutRich("event-place", Field("venue"), "venue");
            PutRich("publisher-place", bibtex ? Field("address") : LiteralList("address") ?? (et != "patent" ? LiteralList("location") : null), "address", "location");
            PutRich("original-publisher-place", bibtex ? Field("origlocation") : LiteralList("origlocation"), "origlocation");
            if (type == "patent") PutRich("jurisdiction", LiteralList("location"), "location");

            // identifiers
            string? url = null;
            if (et == "online" || !_opts.TryGetValue("url", out var uo) || uo != "false") url = Raw("url")?.Trim();
            if (url is null && Raw("eprinttype") is { } etype && Raw("eprint") is { } eprint)
            {
                var baseUrl = etype.Trim().ToLowerInvariant() switch
                {
                    "arxiv" => "https://arxiv.org/abs/", "jstor" => "https://www.jstor.org/stable/",
                    "pubmed" => "https://www.ncbi.nlm.nih.gov/pubmed/", "googlebooks" => "https://books.google.com?id=", _ => null,
                };
                if (baseUrl is not null) url = baseUrl + eprint.Trim();
            }
            Put("URL", url, "url", "eprint");
            if (!_opts.TryGetValue("doi", out var dopt) || dopt != "false") Put("DOI", Raw("doi")?.Trim(), "doi");
            Put("ISBN", Raw("isbn")?.Trim(), "isbn");
            Put("ISSN", Raw("issn")?.Trim(), "issn");
            Put("PMID", Raw("pmid")?.Trim(), "pmid");
            Put("PMCID", Raw("pmcid")?.Trim(), "pmcid");
            Put("call-number", Raw("library")?.Trim(), "library");

            // notes
            PutRich("annote", Field("annotation") ?? Field("annote"), "annotation", "annote");
            PutRich("abstract", Field("abstract"), "abstract");
            PutRich("keyword", Field("keywords"), "keywords");
            var note = et == "periodical" ? null : Field("note");
            var addendum = bibtex ? null : Field("addendum");
            if (note is not null || addendum is not null) PutRich("note", Concat('.', note ?? [], addendum), "note", "addendum");
            if (Field("pubstate") is { } ps) PutRich("status", ps.Select(n => n is TexText t ? new TexText(BibStrings.Resolve(t.Text)) : n).ToList(), "pubstate");
            else if (_csl["issued"] is JsonObject { } iss && iss["literal"]?.GetValue<string>() == "forthcoming") Put("status", "forthcoming");

            return new BibItem(e.Key, _csl["type"]!.GetValue<string>(), _csl, e.Span) { FieldSpans = _spans };
        }

        /// <summary>A BibLaTeX literal list ("Paris and London"): its items joined with "; ".</summary>
        IReadOnlyList<TexNode>? LiteralList(string f)
        {
            if (Field(f) is not { } nodes) return null;
            var parts = BibNames.SplitAnd(nodes);
            if (parts.Count == 0) return null;
            var result = new List<TexNode>(parts[0]);
            foreach (var p in parts.Skip(1)) { result.Add(new TexText("; ")); result.AddRange(p); }
            return result;
        }

        void Date(string key, string field, string prefix)
        {
            var at = e.Field(field)?.Span ?? e.Field(prefix + "year")?.Span;
            if (e.Field(field) is { } bf)
            {
                var raw = bf.Value.Replace('\u00A0', '~').Trim();
                var d = DateText.Parse(raw);
                if (d is null)
                {
                    diags.Warning(bf.Span, $"cannot read '{field}' date '{raw}'; it is printed as written (write 2024-02-23, 2024-02 or 2024)");
                    d = new JsonObject { ["literal"] = TexRender.Plain(TexReader.Read(raw, bf.Span, null)) };
                }
                _csl[key] = d;
                _spans[key] = bf.Span;
                return;
            }
            var yearField = e.Field(prefix + "year");
            if (yearField is null) return;
            var yearText = TexRender.Plain(TexReader.Read(yearField.Value, yearField.Span, diags)).Trim();
            if (yearText.Length > 0 && yearText[0] is '–' or '—') yearText = "-" + yearText[1..];
            int? Num(string? s) => int.TryParse(s?.Trim(), out var n) ? n : null;
            var year = Num(yearText);
            int? month = e.Get(prefix + "month") is { } m ? Month(m) : null;
            var day = Num(e.Get(prefix + "day"));
            var endYear = Num(e.Get(prefix + "endyear"));
            int? endMonth = e.Get(prefix + "endmonth") is { } em ? Month(em) : null;
            var endDay = Num(e.Get(prefix + "endday"));
            if (year is null)
            {
                var cleaned = yearText.TrimEnd('?', '~');
                if (cleaned != yearText && int.TryParse(cleaned, out var y2))
                    _csl[key] = DateText.Parse(cleaned + "~")!;
                else
                {
                    if (yearText != "forthcoming")
                        diags.Warning(yearField.Span, $"cannot read year '{yearText}'; it is printed as written");
                    _csl[key] = new JsonObject { ["literal"] = yearText };
                }
                _spans[key] = yearField.Span;
                return;
            }
            JsonArray Parts(int y, int? mo, int? d)
            {
                var a = new JsonArray(y);
                if (mo is { } mm) { a.Add((JsonNode)mm); if (d is { } dd) a.Add((JsonNode)dd); }
                return a;
            }
            var parts = new JsonArray(Parts(year.Value, month, day));
            if (endYear is { } ey) parts.Add((JsonNode)Parts(ey, endMonth, endDay));
            _csl[key] = new JsonObject { ["date-parts"] = parts };
            _spans[key] = at!;
            if (e.Get(prefix + "month") is { } mtext && month is null)
                diags.Warning(e.Field(prefix + "month")!.Span, $"cannot read month '{mtext}'; write a number or jan, feb, …");
        }

        static int? Month(string s)
        {
            var t = s.Trim().ToLowerInvariant();
            string[] names = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
            var i = Array.IndexOf(names, t.Length >= 3 ? t[..3] : t);
            if (i >= 0) return i + 1;
            return int.TryParse(t, out var n) && n is >= 1 and <= 12 ? n : null;
        }
    }

    static string Ordinal(string n)
    {
        var k = int.Parse(n, System.Globalization.CultureInfo.InvariantCulture);
        var suffix = (k % 100) is 11 or 12 or 13 ? "th" : (k % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" };
        return n + suffix;
    }

    /// <summary>Pandoc's concatWith: parts joined by "<paramref name="sep"/> ", or by a space after a
    /// part that already ends in punctuation.</summary>
    static IReadOnlyList<TexNode> Concat(char sep, IReadOnlyList<TexNode> a, IReadOnlyList<TexNode>? b)
    {
        if (b is null || b.Count == 0) return a;
        if (a.Count == 0) return b;
        var end = TexRender.Plain(a).TrimEnd();
        var joiner = end.Length > 0 && "!?.,:;".Contains(end[^1]) ? " " : sep + " ";
        return [.. a, new TexText(joiner), .. b];
    }

    static IReadOnlyList<TexNode>? UpToColon(IReadOnlyList<TexNode> nodes, bool requireColon)
    {
        var result = new List<TexNode>();
        foreach (var n in nodes)
        {
            if (n is TexText t && t.Text.IndexOf(':') is var i and >= 0)
            {
                if (i > 0) result.Add(new TexText(t.Text[..i]));
                return result;
            }
            result.Add(n);
        }
        return requireColon ? null : result;
    }
}
