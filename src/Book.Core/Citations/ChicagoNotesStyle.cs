using System.Globalization;
using System.Text;
using Book.Model;

namespace Book.Core.Citations;

/// <summary>
/// Chicago Manual of Style, 17th edition, notes and bibliography (chapter 14), for newspaper,
/// magazine and journal articles, web pages, books, chapters, reports and legal cases.
/// Only fields present in the source are printed; nothing is guessed. Titles are printed as
/// written in the sources file (no automatic headline-style capitalisation).
/// Where no author is known, the periodical (newspaper, magazine) or, for web pages and
/// reports, the publisher stands in for one in short notes, running text and the bibliography
/// (CMOS 14.84, 14.206, 14.207); full notes begin with the title.
/// </summary>
public sealed class ChicagoNotesStyle : ICitationStyle
{
    /// <summary>The CSL types this style formats specifically; any other is formatted like a web page.</summary>
    public static readonly IReadOnlySet<string> KnownTypes = new HashSet<string>(StringComparer.Ordinal)
    {
        "article-newspaper", "article-magazine", "article-journal", "webpage", "post-weblog",
        "book", "chapter", "report", "legal_case",
    };

    public IReadOnlyList<Inline> FullNote(SourceEntry s, CitationItem item)
    {
        var b = new InlineBuilder();
        if (!item.SuppressAuthor) NoteCreators(b, s);
        var locator = FormatLocator(item.Locator);
        switch (Kind(s))
        {
            case Shape.Periodical:
                Part(b).Quoted(s.Title);
                if (s.ContainerTitle is not null) Part(b).Italic(s.ContainerTitle);
                DateOrAccessed(b, s, note: true);
                if (locator is not null) Part(b).Text(locator);
                break;
            case Shape.Web:
                Part(b).Quoted(s.Title);
                if (s.ContainerTitle is not null) Part(b).Text(s.ContainerTitle);
                if (s.Publisher is not null && s.Publisher != s.ContainerTitle) Part(b).Text(s.Publisher);
                DateOrAccessed(b, s, note: true);
                if (locator is not null) Part(b).Text(locator);
                break;
            case Shape.Journal:
                Part(b).Quoted(s.Title);
                JournalIssue(b, s);
                if (locator is not null) b.Punct(":").Text(" " + locator);
                break;
            case Shape.Book:
                Part(b).Italic(s.Title);
                if (s.Authors.Count > 0 && s.Editors.Count > 0) Part(b).Text("ed. " + NamesDisplay(s.Editors));
                if (s.Type == "report" && s.Number is not null) Part(b).Text(s.Number);
                if (Publication(s) is { } pub) b.Text(b.IsEmpty ? "(" + pub + ")" : " (" + pub + ")");
                if (locator is not null) Part(b).Text(locator);
                break;
            case Shape.Chapter:
                Part(b).Quoted(s.Title);
                if (s.ContainerTitle is not null) { Part(b).Text("in "); b.Italic(s.ContainerTitle); }
                if (s.Editors.Count > 0) Part(b).Text("ed. " + NamesDisplay(s.Editors));
                if (Publication(s) is { } cpub) b.Text(" (" + cpub + ")");
                if (locator is not null) Part(b).Text(locator);
                break;
            case Shape.LegalCase:
                LegalCase(b, s);
                if (locator is not null) Part(b).Text(locator);
                break;
        }
        if (s.Url is not null) Part(b).Url(s.Url);
        return b.Build();
    }

    public IReadOnlyList<Inline> ShortNote(SourceEntry s, CitationItem item)
    {
        var b = new InlineBuilder();
        if (!item.SuppressAuthor && Kind(s) != Shape.LegalCase)
        {
            if (Creators(s) is { Count: > 0 } names) b.Text(NamesShort(names));
            else StandIn(b, s);
        }
        var shortTitle = ShortTitle(s);
        if (shortTitle is not null)
        {
            Part(b);
            if (TitleInItalics(s)) b.Italic(shortTitle); else b.Quoted(shortTitle);
        }
        if (b.IsEmpty) b.Text(s.Id);
        if (FormatLocator(item.Locator) is { } locator) Part(b).Text(locator);
        return b.Build();
    }

    public IReadOnlyList<Inline> Ibid(SourceEntry s, string? locator)
    {
        var b = new InlineBuilder().Text("Ibid.");
        if (FormatLocator(locator) is { } l) b.Sep(", ").Text(l);
        return b.Build();
    }

    public IReadOnlyList<Inline> NarrativeText(SourceEntry s, bool firstMention)
    {
        var b = new InlineBuilder();
        if (Creators(s) is { Count: > 0 } names) b.Text(firstMention ? NamesDisplay(names) : NamesShort(names));
        else if (!StandIn(b, s))
        {
            var title = firstMention ? s.Title : ShortTitle(s);
            if (TitleInItalics(s)) b.Italic(title); else b.Quoted(title);
        }
        if (b.IsEmpty) b.Text(s.Id);
        return b.Build();
    }

    public IReadOnlyList<Inline> BibliographyEntry(SourceEntry s)
    {
        var b = new InlineBuilder();
        var leadIsContainer = false;
        var leadIsPublisher = false;
        if (Kind(s) != Shape.LegalCase)
        {
            if (s.Authors.Count > 0) b.Text(NamesBibliography(s.Authors));
            else if (Kind(s) == Shape.Book && s.Editors.Count > 0)
                b.Text(NamesBibliography(s.Editors)).Sep(", ").Text(s.Editors.Count > 1 ? "eds." : "ed.");
            else if (StandIn(b, s))
            {
                leadIsContainer = Kind(s) == Shape.Periodical || s.Publisher is null;
                leadIsPublisher = !leadIsContainer;
            }
        }
        switch (Kind(s))
        {
            case Shape.Periodical:
                Sentence(b).Quoted(s.Title);
                if (!leadIsContainer && s.ContainerTitle is not null) Sentence(b).Italic(s.ContainerTitle).Sep(", ");
                BibliographyDate(Sentence(b), s);
                break;
            case Shape.Web:
                Sentence(b).Quoted(s.Title);
                if (s.ContainerTitle is not null && !leadIsContainer) Sentence(b).Text(s.ContainerTitle);
                if (s.Publisher is not null && !leadIsPublisher && s.Publisher != s.ContainerTitle) Sentence(b).Text(s.Publisher);
                BibliographyDate(Sentence(b), s);
                break;
            case Shape.Journal:
                Sentence(b).Quoted(s.Title);
                Sentence(b);
                JournalIssue(b, s);
                if (s.Page is not null) b.Punct(":").Text(" " + s.Page);
                break;
            case Shape.Book:
                Sentence(b).Italic(s.Title);
                if (s.Authors.Count > 0 && s.Editors.Count > 0) Sentence(b).Text("Edited by " + NamesDisplay(s.Editors));
                if (s.Type == "report" && s.Number is not null) Sentence(b).Text(s.Number);
                if (Publication(s) is { } pub) Sentence(b).Text(pub);
                break;
            case Shape.Chapter:
                Sentence(b).Quoted(s.Title);
                if (s.ContainerTitle is not null) { Sentence(b).Text("In "); b.Italic(s.ContainerTitle); }
                if (s.Editors.Count > 0) Part(b).Text("edited by " + NamesDisplay(s.Editors));
                if (s.Page is not null) Part(b).Text(s.Page);
                if (Publication(s) is { } cpub) Sentence(b).Text(cpub);
                break;
            case Shape.LegalCase:
                LegalCase(b, s);
                break;
        }
        if (s.Url is not null) Sentence(b).Url(s.Url);
        if (b.IsEmpty) b.Text(s.Id);
        b.Punct(".");
        return b.Build();
    }

    public string BibliographySortKey(SourceEntry s)
    {
        var b = new InlineBuilder();
        if (Kind(s) != Shape.LegalCase)
        {
            if (s.Authors.Count > 0) b.Text(string.Join(" ", s.Authors.Select(SortName)));
            else if (Kind(s) == Shape.Book && s.Editors.Count > 0) b.Text(string.Join(" ", s.Editors.Select(SortName)));
            else StandIn(b, s);
        }
        var lead = InlineText.Plain(b.Build());
        var title = s.Title ?? s.Id;
        return (lead.Length > 0 ? Normalize(lead) : Normalize(title)) + "\u0001" + Normalize(title);

        static string SortName(PersonName n) => n.Literal ?? $"{n.Family} {n.Given}";
    }

    // ---- shapes -----------------------------------------------------------------------------

    enum Shape { Periodical, Web, Journal, Book, Chapter, LegalCase }

    static Shape Kind(SourceEntry s) => s.Type switch
    {
        "article-newspaper" or "article-magazine" => Shape.Periodical,
        "article-journal" => Shape.Journal,
        "book" or "report" => Shape.Book,
        "chapter" => Shape.Chapter,
        "legal_case" => Shape.LegalCase,
        _ => Shape.Web,   // webpage, post-weblog and types we do not know
    };

    static bool TitleInItalics(SourceEntry s) => Kind(s) is Shape.Book or Shape.LegalCase;

    /// <summary>Authors, or for a book or report without authors its editors.</summary>
    static IReadOnlyList<PersonName> Creators(SourceEntry s) =>
        s.Authors.Count > 0 ? s.Authors : Kind(s) == Shape.Book ? s.Editors : [];

    static void NoteCreators(InlineBuilder b, SourceEntry s)
    {
        if (Kind(s) == Shape.LegalCase) return;
        if (s.Authors.Count > 0) b.Text(NamesDisplay(s.Authors));
        else if (Kind(s) == Shape.Book && s.Editors.Count > 0)
            b.Text(NamesDisplay(s.Editors)).Sep(", ").Text(s.Editors.Count > 1 ? "eds." : "ed.");
    }

    /// <summary>Who stands in for a missing author; false when nobody does.</summary>
    static bool StandIn(InlineBuilder b, SourceEntry s)
    {
        switch (Kind(s))
        {
            case Shape.Periodical when s.ContainerTitle is not null:
                b.Italic(s.ContainerTitle);
                return true;
            case Shape.Web when (s.Publisher ?? s.ContainerTitle) is { } site:
                b.Text(site);
                return true;
            case Shape.Book when s.Type == "report" && s.Publisher is not null:
                b.Text(s.Publisher);
                return true;
            default:
                return false;
        }
    }

    static void DateOrAccessed(InlineBuilder b, SourceEntry s, bool note)
    {
        if (s.Issued is { } d) Part(b).Text(EnglishDates.Format(d));
        else if (s.Accessed is { } a && s.Url is not null) Part(b).Text((note ? "accessed " : "Accessed ") + EnglishDates.Format(a));
    }

    static void BibliographyDate(InlineBuilder b, SourceEntry s)
    {
        if (s.Issued is { } d) b.Text(EnglishDates.Format(d));
        else if (s.Accessed is { } a && s.Url is not null) b.Text("Accessed " + EnglishDates.Format(a));
    }

    static void JournalIssue(InlineBuilder b, SourceEntry s)
    {
        if (s.ContainerTitle is not null) { Part(b); b.Italic(s.ContainerTitle); }
        if (s.Volume is not null) b.Text(" " + s.Volume);
        if (s.Issue is not null) Part(b).Text("no. " + s.Issue);
        if (s.Issued is { } d) b.Text(" (" + EnglishDates.Format(d) + ")");
    }

    static void LegalCase(InlineBuilder b, SourceEntry s)
    {
        b.Italic(s.Title);
        var reporter = string.Join(" ", new[] { s.Volume, s.ContainerTitle, s.Page }.Where(x => x is not null));
        if (reporter.Length > 0) Part(b).Text(reporter);
        if (s.Number is not null) Part(b).Text(s.Number);
        var court = string.Join(" ", new[] { s.Authority, s.Issued is { } d ? EnglishDates.Format(d) : null }.Where(x => x is not null));
        if (court.Length > 0) b.Text(" (" + court + ")");
    }

    /// <summary>"Place: Publisher, Year" with whatever is known, or null.</summary>
    static string? Publication(SourceEntry s)
    {
        var date = s.Issued is { } d ? (s.Type == "report" ? EnglishDates.Format(d) : EnglishDates.Year(d)) : null;
        var who = s.PublisherPlace is not null && s.Publisher is not null ? s.PublisherPlace + ": " + s.Publisher
            : s.Publisher ?? s.PublisherPlace;
        return who is not null && date is not null ? who + ", " + date : who ?? date;
    }

    static InlineBuilder Part(InlineBuilder b) => b.Sep(", ");

    static InlineBuilder Sentence(InlineBuilder b) => b.Sep(". ");

    // ---- names, titles, locators -------------------------------------------------------------

    static string NamesDisplay(IReadOnlyList<PersonName> names) =>
        names.Count >= 4 ? names[0].DisplayOrder + " et al." : Series(names.Select(n => n.DisplayOrder).ToList());

    static string NamesShort(IReadOnlyList<PersonName> names) =>
        names.Count >= 4 ? names[0].ShortForm + " et al." : Series(names.Select(n => n.ShortForm).ToList());

    static string NamesBibliography(IReadOnlyList<PersonName> names)
    {
        // CMOS 14.76: list up to ten; with more, the first seven and "et al."
        var shown = names.Count > 10 ? names.Take(7).ToList() : names.ToList();
        var parts = shown.Select((n, i) => i == 0 ? n.InvertedOrder : n.DisplayOrder).ToList();
        if (names.Count > 10) return string.Join(", ", parts) + ", et al.";
        if (parts.Count == 2) return parts[0] + ", and " + parts[1];   // "Doe, Jane, and John Smith"
        return Series(parts);
    }

    static string Series(List<string> parts) => parts.Count switch
    {
        0 => "",
        1 => parts[0],
        2 => parts[0] + " and " + parts[1],
        _ => string.Join(", ", parts.Take(parts.Count - 1)) + ", and " + parts[^1],
    };

    static readonly HashSet<string> TrailingSmallWords = new(StringComparer.OrdinalIgnoreCase)
    { "a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "by", "for", "with", "from", "as", "into" };

    /// <summary>
    /// CMOS 14.32: the short title is the main title (before a colon) cut to at most four words,
    /// without a leading article and not ending on a small word; <c>title-short</c> wins if given.
    /// </summary>
    public static string? ShortTitle(SourceEntry s)
    {
        if (s.TitleShort is not null) return s.TitleShort;
        if (s.Title is null) return null;
        var main = s.Title;
        bool supplied = main.StartsWith('[') && main.EndsWith(']');
        if (supplied) main = main[1..^1];
        var colon = main.IndexOf(": ", StringComparison.Ordinal);
        if (colon > 0) main = main[..colon];
        var words = main.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (words.Count > 1 && words[0] is "The" or "A" or "An") words.RemoveAt(0);
        if (words.Count > 4)
        {
            words = words.Take(4).ToList();
            while (words.Count > 1 && TrailingSmallWords.Contains(words[^1].TrimEnd(',', ';'))) words.RemoveAt(words.Count - 1);
        }
        var shortTitle = string.Join(" ", words).TrimEnd(',', ';', ':', '—', '–', ' ');
        return supplied ? "[" + shortTitle + "]" : shortTitle;
    }

    /// <summary>Chicago drops "p."/"pp." before page numbers in notes; other labels ("chap. 3") stay.</summary>
    public static string? FormatLocator(string? locator)
    {
        if (string.IsNullOrWhiteSpace(locator)) return null;
        foreach (var label in new[] { "pp. ", "p. ", "pages ", "page " })
            if (locator.StartsWith(label, StringComparison.Ordinal)) return locator[label.Length..].Trim();
        return locator.Trim();
    }

    /// <summary>Upper-case, accents removed, leading article and quotation marks dropped: a culture-free sort key.</summary>
    static string Normalize(string s)
    {
        s = s.TrimStart('“', '‘', '"', '\'', '(', '[', '*', '_', ' ');
        foreach (var article in new[] { "The ", "A ", "An " })
            if (s.StartsWith(article, StringComparison.OrdinalIgnoreCase) && s.Length > article.Length) { s = s[article.Length..]; break; }
        var sb = new StringBuilder(s.Length);
        foreach (var c in s.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            sb.Append(c switch { 'ı' => 'i', 'ə' or 'Ə' => 'e', _ => char.ToUpperInvariant(c) });
        }
        return sb.ToString().ToUpperInvariant();
    }
}
