using Book.Pages;

namespace Book.Images.Svg;

/// <summary>
/// Reads an SVG file into a <see cref="VectorDrawing"/> over the subset in Svg/SUBSET.md: shapes,
/// paths, groups, transforms, use/symbol, fills and strokes in flat colours or gradients, texts. What is
/// outside it is left out and named in the warnings; what could be unsafe is refused.
/// </summary>
public static class SvgReader
{
    /// <summary>One CSS pixel (SVG's user unit) in points.</summary>
    const double PointsPerPixel = 0.75;

    public static bool Sniff(ReadOnlySpan<byte> bytes) => SvgXml.Sniff(bytes);

    /// <exception cref="SvgFormatException">malformed, unsafe or too large</exception>
    public static (VectorDrawing Drawing, IReadOnlyList<string> Warnings) Read(ReadOnlyMemory<byte> bytes)
    {
        var root = SvgXml.Load(bytes);
        var context = new SvgReadContext(root);
        var viewBox = ViewBox(root["viewBox"]);
        if (root["viewBox"] is not null && viewBox is null) context.Warn("SVG viewBox is not four numbers with a positive width and height; it is ignored");
        double? width = AbsoluteLength(root["width"], context), height = AbsoluteLength(root["height"], context);
        // What a browser does with an SVG image: the size asked for; else the viewBox's proportions; else 300 × 150.
        if (viewBox is { } vb)
        {
            if (width is null && height is null) { width = vb.W; height = vb.H; }
            else if (width is null) width = height * vb.W / vb.H;
            else height ??= width * vb.H / vb.W;
        }
        double w = width ?? 300, h = height ?? 150;
        if (w <= 0 || h <= 0) throw new SvgFormatException($"an SVG drawing of no size ({w} × {h})");
        var drawing = new VectorDrawing { Width = w * PointsPerPixel, Height = h * PointsPerPixel };

        var toPoints = Transform.Scale(PointsPerPixel, PointsPerPixel);
        var ctm = viewBox is { } box ? FitViewBox(box, w, h, root["preserveAspectRatio"]).Then(toPoints) : toPoints;
        context.ViewportWidth = viewBox?.W ?? w;
        context.ViewportHeight = viewBox?.H ?? h;
        var style = new SvgStyle();
        if (style.Apply(root, context))
        {
            var walker = new SvgWalker(context, drawing.Nodes);
            foreach (var child in root.Children) walker.Walk(child, ctm, style);
        }
        return (drawing, context.Warnings);
    }

    static double? AbsoluteLength(string? text, SvgReadContext context) =>
        text is null || text.TrimEnd().EndsWith('%') ? null : context.Length(text, Axis.X, 16);

    internal readonly record struct Box(double X, double Y, double W, double H);

    internal static Box? ViewBox(string? text)
    {
        var n = SvgNumbers.List(text);
        return n is { Count: 4 } && n[2] > 0 && n[3] > 0 ? new Box(n[0], n[1], n[2], n[3]) : null;
    }

    /// <summary>The map from a viewBox onto a <paramref name="width"/> × <paramref name="height"/> viewport, as preserveAspectRatio says (default xMidYMid meet).</summary>
    internal static Transform FitViewBox(Box box, double width, double height, string? aspect)
    {
        double sx = width / box.W, sy = height / box.H;
        var words = (aspect ?? "xMidYMid meet").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        string align = words.Length > 0 ? words[0] : "xMidYMid";
        if (align == "defer") align = words.Length > 1 ? words[1] : "xMidYMid";
        bool slice = words.Contains("slice");
        if (align == "none")
            return new Transform(sx, 0, 0, sy, -box.X * sx, -box.Y * sy);
        double s = slice ? Math.Max(sx, sy) : Math.Min(sx, sy);
        double ax = align.Contains("xMin", StringComparison.Ordinal) ? 0 : align.Contains("xMax", StringComparison.Ordinal) ? 1 : 0.5;
        double ay = align.Contains("YMin", StringComparison.Ordinal) ? 0 : align.Contains("YMax", StringComparison.Ordinal) ? 1 : 0.5;
        return new Transform(s, 0, 0, s, -box.X * s + (width - box.W * s) * ax, -box.Y * s + (height - box.H * s) * ay);
    }
}
