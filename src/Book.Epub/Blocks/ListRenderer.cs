using System.Globalization;
using System.Xml.Linq;
using Book.Model;
using static Book.Epub.Xhtml;

namespace Book.Epub;

/// <summary>
/// A bulleted or numbered list, as Pandoc writes it: a numbered one says its style in <c>type</c>
/// ("a" "A" "i" "I") and where it starts; a delimiter other than "." and an example list are classes the
/// stylesheet draws the markers for ("c)" "(iv)"); a task item starts with a disabled checkbox.
/// </summary>
sealed class ListRenderer : BlockRenderer<ListBlock>
{
    protected override XElement Render(ListBlock l, RenderContext ctx) =>
        E(l.Ordered ? "ol" : "ul",
            Class(ListClass(l)),
            l.Ordered ? TypeAttribute(l.Numbering) : null,
            l.Ordered && l.Start != 1 ? A("start", l.Start.ToString(CultureInfo.InvariantCulture)) : null,
            l.Items.Select(i => Item(i, ctx)));

    static XAttribute? TypeAttribute(ListNumbering n) => n switch
    {
        ListNumbering.LowerAlpha => A("type", "a"),
        ListNumbering.UpperAlpha => A("type", "A"),
        ListNumbering.LowerRoman => A("type", "i"),
        ListNumbering.UpperRoman => A("type", "I"),
        _ => null,
    };

    /// <summary>"task-list" for a list of tasks; for "1)" and "(1)" the delimiter and the counter style (CSS cannot tell "a" from "A" in <c>type</c>).</summary>
    static string? ListClass(ListBlock l)
    {
        if (!l.Ordered) return l.Items.Count > 0 && l.Items.All(i => i.Checked is not null) ? "task-list" : null;
        if (l.Numbering == ListNumbering.Example) return "example";
        string? delimiter = l.Delimiter switch { ListDelimiter.OneParen => "one-paren", ListDelimiter.TwoParens => "two-parens", _ => null };
        if (delimiter is null) return null;
        string? style = l.Numbering switch
        {
            ListNumbering.LowerAlpha => "lower-alpha",
            ListNumbering.UpperAlpha => "upper-alpha",
            ListNumbering.LowerRoman => "lower-roman",
            ListNumbering.UpperRoman => "upper-roman",
            _ => null,
        };
        return style is null ? delimiter : delimiter + " " + style;
    }

    /// <summary>A tight item (one paragraph) keeps its text directly in the li, as Markdown renders it.</summary>
    static XElement Item(ListItem item, RenderContext ctx)
    {
        var box = item.Checked is { } done
            ? E("input", A("type", "checkbox"), A("disabled", "disabled"), done ? A("checked", "checked") : null)
            : null;
        if (item.Blocks is [Paragraph { Role: ParagraphRole.Body } only])
            return E("li", Class(box is null ? null : "task"), box, box is null ? null : T(" "), ctx.Inlines(only.Content));
        var blocks = ctx.Blocks(item.Blocks).ToList();
        // The box belongs in the item's first paragraph, beside its text, not on a line of its own above it.
        if (box is not null && blocks.FirstOrDefault() is { } first && first.Name == Ns + "p") { first.AddFirst(box, T(" ")); box = null; }
        return E("li", Class(item.Checked is null ? null : "task"), box, blocks);
    }
}
