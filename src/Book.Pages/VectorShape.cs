namespace Book.Pages;

/// <summary>
/// A filled and/or stroked path: what an SVG shape becomes, and what the PDF writer paints with
/// its path operators. Coordinates are the shape's own (Y down, as the page tree's); whoever places
/// it gives the transform.
/// </summary>
public sealed record VectorShape(IReadOnlyList<PathSegment> Segments)
{
    /// <summary>Null: not filled.</summary>
    public Paint? Fill { get; init; }
    /// <summary>The even-odd rule decides what is inside (SVG's fill-rule: evenodd), else non-zero winding.</summary>
    public bool EvenOdd { get; init; }
    /// <summary>Null: not stroked.</summary>
    public StrokeStyle? Stroke { get; init; }
    /// <summary>0 (invisible) to 1 (opaque), group opacity already multiplied in.</summary>
    public double FillOpacity { get; init; } = 1;
    public double StrokeOpacity { get; init; } = 1;
}

public enum PathVerb : byte { Move, Line, Cubic, Close }

/// <summary>One step of a path: a move or line to (X, Y); a cubic Bézier through controls (X1, Y1),
/// (X2, Y2) to (X, Y); or a close back to the subpath's start.</summary>
public readonly record struct PathSegment(PathVerb Verb, double X, double Y, double X1 = 0, double Y1 = 0, double X2 = 0, double Y2 = 0)
{
    public static PathSegment Move(double x, double y) => new(PathVerb.Move, x, y);
    public static PathSegment Line(double x, double y) => new(PathVerb.Line, x, y);
    public static PathSegment Cubic(double x1, double y1, double x2, double y2, double x, double y) => new(PathVerb.Cubic, x, y, x1, y1, x2, y2);
    public static PathSegment Close => new(PathVerb.Close, 0, 0);
}

/// <summary>An sRGB colour, each component 0 to 1.</summary>
public readonly record struct RgbColor(double R, double G, double B)
{
    public static RgbColor Black => new(0, 0, 0);
    public static RgbColor FromBytes(int r, int g, int b) => new(r / 255.0, g / 255.0, b / 255.0);
}

/// <summary>How a shape is filled or stroked: a flat colour or a gradient.</summary>
public abstract record Paint;

public sealed record SolidPaint(RgbColor Color) : Paint;

/// <summary>
/// A linear gradient along (X1, Y1)–(X2, Y2), or a radial one from the focal point (Fx, Fy) to the
/// circle at (Cx, Cy) of radius R; coordinates in gradient space, which <see cref="Transform"/> maps
/// onto the shape's (a bounding-box gradient's box is already folded in). Beyond its ends the end
/// colours continue (SVG's spreadMethod pad).
/// </summary>
public sealed record GradientPaint(bool Radial, double X1, double Y1, double X2, double Y2,
    double Cx, double Cy, double R, double Fx, double Fy, Transform Transform, IReadOnlyList<GradientStop> Stops) : Paint;

/// <summary>A gradient's colour at <see cref="Offset"/> (0 to 1 along it), with its opacity.</summary>
public readonly record struct GradientStop(double Offset, RgbColor Color, double Opacity = 1);

public enum LineCap { Butt, Round, Square }
public enum LineJoin { Miter, Round, Bevel }

/// <summary>How a path's outline is drawn; <see cref="Dashes"/> empty means a solid line.</summary>
public sealed record StrokeStyle(Paint Paint, double Width)
{
    public LineCap Cap { get; init; }
    public LineJoin Join { get; init; }
    public double MiterLimit { get; init; } = 4;
    public IReadOnlyList<double> Dashes { get; init; } = [];
    public double DashOffset { get; init; }
}

/// <summary>A vector shape on a page: <see cref="Transform"/> maps the shape's coordinates onto the
/// page's (both Y down), as a <see cref="GroupItem"/>'s does.</summary>
public sealed record PathItem(Transform Transform, VectorShape Shape) : PageItem;
