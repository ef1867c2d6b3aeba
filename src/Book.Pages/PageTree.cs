using Book.Fonts;

namespace Book.Pages;

/// <summary>
/// The typesetter's output and the PDF writer's only input: positioned glyphs, rules,
/// links and anchors on pages. Units are PostScript points; Y is measured DOWN from the
/// top edge of the page (text items give their baseline). Knows nothing of books.
/// </summary>
public sealed class PageTree
{
    public required DocumentInfo Info { get; init; }
    public List<Page> Pages { get; } = new();
    public List<OutlineEntry> Outline { get; } = new();
    /// <summary>The logical structure (root role Document) for a tagged PDF; null when the layout made none.</summary>
    public StructElement? Structure { get; set; }
}

/// <summary>Document metadata. <see cref="Date"/> must come from the sources (never the clock).</summary>
public sealed record DocumentInfo(
    string Title,
    string? Author,
    string? Subject,
    string Language,
    DateTimeOffset? Date,
    string? Keywords,
    string Creator);

public enum FolioStyle { Roman, Arabic }

public sealed class Page
{
    public Page(double width, double height, FolioStyle style, int number)
    {
        Width = width; Height = height; Style = style; Number = number;
    }
    public double Width { get; }
    public double Height { get; }
    /// <summary>How the page is numbered (becomes /PageLabels): roman front matter, arabic body.</summary>
    public FolioStyle Style { get; }
    public int Number { get; }
    public List<PageItem> Items { get; } = new();
}

public abstract record PageItem
{
    /// <summary>The structure element this mark belongs to; null marks page furniture (an artifact).</summary>
    public StructElement? Tag { get; init; }
}

/// <summary>One glyph as placed: its id, the advance actually used (points, kerning and
/// justification included) and which characters of the run's Text it stands for.</summary>
/// <remarks>
/// Every glyph of the book is one of these, and they live until the PDF is written: the fields
/// are declared so that the struct packs into 12 bytes rather than 16 (a cluster's length, a
/// handful of characters, is kept in 16 bits).
/// </remarks>
public readonly record struct PlacedGlyph(ushort Glyph, float Advance, int Cluster, int Length)
{
    public ushort Glyph { get; init; } = Glyph;
    private readonly short _length = checked((short)Length);
    public float Advance { get; init; } = Advance;
    public int Cluster { get; init; } = Cluster;
    public int Length { get => _length; init => _length = checked((short)value); }
}

/// <summary>A run of glyphs in one font and size, starting at (X, baseline Y).
/// <see cref="Text"/> is the original text: clusters index into it, so ligatures copy back as typed.</summary>
public sealed record GlyphRun(
    OpenTypeFont Font,
    double Size,
    double X,
    double Y,
    string Text,
    PlacedGlyph[] Glyphs,
    double Gray = 0) : PageItem;

/// <summary>A stroked straight line.</summary>
public sealed record Rule(double X1, double Y1, double X2, double Y2, double Thickness, double Gray = 0) : PageItem;

/// <summary>A filled rectangle; (X, Y) is its top-left corner.</summary>
public sealed record FilledRect(double X, double Y, double Width, double Height, double Gray) : PageItem;

/// <summary>A clickable area; exactly one of Uri or Destination is set.</summary>
public sealed record LinkArea(double X, double Y, double Width, double Height, string? Uri, string? Destination) : PageItem;

/// <summary>A named destination at height Y on this page (targets of links and the outline).</summary>
public sealed record Anchor(string Name, double Y) : PageItem;

public sealed record OutlineEntry(string Title, string Destination, IReadOnlyList<OutlineEntry> Children);

/// <summary>
/// One node of the logical structure, with a standard PDF role (Document, Sect, H1, P, L, LI,
/// Lbl, LBody, Table, TR, TH, TD, Note, Figure, Caption, TOC, TOCI, BlockQuote). Children are
/// in reading order; page items point at the element whose content they are.
/// </summary>
public sealed class StructElement
{
    private readonly List<StructElement> _children = new();

    public StructElement(string role) => Role = role;

    public string Role { get; }
    /// <summary>Alternative text (figures).</summary>
    public string? Alt { get; set; }
    public StructElement? Parent { get; private set; }
    public IReadOnlyList<StructElement> Children => _children;

    /// <summary>Creates a child at the end of this element's children.</summary>
    public StructElement Add(string role)
    {
        var child = new StructElement(role);
        Append(child);
        return child;
    }

    /// <summary>Takes the element out of its parent, so it can be appended elsewhere (a division's section
    /// reused by the next layout pass, whose lines are already tagged with its elements).</summary>
    public void Detach()
    {
        if (Parent is null) return;
        Parent._children.Remove(this);
        Parent = null;
    }

    /// <summary>Appends an element made elsewhere (a note attached to the paragraph that cites it).</summary>
    public void Append(StructElement child)
    {
        if (child.Parent is not null) throw new InvalidOperationException("The element already has a parent.");
        child.Parent = this;
        _children.Add(child);
    }
}
