using System.Globalization;
using System.Xml.Linq;
using Book.Model;
using static Book.Epub.Xhtml;

namespace Book.Epub;

sealed partial class DivisionRenderer
{
    /// <summary>Blocks in order; runs of chronology, bibliography and index entries become one list each.</summary>
    IEnumerable<XElement> Blocks(IReadOnlyList<Block> blocks)
    {
        for (int i = 0; i < blocks.Count; i++)
        {
            switch (blocks[i])
            {
                case ChronologyEntry:
                    yield return E("dl", Class("chronology"), Run<ChronologyEntry>(blocks, ref i).SelectMany(e => new[]
                    {
                        E("dt", T(e.DateText)),
                        E("dd", Inlines(e.Content)),
                    }));
                    break;
                case BibliographyEntry:
                    yield return E("ul", Class("bibliography"), Run<BibliographyEntry>(blocks, ref i).Select(e =>
                        E("li", A("id", Anchor("ref-" + e.Key)), Inlines(e.Content))));
                    break;
                case IndexEntry:
                    yield return E("ul", Class("index"), Run<IndexEntry>(blocks, ref i).Select(IndexItem));
                    break;
                default:
                    foreach (var e in Block(blocks[i])) yield return e;
                    break;
            }
        }
    }

    static List<T> Run<T>(IReadOnlyList<Block> blocks, ref int i) where T : Block
    {
        var run = new List<T>();
        while (i < blocks.Count && blocks[i] is T t) { run.Add(t); i++; }
        i--;
        return run;
    }

    IEnumerable<XElement> Block(Block b)
    {
        switch (b)
        {
            case Heading h:
            {
                int level = Math.Clamp(h.Level, 2, 6);
                var el = E("h" + level.ToString(CultureInfo.InvariantCulture));
                if (h.Id is not null)
                {
                    var id = Anchor(h.Id);
                    el.Add(A("id", id));
                    if (h.Level == 2) _file!.Sections.Add((id, InlineText.Plain(h.Content)));
                }
                el.Add(Inlines(h.Content));
                yield return el;
                break;
            }
            case Paragraph p:
                yield return E("p", Class(p.Role switch
                {
                    ParagraphRole.Centered => "centered",
                    ParagraphRole.Epigraph => "epigraph",
                    ParagraphRole.Attribution => "attribution",
                    ParagraphRole.Small => "small",
                    _ => null,
                }), Inlines(p.Content));
                break;
            case BlockQuote q:
                yield return E("blockquote", Blocks(q.Blocks));
                break;
            case ListBlock l:
                yield return E(l.Ordered ? "ol" : "ul",
                    l.Ordered && l.Start != 1 ? A("start", l.Start.ToString(CultureInfo.InvariantCulture)) : null,
                    l.Items.Select(ListItem));
                break;
            case ThematicBreak:
                yield return E("hr");
                break;
            case Div d:
                yield return E("div", d.Id is null ? null : A("id", Anchor(d.Id)),
                    Class(string.Join(" ", d.Classes.Select(XmlIds.Clean))), Blocks(d.Blocks));
                break;
            case Table t:
                yield return TableBlock(t);
                break;
            case BarChart c:
                _file!.HasSvg = true;
                yield return Chart(c);
                break;
            case ChronologyEntry or BibliographyEntry or IndexEntry:
                foreach (var e in Blocks([b])) yield return e;
                break;
            case ContentsBlock:
                // The nav document is the book's contents; elsewhere this block has nothing to add.
                break;
            case ListOfBlock list:
                yield return E("ul", Class("list-of"), ListOf.Entries(book, list.Of).Select(e =>
                    E("li", PendingAnchor(e.Anchor, T(e.Label)), T(" "), Inlines(e.Caption))));
                break;
        }
    }

    /// <summary>A tight item (one paragraph) keeps its text directly in the li, as Markdown renders it.</summary>
    XElement ListItem(ListItem item) =>
        item.Blocks is [Paragraph { Role: ParagraphRole.Body } only]
            ? E("li", Inlines(only.Content))
            : E("li", Blocks(item.Blocks));

    /// <summary>"Term, 1, 2, 3" with a link to each occurrence (printed page labels when known); then "see …".</summary>
    XElement IndexItem(IndexEntry e)
    {
        var li = E("li", E("span", Class("term"), Inlines(e.Term)));
        string? last = null;
        int n = 0;
        foreach (var anchor in e.AnchorIds)
        {
            n++;
            var label = options.PageLabels is { } pages && pages.TryGetValue(anchor, out var p) ? p : n.ToString(CultureInfo.InvariantCulture);
            if (label == last) continue;          // two occurrences on one printed page: one locator
            last = label;
            li.Add(T(", "), PendingAnchor(anchor, T(label)));
        }
        if (e.See is { Length: > 0 } see)
            li.Add(T(e.AnchorIds.Count > 0 ? "; " : ", "), E("em", T(e.AnchorIds.Count > 0 ? "see also" : "see")), T(" " + see));
        return li;
    }

    XElement PendingAnchor(string targetId, params object[] content)
    {
        var a = E("a", content);
        a.AddAnnotation(new PendingLink(targetId));
        return a;
    }
}
