using System.Globalization;
using System.Xml.Linq;
using Book.Model;
using static Book.Epub.Xhtml;

namespace Book.Epub;

/// <summary>
/// Writes a resolved <see cref="BookDocument"/> as an EPUB 3 e-book: one XHTML file per division,
/// nav.xhtml, package.opf, one stylesheet and the embedded fonts, in a byte-stable zip.
/// <para>
/// Book.Build's <c>EpubOutput</c> calls it once the book is loaded, resolved and typeset, with the
/// fonts the book is set in and the page map of the same run (<see cref="EpubOptions.PageBreaks"/>:
/// division id, anchor id or null for the division start, page label, for every printed page in book
/// order; <see cref="EpubOptions.PageLabels"/>: anchor id → page label, for index locators and page
/// references), so the e-book's page-list matches the printed pages. The build writes the bytes to a
/// temporary file and renames it only when every output is written.
/// Throws <see cref="ArgumentException"/> when a page break names a division or anchor the book does not have.
/// </para>
/// </summary>
public static class EpubWriter
{
    internal const string StylesheetPath = "styles/book.css";

    public static void Write(BookDocument book, Stream output, EpubOptions options)
    {
        ArgumentNullException.ThrowIfNull(book);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(options);
        CheckFonts(options.Fonts);
        if (string.IsNullOrWhiteSpace(book.Meta.Language)) book = book with { Meta = book.Meta with { Language = "und" } };

        var ids = new XmlIds();
        ids.Allocate("toc");                      // the nav's toc keeps its well-known id
        var anchors = new AnchorMap();
        var renderer = new DivisionRenderer(book, options, ids, anchors);

        // Render every division that becomes a file, remembering where the nav goes in the spine.
        var files = new List<RenderedFile>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        int navAt = -1;
        string contentsTitle = book.Meta.Locale.Contents;
        var startOf = new Dictionary<string, int>(StringComparer.Ordinal); // division id → files index (files.Count = nav or past end)
        var waiting = new List<string>();        // divisions with no file of their own (half title)
        // The cover's pictures: the first is the cover-image cover.xhtml shows.
        var coverImages = book.Meta.Cover is { } design && book.Divisions.Any(d => d.Kind == DivisionKind.FrontCover)
            ? CoverPage.Images(book.Meta, design, options.CoverPicture, options.FontFamily) : [];
        foreach (var d in book.Divisions)
        {
            switch (d.Kind)
            {
                case DivisionKind.FrontCover:
                    if (coverImages.Count == 0) continue;
                    var coverId = ids.Allocate(d.Id);
                    files.Add(CoverPage.Render(d, book.Meta, coverImages[0].Href, coverId));
                    names.Add(CoverPage.FileName);
                    startOf.TryAdd(d.Id, files.Count - 1);
                    anchors.Add(d.Id, CoverPage.FileName, coverId);
                    continue;
                case DivisionKind.HalfTitle:
                    waiting.Add(d.Id);
                    continue;
                case DivisionKind.Contents:
                    navAt = files.Count;
                    if (d.TitleText.Trim().Length > 0) contentsTitle = d.TitleText.Trim();
                    anchors.Add(d.Id, NavDocument.FileName, "toc");
                    startOf.TryAdd(d.Id, -1);
                    foreach (var w in waiting) startOf.TryAdd(w, -1);
                    waiting.Clear();
                    continue;
            }
            var name = FileName(files.Count + 1, d.Id, names);
            files.Add(d.Kind == DivisionKind.TitlePage
                ? renderer.RenderTitlePage(d, name)
                : renderer.Render(d, name, d.Kind switch
                {
                    DivisionKind.Chapter => "bodymatter",
                    DivisionKind.Appendix or DivisionKind.BackCover => "backmatter",
                    _ => "frontmatter",
                }));
            startOf.TryAdd(d.Id, files.Count - 1);
            foreach (var w in waiting) startOf.TryAdd(w, files.Count - 1);
            waiting.Clear();
        }

        ResolveLinks(files, anchors);
        var (pageList, navMarkers) = PlaceBreaks(options.PageBreaks, files, startOf, anchors, ids);

        var nav = NavDocument.Build(book.Meta, contentsTitle, files, pageList);
        if (navMarkers.Count > 0)
            nav.Descendants(Ns + "nav").First().AddBeforeSelf(navMarkers);

        var modified = Timestamp(options.Modified ?? book.Meta.EditionDate);
        var zip = new DeterministicZip();
        zip.Add("mimetype", "application/epub+zip", store: true);
        zip.Add("META-INF/container.xml", Serialize(Container(), htmlDoctype: false));

        // Manifest order is spine order; the nav sits where the printed contents stand, or out of the spine.
        var navItem = new PackageDocument.Item("nav", NavDocument.FileName, "application/xhtml+xml", "nav", InSpine: navAt >= 0);
        var items = new List<PackageDocument.Item>();
        if (navAt < 0) items.Add(navItem);
        var spineFiles = new List<(string Href, byte[] Bytes)>();
        for (int i = 0; i < files.Count; i++)
        {
            if (i == navAt) items.Add(navItem);
            var f = files[i];
            var title = f.Division.Kind switch
            {
                DivisionKind.TitlePage => book.Meta.Title,
                DivisionKind.FrontCover => book.Meta.Locale.Cover,
                DivisionKind.BackCover => book.Meta.Locale.BackCover,
                _ => f.Division.TitleText.Trim(),
            };
            if (title.Length == 0) title = book.Meta.Title;
            var page = Page(title, book.Meta.Language, f.BodyType, StylesheetPath, f.Section);
            items.Add(new("c" + (i + 1).ToString("D2", CultureInfo.InvariantCulture), f.FileName, "application/xhtml+xml", f.HasSvg ? "svg" : null, InSpine: true));
            spineFiles.Add((f.FileName, Serialize(page, htmlDoctype: true)));
        }
        if (navAt == files.Count) items.Add(navItem);
        items.Add(new("css", StylesheetPath, "text/css", null, InSpine: false));
        for (int i = 0; i < coverImages.Count; i++)
            items.Add(new(i == 0 ? "cover-image" : "cover-picture", coverImages[i].Href, coverImages[i].MediaType, coverImages[i].Properties, InSpine: false));
        // The code face travels only in a book that has code; one already among the text faces is not added twice.
        bool hasCode = CodeUse.In(book);
        var codeFont = hasCode ? options.CodeFont?.Invoke() : null;
        var fonts = codeFont is null || options.Fonts.Any(f => string.Equals(f.FileName, codeFont.FileName, StringComparison.OrdinalIgnoreCase))
            ? options.Fonts : [.. options.Fonts, codeFont];
        CheckFonts(fonts);
        for (int i = 0; i < fonts.Count; i++)
            items.Add(new("font" + (i + 1).ToString(CultureInfo.InvariantCulture), "fonts/" + fonts[i].FileName, "font/ttf", null, InSpine: false));

        // Pictures are referenced from the text files (img src), so they are manifest items outside the spine.
        var pictures = options.PictureFiles.Files.ToList();
        for (int i = 0; i < pictures.Count; i++)
            items.Add(new("img" + (i + 1).ToString(CultureInfo.InvariantCulture), pictures[i].Href, pictures[i].Picture.MediaType, null, InSpine: false));

        zip.Add("EPUB/package.opf", Serialize(PackageDocument.Build(book.Meta, modified, items, pageList.Count > 0), htmlDoctype: false));
        zip.Add("EPUB/" + NavDocument.FileName, Serialize(nav, htmlDoctype: true));
        foreach (var (href, bytes) in spineFiles) zip.Add("EPUB/" + href, bytes);
        zip.Add("EPUB/" + StylesheetPath, Stylesheet.Build(options, hasCode, codeFont, coverImages.Count > 0));
        foreach (var c in coverImages) zip.Add("EPUB/" + c.Href, c.Bytes);
        foreach (var f in fonts) zip.Add("EPUB/fonts/" + f.FileName, f.Data);
        foreach (var (href, picture) in pictures) zip.Add("EPUB/" + href, picture.Data);
        zip.WriteTo(output, modified);
    }

    static XElement Container()
    {
        XNamespace c = "urn:oasis:names:tc:opendocument:xmlns:container";
        return new XElement(c + "container", new XAttribute("version", "1.0"),
            new XElement(c + "rootfiles",
                new XElement(c + "rootfile", new XAttribute("full-path", "EPUB/package.opf"), new XAttribute("media-type", "application/oebps-package+xml"))));
    }

    /// <summary>"03-d-01-before-1992.xhtml": book order first, then the division id, so names sort and stay stable.</summary>
    static string FileName(int seq, string divisionId, HashSet<string> used)
    {
        var slug = XmlIds.Clean(divisionId).Replace('.', '-').ToLowerInvariant();
        var name = seq.ToString("D2", CultureInfo.InvariantCulture) + "-" + slug + ".xhtml";
        for (int n = 2; !used.Add(name); n++) name = seq.ToString("D2", CultureInfo.InvariantCulture) + "-" + slug + "-" + n.ToString(CultureInfo.InvariantCulture) + ".xhtml";
        return name;
    }

    /// <summary>Sets the href of every internal link; a link to an id the book lacks keeps its text, unlinked.</summary>
    static void ResolveLinks(List<RenderedFile> files, AnchorMap anchors)
    {
        foreach (var f in files)
            foreach (var a in f.Section.Descendants(Ns + "a").ToList())
            {
                if (a.Annotation<PendingLink>() is not { } link) continue;
                if (anchors.Href(link.TargetId, f.FileName) is { } href) a.SetAttributeValue("href", href);
                else a.ReplaceWith(a.Nodes().ToList());
            }
    }

    /// <summary>
    /// Puts a pagebreak marker before the element where each printed page starts and returns the
    /// page-list entries; markers for pages of the contents go into the nav, returned separately.
    /// </summary>
    static (List<(string Href, string Label)> Pages, List<XElement> NavMarkers) PlaceBreaks(
        IReadOnlyList<PageBreak> breaks, List<RenderedFile> files, Dictionary<string, int> startOf, AnchorMap anchors, XmlIds ids)
    {
        var pages = new List<(string, string)>();
        var navMarkers = new List<XElement>();
        var byId = new Dictionary<string, Dictionary<string, XElement>>(StringComparer.Ordinal);
        foreach (var b in breaks)
        {
            if (!startOf.TryGetValue(b.DivisionId, out int fileIndex))
            {
                // A division after the last file (a trailing half title…) has nowhere to go: refuse rather than guess.
                throw new ArgumentException($"page break '{b.Label}' names division '{b.DivisionId}', which the book does not have or which has no page in the e-book", nameof(breaks));
            }
            var id = ids.Allocate("page-" + b.Label);
            var marker = E("span", Type("pagebreak"), A("id", id), Role("doc-pagebreak"), A("aria-label", b.Label));
            bool atStart = b.AnchorId is null || b.AnchorId == b.DivisionId;
            if (atStart && fileIndex < 0)
            {
                navMarkers.Add(marker);
                pages.Add((NavDocument.FileName + "#" + id, b.Label));
                continue;
            }
            if (atStart)
            {
                InsertAtStart(files[fileIndex].Section, marker);
                pages.Add((files[fileIndex].FileName + "#" + id, b.Label));
                continue;
            }
            if (!anchors.TryGet(b.AnchorId!, out var place) || files.FirstOrDefault(f => f.FileName == place.File) is not { } file)
                throw new ArgumentException($"page break '{b.Label}' starts at anchor '{b.AnchorId}', which is not in the e-book", nameof(breaks));
            if (!byId.TryGetValue(file.FileName, out var map))
                byId[file.FileName] = map = file.Section.DescendantsAndSelf()
                    .Where(e => e.Attribute("id") is not null)
                    .GroupBy(e => e.Attribute("id")!.Value, StringComparer.Ordinal)
                    .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
            var target = map[place.XmlId];
            if (target == file.Section || target.Name.LocalName is "li" or "dt" or "dd" or "tr" or "thead" or "tbody" or "caption" or "td" or "th")
                InsertAtStart(target, marker);   // phrasing content is not allowed between these and their parent
            else
                target.AddBeforeSelf(marker);
            pages.Add((file.FileName + "#" + id, b.Label));
        }
        return (pages, navMarkers);
    }

    /// <summary>Inserts after any markers already there, so several pages starting at one place keep their order.</summary>
    static void InsertAtStart(XElement parent, XElement marker)
    {
        var first = parent.Nodes().FirstOrDefault(n => !(n is XElement e && (string?)e.Attribute(Xhtml.Epub + "type") == "pagebreak"));
        if (first is null) parent.Add(marker);
        else first.AddBeforeSelf(marker);
    }

    /// <summary>The date as a UTC timestamp to the second, for dcterms:modified and the zip entries; 1980-01-01 (the zip epoch) without one.</summary>
    static DateTime Timestamp(DateTimeOffset? date)
    {
        if (date is { } dto)
        {
            var utc = dto.UtcDateTime;
            return new DateTime(utc.Year, utc.Month, utc.Day, utc.Hour, utc.Minute, utc.Second, DateTimeKind.Utc);
        }
        return new DateTime(1980, 1, 1, 0, 0, 0, DateTimeKind.Utc);
    }

    static void CheckFonts(IReadOnlyList<EpubFont> fonts)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var f in fonts)
        {
            if (f.FileName.Length == 0 || f.FileName.Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.')))
                throw new ArgumentException($"font file name '{f.FileName}' must be a plain name of ASCII letters, digits, '-', '_' and '.'");
            if (f.Style is not ("normal" or "italic"))
                throw new ArgumentException($"font '{f.FileName}' has style '{f.Style}'; use \"normal\" or \"italic\"");
            if (!seen.Add(f.FileName)) throw new ArgumentException($"font file '{f.FileName}' is listed twice");
        }
    }
}
