using System.Globalization;
using System.Text;
using Book.Model;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Book.Core.Markdown;

/// <summary>
/// Pandoc's simple, multiline and grid tables. They are found in the source lines first
/// (<see cref="TextTables"/>) and each is replaced by a one-line paragraph holding a private-use
/// placeholder, blank lines standing for the rest, so Markdig sees the same line numbers; the
/// placeholder paragraph becomes the table here, its cells parsed as Markdown of their own.
/// </summary>
public sealed partial class ChapterParser
{
    const char TableMark = '\uE000';
    readonly List<TextTable> _textTables = new();
    /// <summary>The chapter's source lines, for the widths of pipe tables (Pandoc's rule looks at their length).</summary>
    IReadOnlyList<string> _sourceLines = [];
    /// <summary>Where the fragment being parsed (a grid table's cell) starts in the file; 0 for the file itself.</summary>
    int _lineBase, _columnBase;

    /// <summary>The chapter's text with its plain-text tables replaced by placeholders (unchanged when it has none).</summary>
    string WithTextTables(string markdown)
    {
        var lines = markdown.Split('\n').Select(l => Detab(l.TrimEnd('\r'))).ToArray();
        _sourceLines = lines;
        var problems = new List<TextTableProblem>();
        var found = TextTables.Find(lines, problems);
        foreach (var p in problems) _diags.Warning(Where(p.Line, p.Column), p.Message);
        if (found.Count == 0) return markdown;
        var original = markdown.Split('\n');
        foreach (var t in found)
        {
            original[t.First] = TableMark + "TABLE" + _textTables.Count.ToString(CultureInfo.InvariantCulture) + TableMark;
            for (int k = t.First + 1; k <= t.Last; k++) original[k] = "";
            _textTables.Add(t);
        }
        return string.Join('\n', original);
    }

    static string Detab(string line)
    {
        if (!line.Contains('\t')) return line;
        var sb = new StringBuilder();
        foreach (char c in line)
        {
            if (c == '\t') sb.Append(' ', 4 - sb.Length % 4);
            else sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>The table a placeholder paragraph stands for.</summary>
    TextTable? PlaceholderTable(ParagraphBlock p)
    {
        if (p.Inline?.FirstChild is not LiteralInline lit || lit.NextSibling is not null) return null;
        var s = lit.Content.ToString();
        if (s.Length < 7 || s[0] != TableMark || s[^1] != TableMark || !s.AsSpan(1).StartsWith("TABLE")) return null;
        return int.TryParse(s.AsSpan(6, s.Length - 7), NumberStyles.None, CultureInfo.InvariantCulture, out int n) && n < _textTables.Count ? _textTables[n] : null;
    }

    Model.Table TextTable(TextTable t, Model.SourceSpan span)
    {
        var header = t.Header.Select(r => (IReadOnlyList<Model.TableCell>)r.Select(c => Cell(t, c)).ToList()).ToList();
        var rows = t.Rows.Select(r => (IReadOnlyList<Model.TableCell>)r.Select(c => Cell(t, c)).ToList()).ToList();
        IReadOnlyList<Model.Inline> caption = [];
        string? id = null;
        if (t.Caption is { } cap) (caption, id) = Caption(cap);
        return new Model.Table(id, null, caption, t.Align, header, rows, []) { Span = span, Widths = t.Widths };
    }

    /// <summary>A caption paragraph: its text without the "Table:" or ":" before it, and the id its {#tbl:…} gives.</summary>
    (IReadOnlyList<Model.Inline>, string?) Caption(TextCell cap)
    {
        var text = cap.Text.StartsWith("table:", StringComparison.Ordinal) ? "Table:" + cap.Text[6..] : cap.Text;
        var doc = ParseMarkdown(text, cap.Line, cap.Column);
        if (doc?.OfType<ParagraphBlock>().FirstOrDefault() is not { } para) return ([], null);
        return (TrimCaptionPrefix(Inlines(para.Inline, cap.Line, cap.Column)), para.TryGetAttributes()?.Id);
    }

    /// <summary>
    /// A cell: inline content for simple and multiline tables (as Pandoc reads them, a line starting with
    /// "1." or "-" is text there), blocks for a grid table's; a grid cell of one paragraph keeps it as inlines.
    /// </summary>
    Model.TableCell Cell(TextTable t, TextCell c)
    {
        if (c.Text.Length == 0) return new Model.TableCell([]);
        if (t.Kind != TextTableKind.Grid)
        {
            var inl = ParseInlines(AsInlineMarkdown(c.Text), c.Line, c.Column);
            return new Model.TableCell(inl, Numeric: LooksNumeric(InlineText.Plain(inl)));
        }
        var blocks = CellBlocks(c);
        if (blocks is [Paragraph { Role: ParagraphRole.Body } only])
            return new Model.TableCell(only.Content, Numeric: LooksNumeric(InlineText.Plain(only.Content)));
        // Several blocks: they are the cell. Content keeps their words only, for readers that cannot set blocks.
        return new Model.TableCell([new Model.Text(PlainText(blocks))]) { Blocks = blocks };
    }

    IReadOnlyList<Model.Block> CellBlocks(TextCell c)
    {
        if (!Enter(Where(c.Line, c.Column))) { _depth--; return []; }
        var (line, column) = (_lineBase, _columnBase);
        try
        {
            var doc = ParseMarkdown(c.Text, c.Line, c.Column);
            if (doc is null) return [];
            (_lineBase, _columnBase) = (line + c.Line, column + c.Column);
            return Blocks(doc);
        }
        finally { (_lineBase, _columnBase) = (line, column); _depth--; }
    }

    /// <summary>Escapes what would start a block at a line's beginning, so a cell's lines stay inline text.</summary>
    static string AsInlineMarkdown(string text)
    {
        var lines = text.Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            var l = lines[i];
            if (l.Length == 0) continue;
            if (l[0] is '#' or '>' or '-' or '+' or '*' or '=' or '`' or '~' or '|' or ':' or '<' or '_') { lines[i] = "\\" + l; continue; }
            int d = 0;
            while (d < l.Length && char.IsAsciiDigit(l[d])) d++;
            if (d > 0 && d < l.Length && l[d] is '.' or ')') lines[i] = l[..d] + "\\" + l[d..];
        }
        return string.Join('\n', lines);
    }

    static string PlainText(IEnumerable<Model.Block> blocks)
    {
        var parts = new List<string>();
        void Walk(IEnumerable<Model.Block> bs)
        {
            foreach (var b in bs)
                switch (b)
                {
                    case Paragraph p: parts.Add(InlineText.Plain(p.Content)); break;
                    case Heading h: parts.Add(InlineText.Plain(h.Content)); break;
                    case Model.ListBlock l: foreach (var item in l.Items) Walk(item.Blocks); break;
                    case BlockQuote q: Walk(q.Blocks); break;
                    case Div d: Walk(d.Blocks); break;
                }
        }
        Walk(blocks);
        return string.Join(" ", parts.Where(p => p.Length > 0));
    }

    /// <summary>
    /// Pandoc's rule for pipe tables: when a line of the table is longer than 72 characters its columns
    /// take the text's full width, shared as the separator line's dashes are; otherwise none are given.
    /// One departure: a separator of equal dashes (|---|---|, the way everyone writes one) draws no
    /// proportions, so its columns are fitted to their content, which sets far better than equal shares.
    /// </summary>
    IReadOnlyList<double>? PipeWidths(Markdig.Extensions.Tables.Table t, int columns, int headerRows)
    {
        if (_lineBase != 0) return null; // a table inside a grid table's cell: its lines are not the file's
        int first = t.Line, count = t.Count + (headerRows > 0 ? 1 : 0);
        if (first < 0 || first + count > _sourceLines.Count || headerRows == 0) return null;
        if (!Enumerable.Range(first, count).Any(k => _sourceLines[k].TrimEnd().Length > TextTables.Columns)) return null;
        var sep = _sourceLines[first + headerRows].Trim();
        if (sep.StartsWith('|')) sep = sep[1..];
        if (sep.EndsWith('|')) sep = sep[..^1];
        var parts = sep.Split('|').Select(s => s.Trim().Length).ToList();
        if (parts.Count != columns || parts.Any(p => p == 0)) return null;
        var dashes = parts.Select((p, k) => sep.Split('|')[k].Trim().Count(ch => ch == '-')).ToList();
        if (dashes.Distinct().Count() == 1) return null;
        double total = parts.Sum();
        return parts.Select(p => p / total).ToList();
    }
}
