using Book.Pages;

namespace Book.Images.Svg;

/// <summary>
/// Walks the elements in painting order with the transform and style in force, appending a
/// <see cref="DrawingShape"/> for each painted shape and <see cref="DrawingText"/>s for texts.
/// </summary>
internal sealed partial class SvgWalker(SvgReadContext context, List<DrawingNode> output)
{
    /// <summary>A quarter circle as a cubic: its controls sit this far along the tangents (of the radius).</summary>
    const double Kappa = 0.5522847498307936;

    public void Walk(SvgElement e, Transform ctm, SvgStyle inherited)
    {
        context.Enter();
        try { WalkElement(e, ctm, inherited); }
        finally { context.Leave(); }
    }

    void WalkElement(SvgElement e, Transform ctm, SvgStyle inherited)
    {
        switch (e.Name)
        {
            // Definitions, referenced from elsewhere; descriptions for people: nothing to draw here.
            case "defs" or "symbol" or "title" or "desc" or "metadata" or "linearGradient" or "radialGradient" or "stop"
                or "clipPath" or "mask" or "pattern" or "marker" or "filter":
                return;
            case "style":
                context.Warn("SVG <style> sheets are not supported; drawn with the presentation attributes and style=\"\" only");
                return;
            case "script":
                context.Warn("SVG <script> is never run");
                return;
            case "image":
                context.Warn("SVG <image> is not supported; drawn without it");
                return;
            case "foreignObject":
                context.Warn("SVG <foreignObject> is not supported; drawn without it");
                return;
            case "animate" or "animateTransform" or "animateMotion" or "animateColor" or "set":
                context.Warn($"SVG animation (<{e.Name}>) is not supported; drawn as it stands without it");
                return;
            case "textPath" or "tref":
                context.Warn($"SVG <{e.Name}> is not supported; drawn without it");
                return;
        }
        // An element of another vocabulary (an editor's metadata, say) is not SVG's to draw.
        if (e.Name.Contains(':')) return;
        if (e.Name is not ("g" or "a" or "svg" or "switch" or "use" or "path" or "rect" or "circle" or "ellipse" or "line"
            or "polyline" or "polygon" or "text"))
        {
            context.Warn($"SVG <{e.Name}> is not supported; drawn without it");
            return;
        }

        var style = inherited.Clone();
        if (!style.Apply(e, context)) return;
        if (e["transform"] is { } transformText)
        {
            if (SvgTransform.Parse(transformText) is { } t) ctm = t.Then(ctm);
            else context.Warn($"SVG transform \"{Short(transformText)}\" is not understood; drawn untransformed");
        }

        switch (e.Name)
        {
            case "g" or "a":
                if (e.Name == "a") context.Warn("SVG links (<a>) are drawn, but do not link");
                context.Drawing.Add(e);
                foreach (var child in e.Children) Walk(child, ctm, style);
                context.Drawing.Remove(e);
                break;
            case "switch":
                // The first child a renderer supports is drawn: ours are the SVG elements (not foreignObject).
                if (e.Children.FirstOrDefault(c => c.Name != "foreignObject" && !c.Name.Contains(':')) is { } chosen) Walk(chosen, ctm, style);
                break;
            case "svg": NestedSvg(e, ctm, style); break;
            case "use": Use(e, ctm, style); break;
            case "text": Text(e, ctm, style); break;
            default:
                Shape(e, ctm, style);
                // A shape holds no drawing, but may hold animation, which is named.
                foreach (var child in e.Children)
                    if (child.Name.StartsWith("animate", StringComparison.Ordinal) || child.Name == "set") Walk(child, ctm, style);
                break;
        }
    }

    static string Short(string s) => s.Length > 40 ? s[..40] + "…" : s;

    double Len(SvgElement e, string attribute, Axis axis, SvgStyle style, double otherwise = 0) =>
        context.Length(e[attribute], axis, style.FontSize) ?? otherwise;

    void NestedSvg(SvgElement e, Transform ctm, SvgStyle style)
    {
        double x = Len(e, "x", Axis.X, style), y = Len(e, "y", Axis.Y, style);
        double w = context.Length(e["width"] ?? "100%", Axis.X, style.FontSize) ?? 0, h = context.Length(e["height"] ?? "100%", Axis.Y, style.FontSize) ?? 0;
        if (w <= 0 || h <= 0) return;
        var inner = Transform.Translate(x, y);
        var (vw, vh) = (context.ViewportWidth, context.ViewportHeight);
        if (SvgReader.ViewBox(e["viewBox"]) is { } box)
        {
            inner = SvgReader.FitViewBox(box, w, h, e["preserveAspectRatio"]).Then(inner);
            (context.ViewportWidth, context.ViewportHeight) = (box.W, box.H);
        }
        else (context.ViewportWidth, context.ViewportHeight) = (w, h);
        context.Drawing.Add(e);
        foreach (var child in e.Children) Walk(child, inner.Then(ctm), style);
        context.Drawing.Remove(e);
        (context.ViewportWidth, context.ViewportHeight) = (vw, vh);
    }

    void Use(SvgElement e, Transform ctm, SvgStyle style)
    {
        if (e["href"] is not { } href) return;
        string id = href.Trim()[1..];
        if (context.ById(id) is not { } target)
        {
            context.Warn($"SVG <use> refers to #{id}, which the file does not have; drawn without it");
            return;
        }
        // A use inside what it draws would repeat without end: SVG calls it an error, and it draws nothing.
        if (!context.Drawing.Add(target))
        {
            context.Warn($"SVG <use> of #{id} is inside what it refers to; it is left out");
            return;
        }
        var placed = Transform.Translate(Len(e, "x", Axis.X, style), Len(e, "y", Axis.Y, style)).Then(ctm);
        if (target.Name == "symbol")
        {
            // A symbol is drawn as a nested viewport: the use's size (or 100%) with the symbol's viewBox.
            var symbolStyle = style.Clone();
            if (symbolStyle.Apply(target, context))
            {
                double w = context.Length(e["width"] ?? target["width"] ?? "100%", Axis.X, style.FontSize) ?? 0;
                double h = context.Length(e["height"] ?? target["height"] ?? "100%", Axis.Y, style.FontSize) ?? 0;
                if (SvgReader.ViewBox(target["viewBox"]) is { } box && w > 0 && h > 0)
                    placed = SvgReader.FitViewBox(box, w, h, target["preserveAspectRatio"]).Then(placed);
                foreach (var child in target.Children) Walk(child, placed, symbolStyle);
            }
        }
        else Walk(target, placed, style);
        context.Drawing.Remove(target);
    }

    void Shape(SvgElement e, Transform ctm, SvgStyle style)
    {
        var segments = Geometry(e, style);
        if (segments is null || segments.Count == 0) return;
        context.Count(segments.Count);
        if (!style.Visible) return;
        var bbox = Bounds(segments);
        Paint? fill = e.Name == "line" ? null : Resolve(style.Fill, style, bbox);
        Paint? strokePaint = style.StrokeWidth > 0 ? Resolve(style.Stroke, style, bbox) : null;
        if (fill is null && strokePaint is null) return;
        var shape = new VectorShape(segments)
        {
            Fill = fill,
            EvenOdd = style.EvenOdd,
            FillOpacity = style.FillOpacity * style.Opacity,
            StrokeOpacity = style.StrokeOpacity * style.Opacity,
            Stroke = strokePaint is null ? null : new StrokeStyle(strokePaint, style.StrokeWidth)
            {
                Cap = style.Cap, Join = style.Join, MiterLimit = style.MiterLimit, Dashes = style.Dashes, DashOffset = style.DashOffset,
            },
        };
        output.Add(new DrawingShape(ctm, shape));
    }

    Paint? Resolve(PaintSpec spec, SvgStyle style, (double X0, double Y0, double X1, double Y1) bbox) => spec.Kind switch
    {
        PaintKind.Color => new SolidPaint(spec.Color),
        PaintKind.Current => new SolidPaint(style.Color),
        PaintKind.Url => SvgGradients.Resolve(context, spec.Id!, bbox, style) ?? (spec.Fallback is { } f ? new SolidPaint(f) : null),
        _ => null,
    };

    static (double, double, double, double) Bounds(List<PathSegment> segments)
    {
        double x0 = double.MaxValue, y0 = double.MaxValue, x1 = double.MinValue, y1 = double.MinValue;
        void Add(double x, double y) { x0 = Math.Min(x0, x); y0 = Math.Min(y0, y); x1 = Math.Max(x1, x); y1 = Math.Max(y1, y); }
        foreach (var s in segments)
        {
            if (s.Verb == PathVerb.Close) continue;
            Add(s.X, s.Y);
            if (s.Verb == PathVerb.Cubic) { Add(s.X1, s.Y1); Add(s.X2, s.Y2); }
        }
        return (x0, y0, x1, y1);
    }

    /// <summary>The element's outline in its own coordinates; null or empty when it draws nothing (a zero-sized rectangle).</summary>
    List<PathSegment>? Geometry(SvgElement e, SvgStyle style)
    {
        switch (e.Name)
        {
            case "path":
                {
                    if (e["d"] is not { } d) return null;
                    var (segments, errorAt) = SvgPathData.Parse(d);
                    if (errorAt >= 0) context.Warn($"SVG path data (line {e.Line}) has an error at character {errorAt + 1}; drawn up to it");
                    return segments;
                }
            case "rect":
                {
                    double x = Len(e, "x", Axis.X, style), y = Len(e, "y", Axis.Y, style);
                    double w = Len(e, "width", Axis.X, style), h = Len(e, "height", Axis.Y, style);
                    if (w <= 0 || h <= 0) return null;
                    double? rxa = context.Length(e["rx"], Axis.X, style.FontSize), rya = context.Length(e["ry"], Axis.Y, style.FontSize);
                    double rx = Math.Clamp(rxa ?? rya ?? 0, 0, w / 2), ry = Math.Clamp(rya ?? rxa ?? 0, 0, h / 2);
                    if (rx == 0 || ry == 0)
                        return [PathSegment.Move(x, y), PathSegment.Line(x + w, y), PathSegment.Line(x + w, y + h), PathSegment.Line(x, y + h), PathSegment.Close];
                    var s = new List<PathSegment> { PathSegment.Move(x + rx, y), PathSegment.Line(x + w - rx, y) };
                    SvgPathData.Arc(s, x + w - rx, y, rx, ry, 0, false, true, x + w, y + ry);
                    s.Add(PathSegment.Line(x + w, y + h - ry));
                    SvgPathData.Arc(s, x + w, y + h - ry, rx, ry, 0, false, true, x + w - rx, y + h);
                    s.Add(PathSegment.Line(x + rx, y + h));
                    SvgPathData.Arc(s, x + rx, y + h, rx, ry, 0, false, true, x, y + h - ry);
                    s.Add(PathSegment.Line(x, y + ry));
                    SvgPathData.Arc(s, x, y + ry, rx, ry, 0, false, true, x + rx, y);
                    s.Add(PathSegment.Close);
                    return s;
                }
            case "circle":
                {
                    double r = Len(e, "r", Axis.Diagonal, style);
                    return r > 0 ? Ellipse(Len(e, "cx", Axis.X, style), Len(e, "cy", Axis.Y, style), r, r) : null;
                }
            case "ellipse":
                {
                    double? rxa = context.Length(e["rx"], Axis.X, style.FontSize), rya = context.Length(e["ry"], Axis.Y, style.FontSize);
                    double rx = rxa ?? rya ?? 0, ry = rya ?? rxa ?? 0;
                    return rx > 0 && ry > 0 ? Ellipse(Len(e, "cx", Axis.X, style), Len(e, "cy", Axis.Y, style), rx, ry) : null;
                }
            case "line":
                return [PathSegment.Move(Len(e, "x1", Axis.X, style), Len(e, "y1", Axis.Y, style)),
                        PathSegment.Line(Len(e, "x2", Axis.X, style), Len(e, "y2", Axis.Y, style))];
            case "polyline" or "polygon":
                {
                    var points = SvgNumbers.List(e["points"]);
                    if (points is null) { context.Warn($"SVG <{e.Name}> points (line {e.Line}) are not a list of numbers; drawn without it"); return null; }
                    if (points.Count < 4) return null;
                    var s = new List<PathSegment> { PathSegment.Move(points[0], points[1]) };
                    for (int i = 2; i + 1 < points.Count; i += 2) s.Add(PathSegment.Line(points[i], points[i + 1]));
                    if (e.Name == "polygon") s.Add(PathSegment.Close);
                    return s;
                }
        }
        return null;
    }

    static List<PathSegment> Ellipse(double cx, double cy, double rx, double ry)
    {
        double kx = rx * Kappa, ky = ry * Kappa;
        return
        [
            PathSegment.Move(cx + rx, cy),
            PathSegment.Cubic(cx + rx, cy + ky, cx + kx, cy + ry, cx, cy + ry),
            PathSegment.Cubic(cx - kx, cy + ry, cx - rx, cy + ky, cx - rx, cy),
            PathSegment.Cubic(cx - rx, cy - ky, cx - kx, cy - ry, cx, cy - ry),
            PathSegment.Cubic(cx + kx, cy - ry, cx + rx, cy - ky, cx + rx, cy),
            PathSegment.Close,
        ];
    }
}
