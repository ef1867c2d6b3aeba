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
