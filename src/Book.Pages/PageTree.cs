using System.Runtime.CompilerServices;
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
    /// <summary>Where each division and each heading directly in a division's text starts, in page order (and
    /// order on the page): what an e-book's page list cites.</summary>
    public List<PageStart> Starts { get; } = new();
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

/// <summary>How a page is numbered: roman front matter, arabic body, or a cover (not numbered; named by <see cref="Page.Label"/>).</summary>
public enum FolioStyle { Roman, Arabic, Cover }

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
    /// <summary>What a <see cref="FolioStyle.Cover"/> page is called where page numbers are shown ("Cover", "Back cover").</summary>
    public string? Label { get; init; }
    /// <summary>Something on the page runs past its edges into the bleed (a <c>{.bleed}</c> picture): the
    /// print shop's edition keeps the bleed around this page, as it does around a cover.</summary>
    public bool Bleeds { get; set; }
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
    double Gray = 0) : PageItem
{
    /// <summary>Per-glyph displacement from where the advances put it, parallel to <see cref="Glyphs"/>
    /// (mark positioning, superscripts within a run); null, as for most runs, when every glyph sits
    /// on the baseline at its advance. Kept apart so <see cref="PlacedGlyph"/> stays 12 bytes.</summary>
    public GlyphOffset[]? Offsets { get; init; }

    /// <summary>A colour for the glyphs (an SVG drawing's text); null, as for book text, paints them in <see cref="Gray"/>.</summary>
    public RgbColor? Color { get; init; }

    /// <summary>What copying or searching the run gives instead of its glyphs' text (PDF /ActualText); null
    /// for its text. The first part of a word the line breaker hyphenated copies as the whole word, the
    /// rest of it as nothing, so the break's hyphen is never copied and the word is found whole.</summary>
    public string? ActualText { get; init; }

    /// <summary>The BCP 47 tag of the run's language where it differs from the text around it (a
    /// <c>[…]{lang=ru}</c> span): a tagged PDF marks it with /Lang, so a screen reader speaks it in that
    /// language. Null for the surrounding text's language.</summary>
    public string? Language { get; init; }
}

/// <summary>How far a glyph is moved from its nominal place, in points: X to the right, Y up.</summary>
public readonly record struct GlyphOffset(float X, float Y);

/// <summary>A stroked straight line.</summary>
public sealed record Rule(double X1, double Y1, double X2, double Y2, double Thickness, double Gray = 0) : PageItem;

/// <summary>A filled rectangle; (X, Y) is its top-left corner.</summary>
public sealed record FilledRect(double X, double Y, double Width, double Height, double Gray) : PageItem;

/// <summary>A raster image drawn into the rectangle whose top-left corner is (X, Y), scaled to
/// Width × Height points. The same <see cref="ImageData"/> placed twice is stored once.</summary>
public sealed record ImageItem(double X, double Y, double Width, double Height, ImageData Image) : PageItem;

/// <summary>Items drawn in their own coordinate system: <see cref="Transform"/> maps the group's
/// coordinates (same units, Y down) onto the page's, and <see cref="Clip"/>, when set, is a rectangle
/// in the group's coordinates outside which nothing shows. Rotated figures, scaled drawings, crops.</summary>
public sealed record GroupItem(Transform Transform, IReadOnlyList<PageItem> Items, ClipRect? Clip = null) : PageItem;

/// <summary>An affine map x' = A·x + C·y + E, y' = B·x + D·y + F (as PDF's cm operator, in the page
/// tree's Y-down coordinates).</summary>
public readonly record struct Transform(double A, double B, double C, double D, double E, double F)
{
    public static Transform Identity => new(1, 0, 0, 1, 0, 0);
    public static Transform Translate(double x, double y) => new(1, 0, 0, 1, x, y);
    public static Transform Scale(double sx, double sy) => new(sx, 0, 0, sy, 0, 0);
    /// <summary>Clockwise on the page (Y points down), by <paramref name="degrees"/>.</summary>
    public static Transform Rotate(double degrees)
    {
        double r = degrees * Math.PI / 180, c = Math.Cos(r), s = Math.Sin(r);
        return new(c, s, -s, c, 0, 0);
    }
    /// <summary>This transform applied first, then <paramref name="next"/>.</summary>
    public Transform Then(Transform next) => new(
        A * next.A + B * next.C, A * next.B + B * next.D,
        C * next.A + D * next.C, C * next.B + D * next.D,
        E * next.A + F * next.C + next.E, E * next.B + F * next.D + next.F);
}

/// <summary>A clipping rectangle; (X, Y) is its top-left corner.</summary>
public readonly record struct ClipRect(double X, double Y, double Width, double Height);

/// <summary>A clickable area; exactly one of Uri or Destination is set.</summary>
public sealed record LinkArea(double X, double Y, double Width, double Height, string? Uri, string? Destination) : PageItem
{
    /// <summary>A link to a place in the book; <see cref="Destination"/> is the anchor's name.</summary>
    public LinkArea(double x, double y, double width, double height, AnchorId target) : this(x, y, width, height, null, target.Name) => Target = target;

    /// <summary>The anchor an internal link points to, typed; null for a web link (or one made from a bare name).</summary>
    public AnchorId? Target { get; init; }
}

/// <summary>A named destination at height Y on this page (targets of links and the outline).</summary>
public sealed record Anchor(string Name, double Y) : PageItem
{
    public Anchor(AnchorId id, double y) : this(id.Name, y) => Id = id;

    /// <summary>What the anchor marks; an anchor made from a bare name is a <see cref="AnchorKind.Target"/>.</summary>
    public AnchorId Id { get; init; } = AnchorId.Of(Name);
}

public sealed record OutlineEntry(string Title, string Destination, IReadOnlyList<OutlineEntry> Children);

/// <summary>
/// One node of the logical structure, with a standard PDF role (Document, Sect, H1, P, L, LI,
/// Lbl, LBody, Table, TR, TH, TD, Note, Figure, Caption, TOC, TOCI, BlockQuote). Children are
/// in reading order; page items point at the element whose content they are.
/// </summary>
/// <remarks>
/// A long table makes hundreds of thousands of these (a cell is a TD), and they live until the PDF is
/// written: a leaf has no list of children and a box is kept apart from the element (only figures
/// have one), which brings an element from 88 bytes and a 32-byte list to 56 bytes.
/// </remarks>
public sealed class StructElement
{
    private List<StructElement>? _children;
    private StrongBox<ClipRect>? _bbox;

    public StructElement(string role) => Role = role;

    public string Role { get; }
    /// <summary>Alternative text (figures).</summary>
    public string? Alt { get; set; }
    /// <summary>Where a figure's picture stands on its page (page coordinates, Y down), for tagged PDF's
    /// layout attribute /BBox; null when nothing placed says.</summary>
    public ClipRect? BBox
    {
        get => _bbox?.Value;
        set => _bbox = value is { } box ? new StrongBox<ClipRect>(box) : null;
    }
    public StructElement? Parent { get; private set; }
    public IReadOnlyList<StructElement> Children => (IReadOnlyList<StructElement>?)_children ?? [];

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
        Parent._children?.Remove(this);
        Parent = null;
    }

    /// <summary>Appends an element made elsewhere (a note attached to the paragraph that cites it).</summary>
    public void Append(StructElement child)
    {
        if (child.Parent is not null) throw new InvalidOperationException("The element already has a parent.");
        child.Parent = this;
        (_children ??= new List<StructElement>()).Add(child);
    }
}
