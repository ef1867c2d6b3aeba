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
        // Pair the span tags once, left to right, with a stack: each tag is read once. (Looking for
        // each opening tag's close from where it stands read nested spans again at every level.)
        Dictionary<int, (int Close, RawHtml.Tag Open)>? pairs = null;
        Stack<(int At, RawHtml.Tag Tag)>? open = null;
        for (int k = 0; k < list.Count; k++)
        {
            if (list[k] is not RawInline { Format: "html" } raw || RawHtml.ReadTag(raw.Text) is not { Name: "span" } tag) continue;
            if (tag.Kind == RawHtml.TagKind.Open) (open ??= new()).Push((k, tag));
            else if (tag.Kind == RawHtml.TagKind.Close && open is { Count: > 0 })
            {
                var (at, opening) = open.Pop();
                if (HasClass(opening, "smallcaps")) (pairs ??= new())[at] = (k, opening);
            }
        }
        if (pairs is null) return;
        var built = SmallCaps(list, 0, list.Count, pairs, 0);
        list.Clear();
        list.AddRange(built);
    }

    /// <summary>Items [from, to) with each paired small-caps span made <see cref="Styled"/>; past
    /// <see cref="MaxNesting"/> levels the tags stay raw (the model is never deeper than that).</summary>
    static List<Model.Inline> SmallCaps(List<Model.Inline> list, int from, int to, Dictionary<int, (int Close, RawHtml.Tag Open)> pairs, int depth)
    {
        var result = new List<Model.Inline>(to - from);
        for (int i = from; i < to; i++)
        {
            if (depth >= MaxNesting || !pairs.TryGetValue(i, out var pair)) { result.Add(list[i]); continue; }
            var inner = SmallCaps(list, i + 1, pair.Close, pairs, depth + 1);
            var classes = ((string?)pair.Open.Element!.Attribute("class") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
            classes.Remove("smallcaps");
            var lang = (string?)pair.Open.Element.Attribute("lang");
            result.Add(new Styled(InlineStyle.SmallCaps, lang is null && classes.Count == 0 ? inner : [new Span(inner, lang, classes)]));
            i = pair.Close;
        }
        return result;
    }

    static bool HasClass(RawHtml.Tag tag, string name) =>
        ((string?)tag.Element?.Attribute("class") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains(name);
}
