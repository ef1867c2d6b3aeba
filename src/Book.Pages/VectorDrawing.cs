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
