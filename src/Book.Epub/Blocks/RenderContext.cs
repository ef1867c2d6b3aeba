using System.Xml.Linq;
using Book.Model;

namespace Book.Epub;

/// <summary>
/// What a block renderer may use of the division being rendered: the book and options, the inline
/// and nested-block rendering, the id allocator and anchor map (through <see cref="Anchor"/>), and
/// the file it writes into (its section list for the nav, whether it holds SVG).
/// </summary>
sealed class RenderContext(DivisionRenderer division, BookDocument book, EpubOptions options, XmlIds ids)
{
    public BookDocument Book => book;
    public EpubOptions Options => options;
    public string Language => book.Meta.Language;
    public Locale Locale => book.Meta.Locale;

    public IEnumerable<XNode> Inlines(IReadOnlyList<Inline> inlines) => division.Inlines(inlines);
    /// <summary>The blocks of a container (quote, list item, div, definition), each by its renderer.</summary>
    public IEnumerable<XElement> Blocks(IReadOnlyList<Block> blocks) => division.Blocks(blocks);

    /// <summary>Allocates the XHTML id for a model id and records in the anchor map where it lives.</summary>
    public string Anchor(string modelId, string? wanted = null) => division.Anchor(modelId, wanted);
    /// <summary>An XHTML id no link points to (a chart's title); never in the anchor map.</summary>
    public string AllocateId(string wanted) => ids.Allocate(wanted);
    /// <summary>A link to a model id, resolved once every file is rendered.</summary>
    public XElement PendingAnchor(string targetId, params object[] content) => division.PendingAnchor(targetId, content);

    /// <summary>A level-2 heading of the file, for the nav's nested entries.</summary>
    public void AddSection(string xmlId, string text) => division.File.Sections.Add((xmlId, text));
    /// <summary>Marks the file as holding inline SVG (the manifest declares it).</summary>
    public void UsesSvg() => division.File.HasSvg = true;
}
