using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Book.Core.Citations.Bibliographies;

namespace Book.Core.Citations;

/// <summary>
/// The typed view <see cref="ChicagoNotesStyle"/> reads, made from a CSL-JSON item: rich-text markup
/// becomes plain text (entities decoded once), and a date it cannot print (a season, circa) becomes
/// literal text.
/// </summary>
public static partial class LegacyEntry
{
    public static SourceEntry From(BibItem item)
    {
        string? T(string key) => item.Text(key) is { } s ? Plain(s) : null;
        return new SourceEntry(item.Id, item.Type)
        {
            Title = T("title"),
            TitleShort = T("title-short") ?? T("shortTitle"),
            ContainerTitle = T("container-title"),
            Authors = Names(item.Csl["author"]),
            Editors = Names(item.Csl["editor"]),
            Issued = Date(item.Csl["issued"]),
            Accessed = Date(item.Csl["accessed"]),
            Url = item.Text("URL") ?? item.Text("url"),
            Page = T("page"),
            Publisher = T("publisher"),
            PublisherPlace = T("publisher-place"),
            Volume = T("volume"),
            Issue = T("issue"),
            Number = T("number"),
            Authority = T("authority"),
            Note = T("note"),
            Span = item.Span,
            Item = item,
        };
    }

    [GeneratedRegex("</?(i|b|sc|sup|sub|span)( [^>]*)?>")]
    private static partial Regex Markup();

    /// <summary>CSL rich text (<c>&lt;i&gt;</c>, <c>&lt;span class="nocase"&gt;</c>, <c>&amp;amp;</c>) as plain text.</summary>
    public static string Plain(string s) => s.Contains('<') || s.Contains('&') ? WebUtility.HtmlDecode(Markup().Replace(s, "")) : s;

    static IReadOnlyList<PersonName> Names(JsonNode? n) => n is not JsonArray a ? [] :
        a.OfType<JsonObject>().Select(o => new PersonName(S(o, "family"), S(o, "given"), S(o, "literal"),
            S(o, "dropping-particle"), S(o, "non-dropping-particle"), S(o, "suffix"))).ToList();

    static string? S(JsonObject o, string key) => o[key] is JsonValue v && v.TryGetValue<string>(out var s) ? Plain(s) : null;

    static readonly string[] Seasons = ["Spring", "Summer", "Autumn", "Winter"];

    static CslDate? Date(JsonNode? n)
    {
        if (n is not JsonObject o) return null;
        if (S(o, "literal") is { } lit) return new CslDate(null, null, null, lit);
        if (o["date-parts"] is not JsonArray { Count: > 0 } parts) return null;
        var dates = parts.OfType<JsonArray>().Select(p => p.Select(x => x!.GetValue<int>()).ToList()).ToList();
        CslDate One(List<int> p) => new(p[0], p.Count > 1 ? p[1] : null, p.Count > 2 ? p[2] : null);
        var first = One(dates[0]);
        var circa = o["circa"] is JsonValue c && c.TryGetValue<bool>(out var b) && b;
        if (first.Month is >= 21 and <= 24 || circa)
        {
            var text = first.Month is >= 21 and <= 24 ? $"{Seasons[first.Month.Value - 21]} {first.Year}" : EnglishDates.Format(first);
            return new CslDate(null, null, null, circa ? "ca. " + text : text);
        }
        return dates.Count > 1 && dates[1].Count > 0 && dates[1][0] != 0 ? first with { End = One(dates[1]) } : first;
    }
}
