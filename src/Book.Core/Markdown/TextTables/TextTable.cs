using Book.Model;

namespace Book.Core.Markdown;

/// <summary>A cell of a table drawn in plain text: its source (lines joined by '\n') and where that starts (0-based).</summary>
sealed record TextCell(string Text, int Line, int Column);

/// <summary>Pandoc's three tables drawn with dashes and spaces (simple, multiline) or with a grid of + - | (grid).</summary>
enum TextTableKind { Simple, Multiline, Grid }

/// <summary>
/// A simple, multiline or grid table as found in a chapter's source lines, before its cells are parsed:
/// <see cref="First"/>..<see cref="Last"/> are the lines it covers, its caption paragraph included.
/// </summary>
sealed record TextTable(
    TextTableKind Kind,
    int First,
    int Last,
    IReadOnlyList<ColumnAlign> Align,
    IReadOnlyList<double>? Widths,
    IReadOnlyList<IReadOnlyList<TextCell>> Header,
    IReadOnlyList<IReadOnlyList<TextCell>> Rows)
{
    /// <summary>The <c>Table: …</c> (or <c>: …</c>) paragraph before or after the table, prefix included.</summary>
    public TextCell? Caption { get; init; }
}

/// <summary>Something that looked like a table but could not be read as one; it stays text.</summary>
readonly record struct TextTableProblem(int Line, int Column, string Message);
