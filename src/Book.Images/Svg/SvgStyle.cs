using Book.Pages;

namespace Book.Images.Svg;

/// <summary>A fill or stroke as written: none, a colour, currentColor, or a gradient by id (with a fallback colour).</summary>
internal readonly record struct PaintSpec(PaintKind Kind, RgbColor Color = default, string? Id = null, RgbColor? Fallback = null)
{
    public static PaintSpec None => new(PaintKind.None);
}

internal enum PaintKind { None, Color, Current, Url }

/// <summary>
/// The presentation properties in force at an element: the inherited ones as SVG inherits them,
/// and <see cref="Opacity"/>, which SVG applies to the group as a whole, multiplied down the tree
/// (exact unless a group's own children overlap).
/// </summary>
internal sealed class SvgStyle
{
    public PaintSpec Fill = new(PaintKind.Color, RgbColor.Black);
    public PaintSpec Stroke = PaintSpec.None;
    public RgbColor Color = RgbColor.Black;
    public double FillOpacity = 1, StrokeOpacity = 1, Opacity = 1;
    public bool EvenOdd;
    public double StrokeWidth = 1, MiterLimit = 4, DashOffset;
    public LineCap Cap;
    public LineJoin Join;
    public double[] Dashes = [];
    public double FontSize = 16;
    public bool Bold, Italic;
    public TextAnchor Anchor;
    public bool Visible = true;

    public SvgStyle Clone() => (SvgStyle)MemberwiseClone();

    /// <summary>
    /// The element's own properties over the inherited ones: presentation attributes first, then its
    /// style="" declarations, which win. Returns false for display:none (nothing of it is drawn).
    /// </summary>
    public bool Apply(SvgElement e, SvgReadContext context)
    {
        bool displayed = true;
        foreach (var name in Properties)
            if (e[name] is { } value) displayed &= Set(name, value, context);
        if (e["style"] is { } style)
            foreach (var declaration in style.Split(';'))
            {
                int colon = declaration.IndexOf(':');
                if (colon < 0) continue;
                string name = declaration[..colon].Trim().ToLowerInvariant(), value = declaration[(colon + 1)..].Trim();
                if (value.EndsWith("!important", StringComparison.OrdinalIgnoreCase)) value = value[..^10].Trim();
                displayed &= Set(name, value, context);
            }
        return displayed;
    }

    static readonly string[] Properties =
    [
        "fill", "stroke", "color", "fill-opacity", "stroke-opacity", "opacity", "fill-rule", "stroke-width",
        "stroke-linecap", "stroke-linejoin", "stroke-miterlimit", "stroke-dasharray", "stroke-dashoffset",
        "font-size", "font-weight", "font-style", "text-anchor", "display", "visibility",
        "filter", "mask", "clip-path", "marker-start", "marker-mid", "marker-end", "font-family",
    ];

    bool Set(string name, string value, SvgReadContext context)
    {
        if (value == "inherit") return true;
        switch (name)
        {
            case "fill": if (ReadPaint(value, context) is { } f) Fill = f; break;
            case "stroke": if (ReadPaint(value, context) is { } s) Stroke = s; break;
            case "color": if (SvgColor.Parse(value) is { } c) Color = c; break;
            case "fill-opacity": FillOpacity = Unit(value, FillOpacity); break;
            case "stroke-opacity": StrokeOpacity = Unit(value, StrokeOpacity); break;
            case "opacity": Opacity *= Unit(value, 1); break;
            case "fill-rule": EvenOdd = value == "evenodd"; break;
            case "stroke-width": if (context.Length(value, Axis.Diagonal, FontSize) is double w && w >= 0) StrokeWidth = w; break;
            case "stroke-linecap": Cap = value switch { "round" => LineCap.Round, "square" => LineCap.Square, _ => LineCap.Butt }; break;
            case "stroke-linejoin": Join = value switch { "round" => LineJoin.Round, "bevel" => LineJoin.Bevel, _ => LineJoin.Miter }; break;
            case "stroke-miterlimit": if (SvgNumbers.Parse(value) is double m && m >= 1) MiterLimit = m; break;
            case "stroke-dasharray": Dashes = ReadDashes(value, context); break;
            case "stroke-dashoffset": if (context.Length(value, Axis.Diagonal, FontSize) is double o) DashOffset = o; break;
            case "font-size": if (context.Length(value, Axis.Diagonal, FontSize) is double size && size > 0) FontSize = size; break;
            case "font-weight": Bold = value is "bold" or "bolder" || SvgNumbers.Parse(value) is >= 600; break;
            case "font-style": Italic = value is "italic" or "oblique"; break;
            case "text-anchor": Anchor = value switch { "middle" => TextAnchor.Middle, "end" => TextAnchor.End, _ => TextAnchor.Start }; break;
            case "display": return value != "none";
            case "visibility": Visible = value == "visible"; break;
            case "filter" or "mask" or "clip-path" when value != "none":
                context.Warn($"SVG {name} is not supported; drawn without it");
                break;
            case "marker-start" or "marker-mid" or "marker-end" when value != "none":
                context.Warn("SVG markers are not supported; lines are drawn without them");
                break;
            case "font-family":
                context.Warn("SVG font-family is not used: texts are set in the book's fonts");
                break;
        }
        return true;
    }

    static double Unit(string value, double otherwise)
    {
        bool percent = value.EndsWith('%');
        return SvgNumbers.Parse(percent ? value[..^1] : value) is double v ? Math.Clamp(percent ? v / 100 : v, 0, 1) : otherwise;
    }

    static double[] ReadDashes(string value, SvgReadContext context)
    {
        if (value == "none") return [];
        var list = new List<double>();
        foreach (var part in value.Split([',', ' ', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (context.Length(part, Axis.Diagonal, 16) is not double d || d < 0) return [];
            list.Add(d);
        }
        // All zero draws a solid line; an odd count is repeated to make it even, as SVG says.
        if (list.Count == 0 || list.All(d => d == 0)) return [];
        if (list.Count % 2 == 1) list.AddRange(list);
        return list.ToArray();
    }

    static PaintSpec? ReadPaint(string value, SvgReadContext context)
    {
        value = value.Trim();
        if (value == "none") return PaintSpec.None;
        if (value == "currentColor") return new PaintSpec(PaintKind.Current);
        if (value.StartsWith("url(", StringComparison.Ordinal))
        {
            int close = value.IndexOf(')');
            if (close < 0) return null;
            string target = value[4..close].Trim().Trim('"', '\'');
            context.CheckReference(target);
            RgbColor? fallback = null;
            string rest = value[(close + 1)..].Trim();
            if (rest.Length > 0 && rest != "none") fallback = SvgColor.Parse(rest);
            return new PaintSpec(PaintKind.Url, Id: target[1..], Fallback: fallback);
        }
        if (SvgColor.Parse(value) is { } color) return new PaintSpec(PaintKind.Color, color);
        context.Warn($"SVG colour \"{value}\" is not understood; the inherited paint is kept");
        return null;
    }
}
