using System.Globalization;
using Book.Pages;
using Book.Pdf.Syntax;

namespace Book.Pdf.Export;

/// <summary>
/// What painting a <see cref="PathItem"/> needs beyond the page's own operators: its path in PDF's
/// Y-up terms, and the resources it asks for, kept per page or form: an /ExtGState for each opacity
/// pair and a shading /Pattern for each gradient as placed (a pattern's matrix maps onto the page, so
/// one placement is one pattern). Both are small dictionaries written inside /Resources.
/// </summary>
internal sealed class ShapeResources
{
    private readonly Dictionary<(double, double), string> _stateNames = new();
    public List<(string Name, PdfDictionary Dict)> States { get; } = new();
    public List<(string Name, PdfDictionary Dict)> Patterns { get; } = new();

    /// <summary>The /ExtGState setting fill (ca) and stroke (CA) opacity.</summary>
    public string Opacity(double fill, double stroke)
    {
        if (_stateNames.TryGetValue((fill, stroke), out var name)) return name;
        name = "GS" + (States.Count + 1).ToString(CultureInfo.InvariantCulture);
        var dict = new PdfDictionary("ExtGState");
        dict["ca"] = fill;
        dict["CA"] = stroke;
        States.Add((name, dict));
        _stateNames.Add((fill, stroke), name);
        return name;
    }

    /// <summary>A shading pattern for <paramref name="gradient"/>; <paramref name="toPage"/> maps gradient space onto the page's (PDF, Y up) space.</summary>
    public string Pattern(GradientPaint gradient, Transform toPage)
    {
        string name = "P" + (Patterns.Count + 1).ToString(CultureInfo.InvariantCulture);
        var shading = new PdfDictionary();
        shading["ShadingType"] = gradient.Radial ? 3 : 2;
        shading["ColorSpace"] = PdfName.Key("DeviceRGB");
        shading["Coords"] = gradient.Radial
            ? PdfArray.Numbers(gradient.Fx, gradient.Fy, 0, gradient.Cx, gradient.Cy, gradient.R)
            : PdfArray.Numbers(gradient.X1, gradient.Y1, gradient.X2, gradient.Y2);
        shading["Function"] = Function(gradient.Stops);
        // SVG's pad: the end colours go on beyond the ends.
        shading["Extend"] = new PdfArray(true, true);
        var pattern = new PdfDictionary("Pattern");
        pattern["PatternType"] = 2;
        pattern["Shading"] = shading;
        pattern["Matrix"] = PdfArray.Numbers(toPage.A, toPage.B, toPage.C, toPage.D, toPage.E, toPage.F);
        Patterns.Add((name, pattern));
        return name;
    }

    /// <summary>
    /// The colour along the gradient, 0 to 1: one exponential (linear, N 1) function between each pair of
    /// stops, stitched at the stops' offsets; before the first stop and after the last the colour holds.
    /// </summary>
    static PdfDictionary Function(IReadOnlyList<GradientStop> given)
    {
        var stops = new List<GradientStop>(given);
        if (stops[0].Offset > 0) stops.Insert(0, stops[0] with { Offset = 0 });
        if (stops[^1].Offset < 1) stops.Add(stops[^1] with { Offset = 1 });
        if (stops.Count == 2) return Linear(stops[0].Color, stops[1].Color);
        var functions = new PdfArray();
        var bounds = new List<double>();
        var encode = new List<double>();
        for (int i = 0; i + 1 < stops.Count; i++)
        {
            functions.Add(Linear(stops[i].Color, stops[i + 1].Color));
            if (i > 0) bounds.Add(stops[i].Offset);
            encode.Add(0); encode.Add(1);
        }
        var stitched = new PdfDictionary();
        stitched["FunctionType"] = 3;
        stitched["Domain"] = PdfArray.Numbers(0, 1);
        stitched["Functions"] = functions;
        stitched["Bounds"] = PdfArray.Numbers(bounds.ToArray());
        stitched["Encode"] = PdfArray.Numbers(encode.ToArray());
        return stitched;
    }

    static PdfDictionary Linear(RgbColor from, RgbColor to)
    {
        var f = new PdfDictionary();
        f["FunctionType"] = 2;
        f["Domain"] = PdfArray.Numbers(0, 1);
        f["C0"] = PdfArray.Numbers(from.R, from.G, from.B);
        f["C1"] = PdfArray.Numbers(to.R, to.G, to.B);
        f["N"] = 1;
        return f;
    }
}
