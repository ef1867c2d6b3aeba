namespace Book.Model;

/// <summary>Block content. <see cref="Span"/> points back to the Markdown for diagnostics.</summary>
public abstract record Block
{
    public SourceSpan? Span { get; init; }
}

public sealed record Heading(int Level, string? Id, IReadOnlyList<Inline> Content) : Block
{
    /// <summary>False for <c>{-}</c> or <c>.unnumbered</c>: a chapter title so marked gets no number.</summary>
    public bool Numbered { get; init; } = true;
    /// <summary>False for <c>.unlisted</c>: left out of the contents and the navigation.</summary>
    public bool Listed { get; init; } = true;
}

public enum ParagraphRole { Body, Centered, Epigraph, Attribution, Small }

public sealed record Paragraph(IReadOnlyList<Inline> Content, ParagraphRole Role = ParagraphRole.Body) : Block;
public sealed record BlockQuote(IReadOnlyList<Block> Blocks) : Block;
public sealed record ListBlock(bool Ordered, int Start, IReadOnlyList<ListItem> Items) : Block
{
    /// <summary>How an ordered list counts (Pandoc's fancy lists: 1. a. A. i. I.); examples number across the file.</summary>
    public ListNumbering Numbering { get; init; } = ListNumbering.Decimal;
    /// <summary>What follows (or surrounds) the number: "1." "1)" "(1)".</summary>
    public ListDelimiter Delimiter { get; init; } = ListDelimiter.Period;
}

public enum ListNumbering { Decimal, LowerAlpha, UpperAlpha, LowerRoman, UpperRoman, Example }
public enum ListDelimiter { Period, OneParen, TwoParens }

public sealed record ListItem(IReadOnlyList<Block> Blocks)
{
    /// <summary>A task list item's box: true ticked ("[x]"), false empty ("[ ]"), null for an ordinary item.</summary>
    public bool? Checked { get; init; }
}
/// <summary>Terms and their definitions (Pandoc's "Term" line, then ":   definition" lines).</summary>
public sealed record DefinitionList(IReadOnlyList<DefinitionItem> Items) : Block;
/// <summary>A term (inline text; several term lines joined by line breaks) and one or more definitions, each of blocks.</summary>
public sealed record DefinitionItem(IReadOnlyList<Inline> Term, IReadOnlyList<IReadOnlyList<Block>> Definitions);
public sealed record ThematicBreak : Block;
/// <summary>Verbatim text (a fenced or indented code block), set in the code font with its spaces kept.</summary>
public sealed record CodeBlock(string Text, string? Language) : Block;
/// <summary>A line block (<c>| </c> lines: poems, addresses): each line kept, leading spaces as no-break spaces.</summary>
public sealed record LineBlock(IReadOnlyList<IReadOnlyList<Inline>> Lines) : Block;
/// <summary>Text for one output format only (<c>```{=html}</c>, block HTML); other formats leave it out with a warning.</summary>
public sealed record RawBlock(string Format, string Text) : Block
{
    /// <summary>True for HTML typed straight into the Markdown (an HTML block), not fenced as <c>{=html}</c>:
    /// outputs that cannot take the markup still print its text, since it was written as content.</summary>
    public bool FromHtmlBlock { get; init; }
}
/// <summary>A fenced div whose class the builder did not turn into something else (kept for EPUB classes).</summary>
public sealed record Div(IReadOnlyList<string> Classes, string? Id, IReadOnlyList<Block> Blocks) : Block;

public enum ColumnAlign { Default, Left, Center, Right }

/// <summary>A table: numbered caption, header rows, body rows, and notes set directly beneath it.</summary>
public sealed record Table(
    string? Id,
    string? Label,                      // "Table 5.2", filled by numbering
    IReadOnlyList<Inline> Caption,
    IReadOnlyList<ColumnAlign> Align,
    IReadOnlyList<IReadOnlyList<TableCell>> Header,
    IReadOnlyList<IReadOnlyList<TableCell>> Rows,
    IReadOnlyList<TableNote> Notes) : Block
{
    /// <summary>Relative column widths (fractions of the text width, from grid, simple and multiline tables); null to size by content.</summary>
    public IReadOnlyList<double>? Widths { get; init; }
}

public sealed record TableCell(IReadOnlyList<Inline> Content, bool Numeric = false, bool Marked = false)
{
    /// <summary>A cell of several blocks (grid and multiline tables); null when <see cref="Content"/> is all it holds.</summary>
    public IReadOnlyList<Block>? Blocks { get; init; }
}
/// <summary>A note under a table; <see cref="Mark"/> is its letter or symbol ("a", "*").</summary>
public sealed record TableNote(string Mark, IReadOnlyList<Inline> Content);

/// <summary>A horizontal bar chart drawn as vectors by layout.</summary>
public sealed record BarChart(
    string? Id,
    string? Label,                      // "Figure 5.1"
    IReadOnlyList<Inline> Caption,
    string AltText,
    IReadOnlyList<(string Label, double Value)> Bars,
    IReadOnlyList<TableNote> Notes) : Block;

/// <summary>A dated entry of the chronology appendix: a formatted date and Markdown text.</summary>
public sealed record ChronologyEntry(string DateText, IReadOnlyList<Inline> Content) : Block
{
    /// <summary>The year heading above says this date already ("1926" under 1926, "c. 1985–1989" under
    /// the heading it opened), so print sets no date of its own beside the text.</summary>
    public bool DatedByHeading { get; init; }
}

/// <summary>An index entry line: heading text, then page references to anchors (resolved after layout).</summary>
public sealed record IndexEntry(IReadOnlyList<Inline> Term, IReadOnlyList<string> AnchorIds, string? See) : Block;

/// <summary>A bibliography entry, set with a hanging indent.</summary>
public sealed record BibliographyEntry(string Key, IReadOnlyList<Inline> Content) : Block;

/// <summary>The table of contents; layout fills in page numbers for the divisions it lists.</summary>
public sealed record ContentsBlock : Block;

/// <summary>Which numbered things a <see cref="ListOfBlock"/> lists.</summary>
public enum ListOfKind { Tables, Figures }

/// <summary>A list of the book's tables or figures with their pages, for the front matter (entries: <see cref="ListOf.Entries"/>).</summary>
public sealed record ListOfBlock(ListOfKind Of) : Block;

/// <summary>How wide or tall a picture is asked to be: a share of the text width (<c>60%</c>) or a length in points.</summary>
public readonly record struct PictureSize(double Value, bool Percent)
{
    /// <summary>In ems of the surrounding text (an inline picture's <c>height=1em</c>); <see cref="Value"/> is the count of ems.</summary>
    public bool Em { get; init; }
    public static PictureSize Points(double pt) => new(pt, false);
    public static PictureSize Share(double percent) => new(percent, true);
}

/// <summary>
/// A picture file placed in the book: <see cref="Path"/> as written (relative to the project), where it
/// was written (errors about the file are reported there), and the size the author asked for.
/// </summary>
public sealed record PictureRef(string Path, SourceSpan? Span)
{
    public PictureSize? Width { get; init; }
    public PictureSize? Height { get; init; }
}

/// <summary>
/// A figure: a picture with a numbered caption (an image alone in its paragraph, as Pandoc reads it).
/// It floats like a table; <see cref="FullPage"/> gives it a page of its own; <see cref="Bleed"/> lets
/// the print edition run it into the bleed.
/// </summary>
public sealed record Figure(
    string? Id,
    string? Label,                      // "Figure 4.2", filled by numbering
    IReadOnlyList<Inline> Caption,
    string AltText,
    PictureRef Picture) : Block
{
    public IReadOnlyList<string> Classes { get; init; } = [];
    public bool FullPage { get; init; }
    public bool Bleed { get; init; }
}
