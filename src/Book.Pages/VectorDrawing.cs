namespace Book.Pages;

/// <summary>
/// A vector picture (read from SVG) in its own coordinates: <see cref="Width"/> × <see cref="Height"/>
/// points, Y down, origin top left. Layout scales it into the box it is given; shapes become page
/// items as they are, texts are set in the book's fonts (so they copy and search as text).
/// </summary>
public sealed class VectorDrawing
{
    public required double Width { get; init; }
    public required double Height { get; init; }
    public List<DrawingNode> Nodes { get; } = new();
}

/// <summary>One painted thing of a <see cref="VectorDrawing"/>, in the drawing's coordinates.</summary>
public abstract record DrawingNode;

/// <summary>A shape drawn under <see cref="Transform"/> (its own coordinates onto the drawing's): stroke
/// widths and gradients are in the shape's coordinates, so they scale and skew with it, as in SVG.</summary>
public sealed record DrawingShape(Transform Transform, VectorShape Shape) : DrawingNode;

/// <summary>
/// A piece of text with its baseline at (<see cref="X"/>, <see cref="Y"/>) + (<see cref="Dx"/>, <see cref="Dy"/>)
/// in its own coordinates, mapped onto the drawing's by <see cref="Transform"/>. A null X or Y continues
/// from where the previous piece ended (an SVG tspan without a position): only layout knows the set
/// widths, so it keeps the pen. A piece with an X starts a chunk; <see cref="Anchor"/> (the chunk's first
/// piece's) says which point of the whole chunk sits there. <see cref="Bold"/> and <see cref="Italic"/>
/// pick the book's face.
/// </summary>
public sealed record DrawingText(Transform Transform, double? X, double? Y, double Dx, double Dy, string Text, double Size,
    bool Bold, bool Italic, TextAnchor Anchor, RgbColor Fill) : DrawingNode;

public enum TextAnchor { Start, Middle, End }
