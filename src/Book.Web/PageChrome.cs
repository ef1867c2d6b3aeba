using System.Xml.Linq;
using Book.Epub;
using Book.Model;
using static Book.Epub.Xhtml;

namespace Book.Web;

/// <summary>
/// The frame every page shares: a skip link, the banner with the book's title and the search box,
/// the main text, previous/next navigation and the footer, in that order (the focus order). The home
/// page holds the cover, the title page and the contents; search.html the search.
/// </summary>
sealed class PageChrome(BookMetadata meta, IReadOnlyList<(string File, string Title)> pages)
{
    public const string MainId = "main";
    public const string CoverId = "cover";
    public const string ContentsId = "contents";
    /// <summary>Ids of the frame, taken before the book's so that no heading or note gets one of them.</summary>
    public static readonly string[] ReservedIds = [MainId, CoverId, ContentsId, "contents-heading", "search-box", "search-results", "search-heading", "search-status", "site-nav"];

    /// <param name="cover">the cover: an SVG drawing (set inline, so it is drawn in the book's web fonts) or a picture's href</param>
    public XElement HomePage(object? cover, XElement? titlePage, IReadOnlyList<RenderedFile> files)
    {
        var list = E("ol", Class("contents"));
        foreach (var f in files)
        {
            var d = f.Division;
            var title = pages.First(p => p.File == f.FileName).Title;
            var number = DivisionLabels.EntryPrefix(d, meta.Locale);
            var li = E("li", Class(d.Kind == DivisionKind.Chapter ? "chapter" : null),
                E("a", A("href", f.FileName), number is null ? null : E("span", Class("number"), T(number)), number is null ? null : T(" "), T(title)));
            if (f.Sections.Count > 0)
                li.Add(E("ol", f.Sections.Select(s => E("li", E("a", A("href", f.FileName + "#" + s.XmlId), T(s.Text))))));
            list.Add(li);
        }
        var main = E("main", A("id", MainId), Class("home"), A("tabindex", "-1"),
            cover is null ? null : E("div", A("id", CoverId), Class("cover"), CoverElement(cover)),
            titlePage is null ? E("h1", Class("title"), T(meta.Title)) : new XElement(titlePage),
            E("nav", A("id", ContentsId), A("aria-labelledby", "contents-heading"),
                E("h2", A("id", "contents-heading"), T(meta.Locale.Contents)), list));
        return Frame(meta.Title, main, prev: null, next: pages.Count > 0 ? pages[0] : null);
    }

    XElement CoverElement(object cover)
    {
        var alt = "Cover: " + meta.Title + (string.IsNullOrEmpty(meta.Subtitle) ? "" : ". " + meta.Subtitle);
        if (cover is not XElement svg) return E("img", A("src", (string)cover), A("alt", alt));
        svg = new XElement(svg);
        svg.SetAttributeValue("role", "img");
        svg.SetAttributeValue("aria-label", alt);
        svg.SetAttributeValue("width", null);
        svg.SetAttributeValue("height", null);
        return svg;
    }

    public XElement SearchPage()
    {
        var main = E("main", A("id", MainId), Class("search-page"), A("tabindex", "-1"),
            E("h1", A("id", "search-heading"), T("Search")),
            E("p", A("id", "search-status"), A("role", "status"), T("Type a word in the search box above. Letters with and without marks find each other: Bagirov finds Bağırov.")),
            E("ol", A("id", "search-results"), A("aria-labelledby", "search-heading")),
            E("script", A("src", WebSite.SearchIndex)));
        return Frame("Search — " + meta.Title, main, null, null);
    }

    public XElement Page(int index, XElement section)
    {
        var main = E("main", A("id", MainId), A("tabindex", "-1"), section);
        return Frame(pages[index].Title + " — " + meta.Title, main,
            index > 0 ? pages[index - 1] : (Home, meta.Title), index + 1 < pages.Count ? pages[index + 1] : null);
    }

    const string Home = WebSite.Home;

    XElement Frame(string title, XElement main, (string File, string Title)? prev, (string File, string Title)? next)
    {
        var header = E("header", Class("site-header"),
            E("a", Class("site-title"), A("href", Home), T(meta.Title)),
            E("form", Role("search"), Class("search-form"), A("action", WebSite.SearchPage), A("method", "get"),
                E("label", A("for", "search-box"), Class("visually-hidden"), T("Search the book")),
                E("input", A("id", "search-box"), A("type", "search"), A("name", "q"), A("placeholder", "Search"), A("autocomplete", "off")),
                E("button", A("type", "submit"), T("Search"))));
        var pager = prev is null && next is null ? null : E("nav", A("id", "site-nav"), Class("pager"), A("aria-label", "Previous and next"),
            prev is { } p ? E("a", A("rel", "prev"), A("href", p.File), E("span", Class("dir"), T("Previous")), T(p.Title)) : null,
            next is { } n ? E("a", A("rel", "next"), A("href", n.File), E("span", Class("dir"), T("Next")), T(n.Title)) : null);
        var footer = E("footer", Class("site-footer"),
            E("p", T(string.Join(" · ", new[] { meta.Title, meta.Edition }.Where(s => !string.IsNullOrEmpty(s))))));
        var page = Xhtml.Page(title, meta.Language, null, WebSite.Css,
            E("a", Class("skip-link"), A("href", "#" + MainId), T("Skip to the text")),
            header, main, pager, footer);
        var head = page.Element(Ns + "head")!;
        head.Element(Ns + "meta")!.AddAfterSelf(E("meta", A("name", "viewport"), A("content", "width=device-width, initial-scale=1")));
        head.Add(E("script", A("src", WebSite.Script), A("defer", "defer")));
        return page;
    }
}
