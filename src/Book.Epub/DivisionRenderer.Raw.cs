using System.Xml.Linq;
using Book.Model;
using static Book.Epub.Xhtml;

namespace Book.Epub;

sealed partial class DivisionRenderer
{
    /// <summary>
    /// Inline content holding HTML tags: the tags become elements around what lies between them when,
    /// within this paragraph, they balance as inline XHTML (as <see cref="RawHtml.InlineProblem"/>
    /// decides, which the parser's warning used too); otherwise they are left out and their text kept,
    /// a line break excepted. Elements are built here, not by parsing text, so links inside keep their
    /// pending targets.
    /// </summary>
    IEnumerable<XNode> InlinesWithHtml(IReadOnlyList<Inline> inlines)
    {
        bool keep = RawHtml.InlineProblem(inlines.OfType<RawInline>().Where(r => r.Format == "html").Select(r => r.Text)) is null;
        var root = E("root");
        var open = new Stack<XElement>();
        open.Push(root);
        for (int k = 0; k < inlines.Count; k++)
        {
            if (inlines[k] is RawInline raw)
            {
                if (raw.Format != "html") continue;
                if (!keep)
                {
                    if (RawHtml.IsLineBreak(raw.Text)) open.Peek().Add(E("br"));
                    continue;
                }
                var tag = RawHtml.ReadTag(raw.Text);
                if (tag is null) { open.Peek().Add(RawHtml.ParseInline(raw.Text)); continue; }
                switch (tag.Kind)
                {
                    case RawHtml.TagKind.Open: var e = new XElement(tag.Element!); open.Peek().Add(e); open.Push(e); break;
                    case RawHtml.TagKind.Void: open.Peek().Add(new XElement(tag.Element!)); break;
                    case RawHtml.TagKind.Close: open.Pop(); break;
                }
                continue;
            }
            if (inlines[k] is NoteRef && k > 0 && inlines[k - 1] is NoteRef) open.Peek().Add(E("sup", T(",")));
            foreach (var n in Inline(inlines[k])) open.Peek().Add(n);
        }
        var nodes = root.Nodes().ToList();
        root.RemoveNodes();
        return nodes;
    }

    /// <summary>The element a strikeout, superscript, subscript or small-caps span becomes.</summary>
    XElement StyledElement(Styled s) => s.Style switch
    {
        InlineStyle.Strikeout => E("del", Inlines(s.Content)),
        InlineStyle.Superscript => E("sup", Inlines(s.Content)),
        InlineStyle.Subscript => E("sub", Inlines(s.Content)),
        _ => E("span", Class("smallcaps"), Inlines(s.Content)),
    };
}
