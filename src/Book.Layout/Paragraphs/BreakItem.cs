namespace Book.Layout.Paragraphs;

public enum BreakKind : byte { Box, Glue, Penalty }

/// <summary>Knuth–Plass material: boxes, glue and penalties; <see cref="Segment"/> indexes the setter's measured pieces.</summary>
public readonly record struct BreakItem(BreakKind Kind, double Width, double Stretch, double Shrink, double Cost, bool Flagged, int Segment)
{
    /// <summary>The part of a glue's stretch and shrink that belongs to the space itself; the rest is the
    /// letter tracking of the word before it, which the line builder gives to that word's glyphs.</summary>
    public double SpaceStretch { get; init; } = Stretch;
    public double SpaceShrink { get; init; } = Shrink;

    /// <summary>A break's hang into the right margin (a hyphen's or a stop's protrusion): the line may be this much longer.</summary>
    public double Protrude { get; init; }
    /// <summary>A break after which the line is set at its natural spacing, not justified (inside a URL).</summary>
    public bool Ragged { get; init; }

    public const double Infinity = 10000;
    public static BreakItem Box(double w, int seg) => new(BreakKind.Box, w, 0, 0, 0, false, seg);
    public static BreakItem Glue(double w, double stretch, double shrink, int seg) => new(BreakKind.Glue, w, stretch, shrink, 0, false, seg);
    public static BreakItem Penalty(double w, double cost, bool flagged, int seg) => new(BreakKind.Penalty, w, 0, 0, cost, flagged, seg);
}

/// <summary>Where a line ends: the item index and how much its glue was stretched (+) or shrunk (−).</summary>
public readonly record struct LineBreakAt(int Index, double Ratio, bool Bad);
