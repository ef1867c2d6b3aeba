using Book.Pages;
using Book.Layout.Paragraphs;

namespace Book.Layout.Flow;

/// <summary>
/// Material the page builder stacks: lines, spaces and drawn boxes, each saying whether a
/// page may break after it. Widow, orphan and keep-with-next rules are expressed that way.
/// </summary>
public abstract class VItem
{
    public double Height { get; init; }
    public bool BreakAfter { get; set; } = true;
    /// <summary>For table rows: what to repeat at the top of the next page when the table breaks here.</summary>
    public IReadOnlyList<VItem>? ContinuationHeader { get; init; }
    /// <summary>The table or figure this item is part of, which may float to the next page's top.</summary>
    public FloatGroup? Float { get; set; }
    /// <summary>How much the space below this item may grow, by weight, when a page is set flush to the
    /// bottom (<see cref="FlushBottom"/>): a space's own height, a little between paragraphs, less between lines.</summary>
    public double Stretch { get; set; }
}

/// <summary>
/// Marks the items of one table or chart (caption, rows, notes). When it does not fit where it
/// stands, the page builder moves it whole to the top of the next page and lets the text that
/// follows fill the page, as LaTeX does with floats, rather than leaving half a page empty.
/// </summary>
public sealed class FloatGroup
{
    /// <summary>Moved whole to the next page whatever its height: a picture cannot break, so waiting is
    /// always better than the hole a page break before it leaves (a full-page figure is one such).</summary>
    public bool MovesWhole { get; init; }
}

/// <summary>A line of text; its baseline sits <see cref="Baseline"/> below the item's top.</summary>
public sealed class LineItem : VItem
{
    public required TextLine Line { get; init; }
    public double X { get; init; }
    public double Baseline { get; init; }
}

/// <summary>Vertical space; dropped at the top of a page.</summary>
public sealed class SpaceItem : VItem
{
    /// <summary>For a space after a table or figure, which collapses with the float's own closing space: the
    /// height it has when the float moves away (0 when it is not shortened).</summary>
    public double Full { get; init; }
}

/// <summary>A box drawn by layout (rules, a chart, a table row): items relative to its top-left corner.</summary>
public sealed class DrawItem : VItem
{
    public List<PageItem> Items { get; } = new();
    /// <summary>The items' x are page coordinates, not the text block's: a picture that runs the width of
    /// the page into the bleed (the text block's left differs between left and right pages).</summary>
    public bool PageX { get; init; }
    public List<(LineItem Line, double X, double Y)> Lines { get; } = new();
}

/// <summary>Forces a page break (a section that must start on a fresh page).</summary>
public sealed class PageBreakItem : VItem { }
