namespace Book.Model;

/// <summary>What a division is. <see cref="FrontCover"/> and <see cref="BackCover"/> (book.yaml <c>cover:</c>) open and
/// close the book: outside the page numbering, the contents and the navigation.</summary>
public enum DivisionKind { HalfTitle, TitlePage, Colophon, Dedication, Contents, FrontMatter, Chapter, Appendix, FrontCover, BackCover }

/// <summary>What a generated appendix holds: the book.yaml name it is asked for by, and what fills it.</summary>
public enum GeneratedAppendix { Chronology, Bibliography, Index }

/// <summary>
/// A division of the book: a page sequence that starts on a new (for chapters, right-hand) page.
/// Notes are numbered per division; <see cref="Notes"/> holds them in order of first reference.
/// </summary>
public sealed record Division(
    DivisionKind Kind,
    string Id,
    IReadOnlyList<Inline> Title,
    string? Number,                    // "1", "A", or null for unnumbered
    IReadOnlyList<Block> Blocks,
    IReadOnlyList<Note> Notes)
{
    public SourceSpan? Span { get; init; }
    /// <summary>Set on an appendix the build makes from data (chronology, bibliography, index); null for written text.</summary>
    public GeneratedAppendix? Generated { get; init; }
    /// <summary>False for a title marked <c>.unlisted</c>: left out of the contents, the outline and the e-book's navigation.</summary>
    public bool Listed { get; init; } = true;
    /// <summary>Plain text of the title, for running heads, outline and metadata.</summary>
    public string TitleText => InlineText.Plain(Title);
}

public sealed record Note(string Id, int Number, IReadOnlyList<Block> Blocks);

public sealed record PageSetup(double Width, double Height, double Top, double Bottom, double Inner, double Outer);

public sealed record BookMetadata(
    string Title,
    string? Subtitle,
    IReadOnlyList<string> Editors,
    string Language,
    string? Date,                      // ISO 8601 date of this edition
    string? Edition,
    string Slug,
    string? Identifier,
    PageSetup Page,
    double FontSize)
{
    /// <summary>What the book is about, in a sentence or a paragraph (book.yaml <c>description:</c>).</summary>
    public string? Description { get; init; }
    /// <summary>Its subject, for catalogues and the PDF's document properties (book.yaml <c>subject:</c>).</summary>
    public string? Subject { get; init; }
    /// <summary>Search keywords (book.yaml <c>keywords:</c>, a list or a comma-separated string).</summary>
    public IReadOnlyList<string> Keywords { get; init; } = [];
    /// <summary>The edition <see cref="Date"/> (2026-02-26, 2026-02 or 2026) as midnight UTC of its first day; null without one.</summary>
    public DateTimeOffset? EditionDate =>
        Date is not null && IsoDate.TryParse(Date, out var d)
            ? new DateTimeOffset(d, TimeSpan.Zero) : null;
    /// <summary>Chapters and appendices open on a right-hand page (the book convention); false lets them
    /// start on the next page of either side, as booklets often do. Chapter 1 always opens on the right.</summary>
    public bool OpenRight { get; init; } = true;
    /// <summary>What the covers show (book.yaml <c>cover:</c>); null: the book has no covers.</summary>
    public CoverDesign? Cover { get; init; }

    readonly Locale? _locale;
    /// <summary>The words the tool writes and its date and number patterns, in the book's <see cref="Language"/>
    /// with book.yaml's <c>terms:</c> applied (set once by the loader; the PDF and the e-book both read it).</summary>
    public Locale Locale { get => _locale ?? Locale.For(Language); init => _locale = value; }
}

/// <summary>The whole book as the layout and the e-book writer see it: resolved, numbered, no Markdown.</summary>
public sealed record BookDocument(BookMetadata Meta, IReadOnlyList<Division> Divisions);

public static class InlineText
{
    public static string Plain(IEnumerable<Inline> inlines)
    {
        var sb = new System.Text.StringBuilder();
        Append(sb, inlines);
        return sb.ToString();
    }

    static void Append(System.Text.StringBuilder sb, IEnumerable<Inline> inlines)
    {
        foreach (var i in inlines)
        {
            switch (i)
            {
                case Text t: sb.Append(t.Value); break;
                case Code c: sb.Append(c.Value); break;
                case TexMath m: sb.Append(m.Tex); break;
                case Styled s: Append(sb, s.Content); break;
                case Emphasis e: Append(sb, e.Content); break;
                case Strong s: Append(sb, s.Content); break;
                case Link l: Append(sb, l.Content); break;
                case Span s: Append(sb, s.Content); break;
                case IndexTerm t: Append(sb, t.Content); break;
                case LineBreak: sb.Append(' '); break;
            }
        }
    }
}
