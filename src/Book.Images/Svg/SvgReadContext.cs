using Book.Pages;

namespace Book.Images.Svg;

internal enum Axis { X, Y, Diagonal }

/// <summary>
/// What reading one SVG file shares: its elements by id, the viewport percentages refer to, the
/// warnings so far (each said once, in the order met) and the budget that bounds what
/// <c>&lt;use&gt;</c> can multiply.
/// </summary>
internal sealed class SvgReadContext
{
    /// <summary>Shapes and texts a file may expand to (a few nested uses can multiply a small file a millionfold).</summary>
    public const int MaxNodes = 200_000;
    public const int MaxSegments = 2_000_000;

    private readonly Dictionary<string, SvgElement> _ids = new(StringComparer.Ordinal);
    private readonly List<string> _warnings = new();
    private readonly HashSet<string> _said = new(StringComparer.Ordinal);
    private int _nodes, _segments;

    public SvgReadContext(SvgElement root)
    {
        // Every reference is checked before anything is drawn: one pointing outside the file refuses it.
        var stack = new Stack<SvgElement>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var e = stack.Pop();
            if (e["id"] is { } id) _ids.TryAdd(id, e);
            // A link is followed by a reader, never fetched by us: it may point anywhere.
            if (e.Name != "a" && e["href"] is { } href) CheckReference(href, e.Name == "image");
            foreach (var child in e.Children) stack.Push(child);
        }
    }

    public IReadOnlyList<string> Warnings => _warnings;
    public double ViewportWidth { get; set; } = 300;
    public double ViewportHeight { get; set; } = 150;
    /// <summary>The groups and <c>&lt;use&gt;</c> targets being drawn, outermost first: a use of one of them is a cycle.</summary>
    public HashSet<SvgElement> Drawing { get; } = new(ReferenceEqualityComparer.Instance);

    public SvgElement? ById(string id) => _ids.GetValueOrDefault(id);

    public void Warn(string message)
    {
        if (_said.Add(message)) _warnings.Add(message);
    }

    /// <summary>Only references inside the file ("#id") are allowed; anything else would read another file or the network.</summary>
    public void CheckReference(string reference, bool image = false)
    {
        var r = reference.Trim();
        if (r.StartsWith('#') && r.Length > 1 && !image) return;
        string shown = r.Length > 60 ? r[..60] + "…" : r;
        if (image && r.StartsWith("data:", StringComparison.OrdinalIgnoreCase))
            throw new SvgFormatException("an SVG file with an embedded image (data: in <image>); pictures inside SVG drawings are refused");
        throw new SvgFormatException($"an SVG file referring to something outside it (\"{shown}\"); only references to ids inside the file (#name) are allowed");
    }

    /// <summary>Elements visited (through uses, one element is visited many times) and how deep: bounded, so
    /// a chain or tree of uses over empty groups can neither run for ever nor exhaust the stack.</summary>
    public const int MaxVisits = 1_000_000, MaxWalkDepth = 256;
    private int _visits, _depth;

    public void Enter()
    {
        if (++_visits > MaxVisits) throw new SvgFormatException($"an SVG file that expands (through <use>) to more than {MaxVisits:N0} elements");
        if (++_depth > MaxWalkDepth) throw new SvgFormatException($"an SVG file whose <use> references nest deeper than {MaxWalkDepth}");
    }

    public void Leave() => _depth--;

    /// <summary>Counts a shape or text against the budget.</summary>
    public void Count(int segments)
    {
        if (++_nodes > MaxNodes) throw new SvgFormatException($"an SVG file that expands (through <use>) to more than {MaxNodes:N0} shapes");
        _segments += segments;
        if (_segments > MaxSegments) throw new SvgFormatException($"an SVG file with more than {MaxSegments:N0} path segments");
    }

    /// <summary>A length in user units (CSS pixels): a number, or one with a unit (px pt pc in cm mm em ex %).</summary>
    public double? Length(string? text, Axis axis, double fontSize)
    {
        if (text is null) return null;
        var s = text.Trim();
        if (s.EndsWith('%'))
            return SvgNumbers.Parse(s[..^1]) is double p ? p / 100 * Reference(axis) : null;
        int unitStart = s.Length;
        while (unitStart > 0 && char.IsAsciiLetter(s[unitStart - 1])) unitStart--;
        // "1e3" has no unit: an exponent ends in a digit, so the scan above stops before it.
        if (SvgNumbers.Parse(s[..unitStart]) is not double v) return null;
        double? factor = s[unitStart..].ToLowerInvariant() switch
        {
            "" or "px" => 1,
            "pt" => 96.0 / 72,
            "pc" => 16,
            "in" => 96,
            "cm" => 96 / 2.54,
            "mm" => 96 / 25.4,
            "q" => 96 / 101.6,
            "em" => fontSize,
            "ex" => fontSize / 2,
            _ => null,
        };
        return factor is double f ? v * f : null;
    }

    double Reference(Axis axis) => axis switch
    {
        Axis.X => ViewportWidth,
        Axis.Y => ViewportHeight,
        _ => Math.Sqrt((ViewportWidth * ViewportWidth + ViewportHeight * ViewportHeight) / 2),
    };
}
