using Book.Model;
using Markdig.Syntax;
using Markdig.Renderers.Html;
using MdTable = Markdig.Extensions.Tables.Table;
using MdRow = Markdig.Extensions.Tables.TableRow;
using MdCell = Markdig.Extensions.Tables.TableCell;
using MdAlign = Markdig.Extensions.Tables.TableColumnAlign;

namespace Book.Core.Markdown;

public sealed partial class ChapterParser
{
    /// <summary>
    /// A pipe table, with Pandoc's <c>Table: caption {#tbl:id}</c> line <paramref name="before"/> it or, when
    /// there is none, the one that follows it.
    /// </summary>
    Model.Block PipeTable(MdTable t, List<Markdig.Syntax.Block> siblings, ref int index, ParagraphBlock? before)
    {
        var align = t.ColumnDefinitions.Select(c => c.Alignment switch
        {
            MdAlign.Left => ColumnAlign.Left,
            MdAlign.Center => ColumnAlign.Center,
            MdAlign.Right => ColumnAlign.Right,
            _ => ColumnAlign.Default,
        }).ToList();
        var header = new List<IReadOnlyList<TableCell>>();
        var rows = new List<IReadOnlyList<TableCell>>();
        foreach (var row in t.OfType<MdRow>())
        {
            var cells = row.OfType<MdCell>().Select(c =>
            {
                var inl = c.OfType<LeafBlock>().SelectMany(l => Inlines(l.Inline)).ToList();
                return new TableCell(inl, Numeric: LooksNumeric(InlineText.Plain(inl)));
            }).ToList();
            (row.IsHeader ? header : rows).Add(cells);
        }
        // Markdig may define one column more than the rows have (a trailing pipe): drop the extra.
        int columns = header.Concat(rows).Select(r => r.Count).DefaultIfEmpty(0).Max();
        while (align.Count > columns) align.RemoveAt(align.Count - 1);
        IReadOnlyList<Model.Inline> caption = [];
        string? id = null;
        if (before is not null)
        {
            // As in Pandoc, a caption before the table is its caption; a "Table:" line after it is then the next table's.
            id = before.TryGetAttributes()?.Id;
            caption = TrimCaptionPrefix(Inlines(before.Inline));
        }
        else if (index + 1 < siblings.Count && siblings[index + 1] is ParagraphBlock cap)
        {
            var capInlines = Inlines(cap.Inline);
            var plain = InlineText.Plain(capInlines);
            if (plain.StartsWith("Table:", StringComparison.Ordinal) || plain.StartsWith(":", StringComparison.Ordinal))
            {
                index++;
                id = cap.TryGetAttributes()?.Id;
                caption = TrimCaptionPrefix(capInlines);
            }
        }
        return new Model.Table(id, null, caption, align, header, rows, []) { Span = Where(t), Widths = PipeWidths(t, columns, header.Count) };
    }

    /// <summary>A paragraph that opens with "Table:" (read before Markdig's inlines are mapped, so nothing is registered twice).</summary>
    static bool OpensWithTable(ParagraphBlock p) =>
        p.Inline?.FirstChild is Markdig.Syntax.Inlines.LiteralInline lit && lit.Content.ToString().StartsWith("Table:", StringComparison.Ordinal);

    static IReadOnlyList<Model.Inline> TrimCaptionPrefix(IReadOnlyList<Model.Inline> inl)
    {
        if (inl.Count == 0 || inl[0] is not Model.Text first) return inl;
        var s = first.Value;
        s = s.StartsWith("Table:", StringComparison.Ordinal) ? s[6..] : s[1..];
        var list = inl.ToList();
        list[0] = new Model.Text(s.TrimStart());
        if (list[^1] is Model.Text last) list[^1] = new Model.Text(last.Value.TrimEnd());
        return list;
    }

    /// <summary>A cell is numeric when it reads as a number (digits, separators, sign, percent).</summary>
    public static bool LooksNumeric(string s)
    {
        s = s.Trim();
        if (s.Length == 0) return false;
        bool digit = false;
        foreach (char c in s)
        {
            if (char.IsAsciiDigit(c)) digit = true;
            else if (c is ',' or '.' or '\u202F' or '\u00A0' or ' ' or '%' or '+' or '-' or '\u2212' or '\u2013' or '~' or 'c') { }
            else return false;
        }
        return digit;
    }
}
