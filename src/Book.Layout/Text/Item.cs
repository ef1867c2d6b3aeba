using System.Runtime.InteropServices;

namespace Book.Layout.Text;

public enum ItemKind : byte
{
    /// <summary>Fixed-width material: a word, a syllable, an indent.</summary>
    Box,
    /// <summary>Stretchable, shrinkable space; a break may follow a box at it, and it vanishes there.</summary>
    Glue,
    /// <summary>A possible break with a cost; its width (a hyphen) is typeset only if it is chosen.</summary>
    Penalty,
}

/// <summary>
/// One item of Knuth and Plass's box/glue/penalty paragraph model, as a small struct so
/// that a paragraph is one flat array. <see cref="Payload"/> is the caller's own index
/// (a glyph run, a word) and is never read by the line breaker.
/// </summary>
/// <remarks>
/// Conventions: penalties of <see cref="InfinitePenalty"/> or more forbid a break, of
/// <c>-InfinitePenalty</c> or less force one. Glue stretch may be
/// <see cref="double.PositiveInfinity"/> (TeX's fil): a line containing such glue is never
/// underfull. A paragraph ends with <c>Glue(0, ∞, 0)</c> and a forced break
/// (<see cref="ParagraphEnd"/> gives both).
/// </remarks>
[StructLayout(LayoutKind.Auto)]
public readonly record struct Item
{
    public const double InfinitePenalty = 10000;

    public ItemKind Kind { get; private init; }
    public double Width { get; private init; }
    public double Stretch { get; private init; }
    public double Shrink { get; private init; }
    /// <summary>A penalty's cost of breaking here (TeX's penalty value); 0 for boxes and glue.</summary>
    public double Cost { get; private init; }
    /// <summary>A flagged penalty is a hyphenation point: consecutive ones cost extra demerits.</summary>
    public bool Flagged { get; private init; }
    public int Payload { get; private init; }

    public static Item Box(double width, int payload = -1) =>
        new() { Kind = ItemKind.Box, Width = width, Payload = payload };

    public static Item Glue(double width, double stretch, double shrink, int payload = -1) =>
        new() { Kind = ItemKind.Glue, Width = width, Stretch = stretch, Shrink = shrink, Payload = payload };

    public static Item Penalty(double width, double cost, bool flagged, int payload = -1) =>
        new() { Kind = ItemKind.Penalty, Width = width, Cost = cost, Flagged = flagged, Payload = payload };

    /// <summary>The two items that close a paragraph: glue that fills the last line, then a forced break.</summary>
    public static (Item Fill, Item Break) ParagraphEnd(int payload = -1) =>
        (Glue(0, double.PositiveInfinity, 0, payload), Penalty(0, -InfinitePenalty, false, payload));

    public bool IsForcedBreak => Kind == ItemKind.Penalty && Cost <= -InfinitePenalty;

    public override string ToString() => Kind switch
    {
        ItemKind.Box => $"Box({Width.ToString(System.Globalization.CultureInfo.InvariantCulture)})",
        ItemKind.Glue => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"Glue({Width}, {Stretch}, {Shrink})"),
        _ => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"Penalty({Width}, {Cost}{(Flagged ? ", flagged" : "")})"),
    };
}
