using Book.Pages;

namespace Book.Images.Svg;

/// <summary>SVG's transform lists: matrix, translate, scale, rotate (about a centre), skewX, skewY.</summary>
internal static class SvgTransform
{
    /// <returns>The list's transform (the rightmost function applies first), or null when it cannot be read.</returns>
    public static Transform? Parse(string text)
    {
        var result = Transform.Identity;
        int i = 0;
        while (true)
        {
            while (i < text.Length && (SvgNumbers.IsSpace(text[i]) || text[i] == ',')) i++;
            if (i >= text.Length) return result;
            int nameStart = i;
            while (i < text.Length && char.IsAsciiLetter(text[i])) i++;
            string name = text[nameStart..i];
            while (i < text.Length && SvgNumbers.IsSpace(text[i])) i++;
            if (i >= text.Length || text[i] != '(') return null;
            int close = text.IndexOf(')', i);
            if (close < 0) return null;
            var args = SvgNumbers.List(text[(i + 1)..close]);
            i = close + 1;
            if (args is null) return null;
            Transform? t = Function(name, args);
            if (t is null) return null;
            // "a b" maps a point by b, then a: the new function applies before what came so far.
            result = t.Value.Then(result);
        }
    }

    static Transform? Function(string name, List<double> a) => (name, a.Count) switch
    {
        ("matrix", 6) => new Transform(a[0], a[1], a[2], a[3], a[4], a[5]),
        ("translate", 1) => Transform.Translate(a[0], 0),
        ("translate", 2) => Transform.Translate(a[0], a[1]),
        ("scale", 1) => Transform.Scale(a[0], a[0]),
        ("scale", 2) => Transform.Scale(a[0], a[1]),
        ("rotate", 1) => Transform.Rotate(a[0]),
        ("rotate", 3) => Transform.Translate(-a[1], -a[2]).Then(Transform.Rotate(a[0])).Then(Transform.Translate(a[1], a[2])),
        ("skewX", 1) => new Transform(1, 0, Math.Tan(a[0] * Math.PI / 180), 1, 0, 0),
        ("skewY", 1) => new Transform(1, Math.Tan(a[0] * Math.PI / 180), 0, 1, 0, 0),
        _ => null,
    };
}
