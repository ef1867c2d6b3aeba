using Book.Model;
using Markdig.Syntax.Inlines;

namespace Book.Core.Markdown;

public sealed partial class ChapterParser
{
    /// <summary>
    /// Pandoc's <c>~~strikeout~~</c>, <c>^superscript^</c> and <c>~subscript~</c>. As in Pandoc, a
    /// superscript or subscript may not hold an unescaped space (<c>\ </c> is a no-break space in one):
    /// with one it is not a superscript at all, and its delimiters stay as typed.
    /// </summary>
    IReadOnlyList<Model.Inline> StyledFor(EmphasisInline em, int lb, int cb)
    {
        var inner = Inlines(em, lb, cb);
        if (em.DelimiterChar == '~' && em.DelimiterCount >= 2) return [new Styled(InlineStyle.Strikeout, inner)];
        var style = em.DelimiterChar == '^' ? InlineStyle.Superscript : InlineStyle.Subscript;
        if (!HasUnescapedSpace(em)) return [new Styled(style, EscapedSpaces(inner))];
        var delimiter = new string(em.DelimiterChar, em.DelimiterCount);
        var literal = new List<Model.Inline>();
        Append(literal, delimiter);
        foreach (var i in inner)
            if (i is Model.Text t) Append(literal, t.Value); else literal.Add(i);
        Append(literal, delimiter);
        return literal;
    }

    static bool HasUnescapedSpace(ContainerInline c)
    {
        foreach (var i in c)
        {
            if (i is LiteralInline lit)
            {
                var s = lit.Content.AsSpan();
                for (int k = 0; k < s.Length; k++)
                    if (char.IsWhiteSpace(s[k]) && (k == 0 || s[k - 1] != '\\')) return true;
            }
            else if (i is LineBreakInline) return true;
            else if (i is ContainerInline nested && HasUnescapedSpace(nested)) return true;
        }
        return false;
    }

    /// <summary>Pandoc's backslash-space inside a superscript or subscript is a no-break space.</summary>
    static IReadOnlyList<Model.Inline> EscapedSpaces(IReadOnlyList<Model.Inline> inner) =>
        inner.Select(i => i is Model.Text t && t.Value.Contains("\\ ", StringComparison.Ordinal)
            ? new Model.Text(t.Value.Replace("\\ ", "\u00A0", StringComparison.Ordinal)) : i).ToList();
}

public sealed partial class ChapterParser
{
    /// <summary>
    /// Pandoc's other spelling of small caps, <c>&lt;span class="smallcaps"&gt;…&lt;/span&gt;</c>: when the
    /// span closes within the same inline content, it becomes small caps for every output (other classes
    /// and a language stay on a span inside), so its tags are not raw HTML any more.
    /// </summary>
    static void SmallCapsSpans(List<Model.Inline> list)
    {
        for (int i = 0; i < list.Count; i++)
        {
            if (list[i] is not RawInline { Format: "html" } raw || RawHtml.ReadTag(raw.Text) is not { Kind: RawHtml.TagKind.Open, Name: "span" } open) continue;
            var classes = ((string?)open.Element!.Attribute("class") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
            if (!classes.Remove("smallcaps")) continue;
            int close = -1;
            for (int k = i + 1, depth = 0; k < list.Count && close < 0; k++)
                if (list[k] is RawInline { Format: "html" } r && RawHtml.ReadTag(r.Text) is { Name: "span" } tag)
                {
                    if (tag.Kind == RawHtml.TagKind.Open) depth++;
                    else if (tag.Kind == RawHtml.TagKind.Close && depth-- == 0) close = k;
                }
            if (close < 0) continue;
            var inner = list.GetRange(i + 1, close - i - 1);
            SmallCapsSpans(inner);
            var lang = (string?)open.Element.Attribute("lang");
            list.RemoveRange(i, close - i + 1);
            list.Insert(i, new Styled(InlineStyle.SmallCaps, lang is null && classes.Count == 0 ? inner : [new Span(inner, lang, classes)]));
        }
    }
}
