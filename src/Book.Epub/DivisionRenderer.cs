using System.Globalization;
using System.Xml.Linq;
using Book.Model;
using static Book.Epub.Xhtml;

namespace Book.Epub;

/// <summary>
/// Turns divisions into XHTML sections. Ids are allocated in book order through one
/// <see cref="XmlIds"/>; internal links are left as <see cref="PendingLink"/> annotations
/// and resolved once every file is rendered, because a link may point forward.
/// </summary>
sealed partial class DivisionRenderer(BookDocument book, EpubOptions options, XmlIds ids, AnchorMap anchors)
{
    BookMetadata Meta => book.Meta;
    readonly BlockRenderers renderers = BlockRenderers.Default;
    // Made on first use: a field initializer cannot pass this.
    RenderContext? _context;
    RenderContext Context => _context ??= new RenderContext(this, book, options, ids);

    RenderedFile? _file;
    Dictionary<string, (Note Note, string XmlId)> _notes = new(StringComparer.Ordinal);
    Dictionary<string, string> _firstRef = new(StringComparer.Ordinal);

    string FileName => _file!.FileName;
    /// <summary>The file being rendered.</summary>
    internal RenderedFile File => _file!;

    public RenderedFile Render(Division d, string fileName, string bodyType)
    {
        var (type, role) = SectionSemantics(d);
        var section = E("section", type is null ? null : Type(type), role is null ? null : Role(role));
        _file = new RenderedFile(fileName, d, section, bodyType);
        section.Add(A("id", Anchor(d.Id)));
        _notes = new(StringComparer.Ordinal);
        _firstRef = new(StringComparer.Ordinal);
        foreach (var n in d.Notes)
            if (!_notes.ContainsKey(n.Id)) _notes[n.Id] = (n, Anchor(n.Id, "note-" + n.Id));

        if (d.Title.Count > 0 && d.TitleText.Trim().Length > 0) section.Add(DivisionHeading(d));
        section.Add(Blocks(d.Blocks));
        if (d.Notes.Count > 0)
            section.Add(E("div", Class("footnotes"), _notes.Values.Select(n => NoteAside(n.Note, n.XmlId))));
        return _file;
    }

    /// <summary>The title page is built from the metadata, not from Markdown.</summary>
    public RenderedFile RenderTitlePage(Division d, string fileName)
    {
        var section = E("section", Type("titlepage"), Class("title-page"));
        _file = new RenderedFile(fileName, d, section, "frontmatter");
        section.Add(A("id", Anchor(d.Id)));
        section.Add(E("h1", Class("title"), T(Meta.Title)));
        if (!string.IsNullOrEmpty(Meta.Subtitle)) section.Add(E("p", Class("subtitle"), T(Meta.Subtitle)));
        if (TitlePageText.Editors(Meta) is { } editors) section.Add(E("p", Class("editors"), T(editors)));
        var edition = string.Join(", ", new[] { Meta.Edition, Meta.Date is { Length: 10 } ? TitlePageText.Date(Meta) : Meta.Date }.Where(s => !string.IsNullOrEmpty(s)));
        if (edition.Length > 0) section.Add(E("p", Class("edition"), T(edition)));
        return _file;
    }

    static (string? Type, string? Role) SectionSemantics(Division d)
    {
        // The generated appendices say what they are (not found by what blocks they happen to hold).
        if (d.Generated == GeneratedAppendix.Bibliography) return ("bibliography", "doc-bibliography");
        if (d.Generated == GeneratedAppendix.Index) return ("index", "doc-index");
        return d.Kind switch
        {
            DivisionKind.Chapter => ("chapter", "doc-chapter"),
            DivisionKind.Appendix => ("appendix", "doc-appendix"),
            DivisionKind.Colophon => ("colophon", "doc-colophon"),
            DivisionKind.Dedication => ("dedication", "doc-dedication"),
            _ => (null, null),
        };
    }

    /// <summary>"Chapter 1" / "Appendix A" above the title, so both read aloud as one heading.</summary>
    XElement DivisionHeading(Division d)
    {
        var h = E("h1");
        if (DivisionLabels.Label(d, Meta.Locale) is { } label)
            h.Add(E("span", Class("number"), T(label)), T(" "));
        h.Add(E("span", Class("title"), Inlines(d.Title)));
        return h;
    }

    /// <summary>Allocates the XHTML id for a model id and records where it lives.</summary>
    internal string Anchor(string modelId, string? wanted = null)
    {
        var x = ids.Allocate(wanted ?? modelId);
        anchors.Add(modelId, FileName, x);
        return x;
    }

    XElement NoteAside(Note n, string xmlId)
    {
        var aside = E("aside", Type("footnote"), Role("doc-footnote"), A("id", xmlId));
        var number = n.Number.ToString(CultureInfo.InvariantCulture);
        object mark = _firstRef.TryGetValue(n.Id, out var refId)
            ? E("a", A("href", "#" + refId), Role("doc-backlink"), A("aria-label", Meta.Locale.Format("back-to-note", number)), T(number))
            : T(number);
        var blocks = Blocks(n.Blocks).ToList();
        if (blocks.FirstOrDefault() is XElement { Name.LocalName: "p" } first)
            first.AddFirst(E("span", Class("note-number"), mark), T(" "));
        else
            blocks.Insert(0, E("p", E("span", Class("note-number"), mark)));
        aside.Add(blocks);
        return aside;
    }
}
