using Book.Pages;

namespace Book.Images.Svg;

/// <summary>
/// linearGradient and radialGradient as a shape uses them: attributes and stops inherited along
/// href chains inside the file, bounding-box units folded into the gradient's transform, the focal
/// point kept inside the circle (as SVG 1.1 does). Spread methods other than pad, and stop
/// opacity, are named in the warnings and drawn as pad and opaque.
/// </summary>
internal static class SvgGradients
{
    static readonly string[] Attributes = ["gradientUnits", "gradientTransform", "spreadMethod", "x1", "y1", "x2", "y2", "cx", "cy", "r", "fx", "fy"];

    public static Paint? Resolve(SvgReadContext context, string id, (double X0, double Y0, double X1, double Y1) bbox, SvgStyle style)
    {
        if (context.ById(id) is not { } element)
        {
            context.Warn($"SVG paint url(#{id}) refers to nothing in the file; its fallback (or nothing) is painted");
            return null;
        }
        if (element.Name is not ("linearGradient" or "radialGradient"))
        {
            context.Warn($"SVG <{element.Name}> paint is not supported; its fallback (or nothing) is painted");
            return null;
        }
        // Own attributes first, then those of the gradients it refers to, in turn.
        var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
        List<SvgElement>? stops = null;
        var seen = new HashSet<SvgElement>();
        for (var g = element; g is not null && seen.Add(g) && g.Name is "linearGradient" or "radialGradient";
             g = g["href"] is { } href ? context.ById(href.Trim()[1..]) : null)
        {
            foreach (var name in Attributes)
                if (g[name] is { } v) attributes.TryAdd(name, v);
            if (stops is null && g.Children.Any(c => c.Name == "stop")) stops = g.Children.Where(c => c.Name == "stop").ToList();
        }
        var list = Stops(context, stops ?? []);
        if (list.Count == 0) return null;
        if (list.Count == 1) return new SolidPaint(list[0].Color);
        if (attributes.GetValueOrDefault("spreadMethod") is "reflect" or "repeat")
            context.Warn("SVG gradient spreadMethod reflect or repeat is not supported; drawn as pad");

        bool boxUnits = attributes.GetValueOrDefault("gradientUnits") != "userSpaceOnUse";
        var transform = Transform.Identity;
        if (attributes.GetValueOrDefault("gradientTransform") is { } gt)
        {
            if (SvgTransform.Parse(gt) is { } t) transform = t;
            else context.Warn($"SVG gradientTransform \"{gt}\" is not understood; drawn untransformed");
        }
        if (boxUnits)
        {
            double w = bbox.X1 - bbox.X0, h = bbox.Y1 - bbox.Y0;
            // A bounding-box gradient on a shape without area (a horizontal line) is not drawn, as SVG says.
            if (!(w > 0 && h > 0)) return null;
            transform = transform.Then(new Transform(w, 0, 0, h, bbox.X0, bbox.Y0));
        }
        double Coord(string name, Axis axis, string otherwise)
        {
            string text = attributes.GetValueOrDefault(name) ?? otherwise;
            if (boxUnits)
            {
                var s = text.Trim();
                bool percent = s.EndsWith('%');
                return SvgNumbers.Parse(percent ? s[..^1] : s) is double v ? (percent ? v / 100 : v) : 0;
            }
            return context.Length(text, axis, style.FontSize) ?? 0;
        }
        if (element.Name == "linearGradient")
            return new GradientPaint(false, Coord("x1", Axis.X, "0%"), Coord("y1", Axis.Y, "0%"), Coord("x2", Axis.X, "100%"), Coord("y2", Axis.Y, "0%"),
                0, 0, 0, 0, 0, transform, list);
        double cx = Coord("cx", Axis.X, "50%"), cy = Coord("cy", Axis.Y, "50%"), r = Coord("r", Axis.Diagonal, "50%");
        double fx = attributes.ContainsKey("fx") ? Coord("fx", Axis.X, "50%") : cx, fy = attributes.ContainsKey("fy") ? Coord("fy", Axis.Y, "50%") : cy;
        if (r <= 0) return new SolidPaint(list[^1].Color);
        double d = Math.Sqrt((fx - cx) * (fx - cx) + (fy - cy) * (fy - cy));
        if (d > r * 0.999) { fx = cx + (fx - cx) * r * 0.999 / d; fy = cy + (fy - cy) * r * 0.999 / d; }
        return new GradientPaint(true, 0, 0, 0, 0, cx, cy, r, fx, fy, transform, list);
    }

    static List<GradientStop> Stops(SvgReadContext context, List<SvgElement> elements)
    {
        var stops = new List<GradientStop>();
        double last = 0;
        foreach (var e in elements)
        {
            string? colorText = e["stop-color"], opacityText = e["stop-opacity"];
            if (e["style"] is { } style)
                foreach (var declaration in style.Split(';'))
                {
                    int colon = declaration.IndexOf(':');
                    if (colon < 0) continue;
                    string name = declaration[..colon].Trim(), value = declaration[(colon + 1)..].Trim();
                    if (name == "stop-color") colorText = value;
                    else if (name == "stop-opacity") opacityText = value;
                }
            var offsetText = (e["offset"] ?? "0").Trim();
            bool percent = offsetText.EndsWith('%');
            double offset = SvgNumbers.Parse(percent ? offsetText[..^1] : offsetText) is double o ? (percent ? o / 100 : o) : 0;
            // Offsets are clamped to 0…1 and never go back, as SVG says.
            offset = Math.Max(last, Math.Clamp(offset, 0, 1));
            last = offset;
            var color = colorText is null ? RgbColor.Black : SvgColor.Parse(colorText) ?? RgbColor.Black;
            double opacity = SvgNumbers.Parse(opacityText) is double op ? Math.Clamp(op, 0, 1) : 1;
            if (opacity < 1) context.Warn("SVG gradient stop-opacity is not supported; the stops are drawn opaque");
            stops.Add(new GradientStop(offset, color, opacity));
        }
        return stops;
    }
}
