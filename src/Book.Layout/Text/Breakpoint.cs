namespace Book.Layout.Text;

/// <summary>
/// Where one line ends. <see cref="ItemIndex"/> is a glue (which vanishes), a penalty
/// (whose width — a hyphen — is set at the line end) or the paragraph's final forced break.
/// </summary>
/// <param name="ItemIndex">Index of the item at which the line breaks.</param>
/// <param name="LineIndex">0-based line number.</param>
/// <param name="Ratio">
/// Adjustment ratio for the line's glue, from its own stretch and shrink: positive
/// stretches, negative shrinks; 0 for a line that has infinite stretch and is not overfull.
/// Below -1 the line is overfull; ±∞ when the line has nothing to stretch or shrink.
/// </param>
/// <param name="Hyphenated">The line ends at a flagged penalty.</param>
/// <param name="Overfull">Wider than its measure even with all glue shrunk: warn.</param>
/// <param name="Underfull">Stretched beyond <see cref="BreakOptions.Tolerance"/> (possible only through emergency stretch or a last resort): warn.</param>
/// <param name="Shortfall">Measure minus natural width (negative when too wide), in the caller's units.</param>
public readonly record struct Breakpoint(
    int ItemIndex,
    int LineIndex,
    double Ratio,
    bool Hyphenated,
    bool Overfull,
    bool Underfull,
    double Shortfall);

/// <summary>The lines of a paragraph, in order, and how hard it was to find them.</summary>
public sealed class LineBreakResult
{
    internal LineBreakResult(IReadOnlyList<Breakpoint> breaks, int pass, double demerits)
    {
        Breaks = breaks;
        Pass = pass;
        TotalDemerits = demerits;
    }

    public IReadOnlyList<Breakpoint> Breaks { get; }

    /// <summary>1 = without hyphenation at pretolerance, 2 = with hyphenation at tolerance, 3 = with emergency stretch.</summary>
    public int Pass { get; }

    public double TotalDemerits { get; }

    public int LineCount => Breaks.Count;

    public bool HasOverfull => Breaks.Any(b => b.Overfull);

    public bool HasUnderfull => Breaks.Any(b => b.Underfull);

    public static LineBreakResult Empty { get; } = new(Array.Empty<Breakpoint>(), 0, 0);
}
