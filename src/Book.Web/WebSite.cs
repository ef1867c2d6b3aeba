using System.Globalization;
using System.Xml.Linq;
using Book.Epub;
using Book.Model;
using static Book.Epub.Xhtml;

namespace Book.Web;

/// <summary>
/// Writes a resolved <see cref="BookDocument"/> as a static web site: index.html (cover, title page,
/// contents), one page per division after them, search.html, the stylesheet, the script, the search
/// index and the fonts as WOFF2. Divisions are rendered by the e-book's renderer (one id space for
/// the whole book, links resolved across pages) and then made into web pages: notes move beside
/// their paragraph, printed page numbers go into the margin, every block the search can land on gets
/// an id. Returns the files by path inside the site, in name order; same book, same bytes.
/// </summary>
public static class WebSite
{
    public const string Home = "index.html";
    public const string SearchPage = "search.html";
    internal const string Css = "assets/book.css";
    internal const string Script = "assets/site.js";
    internal const string SearchIndex = "assets/search-index.js";

    public static SortedDictionary<string, byte[]> Write(BookDocument book, WebOptions options)
    {
        ArgumentNullException.ThrowIfNull(book);
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(book.Meta.Language)) book = book with { Meta = book.Meta with { Language = "und" } };

        var ids = new XmlIds();
        foreach (var reserved in PageChrome.ReservedIds) ids.Allocate(reserved);
        var anchors = new AnchorMap();
        var renderOptions = options.ForRenderer();
        var renderer = new DivisionRenderer(book, renderOptions, ids, anchors);

        var files = new List<RenderedFile>();
        var names = new HashSet<string>(StringComparer.Ordinal) { Home, SearchPage };
        RenderedFile? titlePage = null;
        Division? cover = null;
        foreach (var d in book.Divisions)
        {
            switch (d.Kind)
            {
                case DivisionKind.FrontCover:
                    cover = d;
                    anchors.Add(d.Id, Home, PageChrome.CoverId);
                    continue;
                case DivisionKind.HalfTitle:
                case DivisionKind.Contents:
                    anchors.Add(d.Id, Home, d.Kind == DivisionKind.Contents ? PageChrome.ContentsId : PageChrome.MainId);
                    continue;
                case DivisionKind.TitlePage:
                    titlePage = renderer.RenderTitlePage(d, Home);
                    continue;
            }
            files.Add(renderer.Render(d, FileName(files.Count + 1, d.Id, names), ""));
        }
        // Printed on the back of the title page; on the web it closes the book (its file name keeps its place).
        files = [.. files.Where(f => f.Division.Kind != DivisionKind.Colophon), .. files.Where(f => f.Division.Kind == DivisionKind.Colophon)];

        ResolveLinks(files, titlePage, anchors);
        PrintPages.Place(options.PageBreaks, files, anchors);
        foreach (var f in files) MarginNotes.Place(f.Section);
        var search = new SearchIndexBuilder(ids);
        for (int i = 0; i < files.Count; i++) search.Add(files[i].FileName, Title(files[i], book), files[i].Section);

        var coverImages = cover is not null && book.Meta.Cover is { } design
            ? CoverPage.Images(book.Meta, design, options.CoverPicture, options.FontFamily) : [];
        var chrome = new PageChrome(book.Meta, files.Select(f => (f.FileName, Title(f, book))).ToList());
        var pages = new SortedDictionary<string, XElement>(StringComparer.Ordinal)
        {
            [Home] = chrome.HomePage(CoverForHome(coverImages), titlePage?.Section, files),
            [SearchPage] = chrome.SearchPage(),
        };
        for (int i = 0; i < files.Count; i++) pages[files[i].FileName] = chrome.Page(i, files[i].Section);

        var site = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var (name, page) in pages) site[name] = HtmlText.Serialize(page);
        var fonts = WebFonts.Subset(options.Fonts, pages.Values);
        foreach (var (file, bytes) in fonts.Files) site["assets/fonts/" + file] = bytes;
        site[Css] = System.Text.Encoding.UTF8.GetBytes(SiteStyle.Build(renderOptions, fonts.FaceRules(options.FontFamily), fonts.BodyRule(options.FontFamily), CodeUse.In(book), coverImages.Count > 0));
        site[Script] = Assets.Bytes("site.js");
        site[SearchIndex] = search.ToScript();
        foreach (var c in coverImages) if (c.MediaType != "image/svg+xml") site[c.Href] = c.Bytes; // the drawn cover is inline
        foreach (var (href, picture) in renderOptions.PictureFiles.Files) site[href] = picture.Data;
        return site;
    }

    /// <summary>The typographic cover as inline SVG (its picture, if any, referred to from the site's root); a picture cover as its file.</summary>
    static object? CoverForHome(List<(string Href, string MediaType, string? Properties, byte[] Bytes)> images)
    {
        if (images.Count == 0) return null;
        if (images[0].MediaType != "image/svg+xml") return images[0].Href;
        var svg = XElement.Parse(System.Text.Encoding.UTF8.GetString(images[0].Bytes));
        XNamespace xlink = "http://www.w3.org/1999/xlink";
        foreach (var image in svg.Descendants(Svg + "image"))
            if (image.Attribute(xlink + "href") is { } href) href.Value = "images/" + href.Value;
        return svg;
    }

    static string Title(RenderedFile f, BookDocument book)
    {
        var t = f.Division.Kind == DivisionKind.BackCover ? "Back cover" : f.Division.TitleText.Trim();
        return t.Length > 0 ? t : book.Meta.Title;
    }

    /// <summary>"03-01-before-1992.html": book order first, then the division id, so names sort and stay stable.</summary>
    static string FileName(int seq, string divisionId, HashSet<string> used)
    {
        var stem = seq.ToString("D2", CultureInfo.InvariantCulture) + "-" + XmlIds.Clean(divisionId).Replace('.', '-').ToLowerInvariant();
        var name = stem + ".html";
        for (int n = 2; !used.Add(name); n++) name = stem + "-" + n.ToString(CultureInfo.InvariantCulture) + ".html";
        return name;
    }

    /// <summary>Sets the href of every internal link; a link to an id the book lacks keeps its text, unlinked.</summary>
    static void ResolveLinks(List<RenderedFile> files, RenderedFile? titlePage, AnchorMap anchors)
    {
        foreach (var f in titlePage is null ? files : files.Append(titlePage))
            foreach (var a in f.Section.Descendants(Ns + "a").ToList())
            {
                if (a.Annotation<PendingLink>() is not { } link) continue;
                if (anchors.Href(link.TargetId, f.FileName) is { } href) a.SetAttributeValue("href", href);
                else a.ReplaceWith(a.Nodes().ToList());
            }
    }
}
