using System.Globalization;
using System.Xml.Linq;
using Book.Model;
using static Book.Epub.Xhtml;

namespace Book.Epub;

sealed partial class DivisionRenderer
{
    internal IEnumerable<XNode> Inlines(IReadOnlyList<Inline> inlines)
    {
        if (inlines.Any(i => i is RawInline)) return InlinesWithHtml(inlines);
        return Plain(inlines);
    }

    IEnumerable<XNode> Plain(IReadOnlyList<Inline> inlines)
    {
        for (int k = 0; k < inlines.Count; k++)
        {
            // Two note marks in a row would read as one number: a raised comma between them, as in print.
            if (inlines[k] is NoteRef && k > 0 && inlines[k - 1] is NoteRef) yield return E("sup", T(","));
            foreach (var n in Inline(inlines[k]))
                yield return n;
        }
    }

    IEnumerable<XNode> Inline(Inline i)
    {
        switch (i)
        {
            case Text t: yield return T(t.Value); break;
            case Emphasis e: yield return E("em", Inlines(e.Content)); break;
            case Strong s: yield return E("strong", Inlines(s.Content)); break;
            case Code c: yield return E("code", T(c.Value)); break;
            // Not typeset: the TeX source as typed, so a reader (or MathJax) sees what the author wrote.
            case TexMath m when m.Display: yield return E("code", Class("math display"), T("$$" + m.Tex + "$$")); break;
            case TexMath m: yield return E("code", Class("math inline"), T("$" + m.Tex + "$")); break;
            case Styled s: yield return StyledElement(s); break;
            case LineBreak: yield return E("br"); break;
            case Link l when l.Target.StartsWith('#'):
                yield return PendingAnchor(l.Target[1..], Inlines(l.Content).ToArray());
                break;
            case Link l:
                // Spaces are the one thing Markdown lets through that an href may not hold.
                yield return E("a", A("href", l.Target.Trim().Replace(" ", "%20", StringComparison.Ordinal)), Inlines(l.Content));
                break;
            case Span s when s.Language is null && s.Classes.Count == 0:
                foreach (var n in Inlines(s.Content)) yield return n;
                break;
            case Span s:
                yield return E("span",
                    s.Language is { } lang ? new XAttribute(XNamespace.Xml + "lang", lang) : null,
                    s.Language is { } lang2 ? A("lang", lang2) : null,
                    Class(string.Join(" ", s.Classes.Select(XmlIds.Clean))),
                    Inlines(s.Content));
                break;
            case NoteRef r: yield return NoteMark(r); break;
            case Image img: yield return ImageElement(img); break;
            case Target t: yield return E("span", A("id", Anchor(t.Id))); break;
            case IndexTerm t: yield return E("span", A("id", Anchor(t.EntryId)), Inlines(t.Content)); break;
            case PageRef p:
            {
                var label = options.PageLabels is { } pages && pages.TryGetValue(p.TargetId, out var l) ? l : "\u2192";
                yield return PendingAnchor(p.TargetId, T(label));
                break;
            }
            // The resolver replaces these before any writer runs; if one slips through, keep its text visible.
            case Citation c:
                yield return E("span", Class("unresolved"), T("[" + string.Join("; ", c.Items.Select(x => "@" + x.Key)) + "]"));
                break;
            case CrossRef x:
                yield return E("span", Class("unresolved"), T("@" + x.TargetId));
                break;
        }
    }

    /// <summary>A picture in running text, as tall as the text's capitals unless it was given a size.</summary>
    XElement ImageElement(Image img)
    {
        if (options.PictureFiles.Href(img.Picture.Path) is not { } href) return E("span", Class("missing-image"), T(img.AltText));
        var style = Pictures.Style(img.Picture) ?? "height:0.75em";
        return E("img", Class("inline"), A("src", href), A("alt", img.AltText), A("style", style));
    }

    /// <summary>The superscript note mark, linked both ways; a second reference to one note gets its own id.</summary>
    XElement NoteMark(NoteRef r)
    {
        var number = T(r.Number.ToString(CultureInfo.InvariantCulture));
        if (!_notes.TryGetValue(r.NoteId, out var note)) return E("sup", Class("noteref"), number);
        var refId = ids.Allocate("ref-" + r.NoteId);
        _firstRef.TryAdd(r.NoteId, refId);
        return E("sup", Class("noteref"),
            E("a", Type("noteref"), Role("doc-noteref"), A("href", "#" + note.XmlId), A("id", refId), number));
    }
}
