using System.Xml.Linq;
using Book.Model;
using static Book.Epub.Xhtml;

namespace Book.Epub;

/// <summary>
/// nav.xhtml: the table of contents (every listed division, numbered, with its listed level-2 sections), the
/// landmarks and, when the layout gave page breaks, the page-list. It also stands in the spine
/// where the printed contents page stands, so only the toc is visible; the other two are hidden.
/// </summary>
static class NavDocument
{
    public const string FileName = "nav.xhtml";

    public static XElement Build(BookMetadata meta, string title, IReadOnlyList<RenderedFile> files,
        IReadOnlyList<(string Href, string Label)> pages)
    {
        var toc = E("nav", Type("toc"), Role("doc-toc"), A("id", "toc"),
            E("h1", T(title)),
            E("ol", Class("toc"), files.Where(f => f.Division.Kind != DivisionKind.TitlePage && f.Division.Listed).Select(f =>
                E("li",
                    E("a", A("href", f.FileName), T(EntryText(f.Division, meta.Locale))),
                    f.Sections.Count == 0 ? null : E("ol", f.Sections.Select(s => E("li", E("a", A("href", f.FileName + "#" + s.XmlId), T(s.Text)))))))));

        var landmarks = new List<XElement> { Landmark("toc", FileName + "#toc", title) };
        if (files.FirstOrDefault(f => f.Division.Kind == DivisionKind.Chapter) is { } first)
            landmarks.Add(Landmark("bodymatter", first.FileName, meta.Locale.StartOfContent));
        if (files.FirstOrDefault(f => f.Division.Generated == GeneratedAppendix.Bibliography) is { } bib)
            landmarks.Add(Landmark("bibliography", bib.FileName, bib.Division.TitleText));
        if (files.FirstOrDefault(f => f.Division.Generated == GeneratedAppendix.Index) is { } index)
            landmarks.Add(Landmark("index", index.FileName, index.Division.TitleText));

        var body = new List<XElement>
        {
            toc,
            E("nav", Type("landmarks"), A("hidden", "hidden"), E("h2", T(meta.Locale.Landmarks)), E("ol", landmarks)),
        };
        if (pages.Count > 0)
            body.Add(E("nav", Type("page-list"), Role("doc-pagelist"), A("hidden", "hidden"), E("h2", T(meta.Locale.Pages)),
                E("ol", pages.Select(p => E("li", E("a", A("href", p.Href), T(p.Label)))))));
        return Page(title, meta.Language, "frontmatter", EpubWriter.StylesheetPath, body);
    }

    static XElement Landmark(string type, string href, string text) => E("li", E("a", Type(type), A("href", href), T(text)));

    /// <summary>"1. Khojaly before 1992", "Appendix A. Sources"; unnumbered divisions by title alone.</summary>
    public static string EntryText(Division d, Locale locale)
    {
        var title = d.TitleText.Trim();
        // An untitled dedication or colophon still needs link text.
        if (title.Length == 0) title = d.Kind == DivisionKind.Colophon ? locale["colophon"] : d.Kind == DivisionKind.Dedication ? locale["dedication"] : d.Kind.ToString();
        return DivisionLabels.EntryText(d, locale, title);
    }
}
