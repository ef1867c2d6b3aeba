using Book.Model;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using MdInline = Markdig.Syntax.Inlines.Inline;

namespace Book.Core.Markdown;

public sealed partial class ChapterParser
{
    /// <summary>
    /// Pandoc's line block (a poem, an address): a paragraph whose every line starts with "| " (or is a
    /// lone "|"), where a line that starts with a space instead continues the line before. Markdig has
    /// already taken what is a pipe table (it needs a delimiter row), so a paragraph of "|" lines that is
    /// left is a line block, as in Pandoc, which tries tables first. Each line keeps its inline markup;
    /// the spaces after "| " become no-break spaces, as Pandoc makes them, so the indentation survives.
    /// Null when the paragraph is not one.
    /// </summary>
    Model.LineBlock? LineBlock(ParagraphBlock p)
    {
        if (p.Inline?.FirstChild is not LiteralInline { IsFirstCharacterEscaped: false } first || !first.Content.AsSpan().StartsWith("|")) return null;
        var rows = new List<List<MdInline>> { new() };
        foreach (var inline in p.Inline)
        {
            if (inline is LineBreakInline) rows.Add([]);
            else rows[^1].Add(inline);
        }
        var lines = new List<IReadOnlyList<Model.Inline>>();
        foreach (var row in rows)
        {
            if (row.Count == 0) return null;
            bool bar = row[0] is LiteralInline { IsFirstCharacterEscaped: false } lit && lit.Content.AsSpan().StartsWith("|");
            var content = Inlines(row);
            if (!bar)
            {
                // A continuation starts further in than the block (Markdig has dropped the spaces themselves).
                if (row[0].Column <= first.Column || lines.Count == 0) return null;
                lines[^1] = [.. lines[^1], new Model.Text(" "), .. content];
                continue;
            }
            if (content is not [Model.Text { Value: var head }, ..]) return null;
            if (head.Length > 1 && head[1] != ' ' || head.Length == 1 && content.Count > 1) return null; // "|x" is no line block
            lines.Add(Line(head, content));
        }
        // Pandoc reads each line on its own; Markdig let emphasis or a link run across the break, so that
        // line holds the next one too (with its bar). Said rather than set silently.
        if (p.Inline.Descendants<LineBreakInline>().FirstOrDefault(b => b.Parent != p.Inline) is { } inner)
            _diags.Warning(Where(inner.Line, inner.Column), "emphasis, a link or a span runs across two lines of a line block; the lines are set as one. Close it on each line");
        return new Model.LineBlock(lines) { Span = Where(p) };
    }

    /// <summary>One line without its "| ": the spaces that indent it become no-break spaces.</summary>
    static List<Model.Inline> Line(string head, List<Model.Inline> content)
    {
        var rest = head.Length > 2 ? head[2..] : "";
        int indent = rest.Length - rest.TrimStart(' ').Length;
        rest = new string('\u00A0', indent) + rest[indent..];
        var line = content.Skip(1).ToList();
        if (rest.Length > 0) line.Insert(0, new Model.Text(rest));
        return line;
    }
}
