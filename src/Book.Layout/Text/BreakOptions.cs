namespace Book.Layout.Text;

/// <summary>
/// The knobs of Knuth–Plass line breaking. Defaults are plain TeX's, plus a hard limit of
/// two consecutive hyphenated lines.
/// </summary>
public sealed record BreakOptions
{
    /// <summary>Badness allowed in the first pass, which tries no hyphenation (flagged) breaks; negative skips that pass.</summary>
    public double Pretolerance { get; init; } = 100;

    /// <summary>Badness allowed in the second pass, with hyphenation (TeX's \tolerance). 10000 allows anything that is not overfull.</summary>
    public double Tolerance { get; init; } = 200;

    /// <summary>Added to every line's stretchability in a third, last pass when the second finds no feasible breaks.</summary>
    public double EmergencyStretch { get; init; }

    /// <summary>Demerits added to every line, so fewer lines are preferred.</summary>
    public double LinePenalty { get; init; } = 10;

    /// <summary>Extra demerits for two consecutive lines ending in a flagged break.</summary>
    public double DoubleHyphenDemerits { get; init; } = 10000;

    /// <summary>Extra demerits when the second-last line ends in a flagged break.</summary>
    public double FinalHyphenDemerits { get; init; } = 5000;

    /// <summary>Extra demerits for adjacent lines whose fitness classes are not neighbours (tight next to loose).</summary>
    public double AdjacentDemerits { get; init; } = 10000;

    /// <summary>Make the paragraph this many lines longer (positive) or shorter (negative) than optimal, if feasible.</summary>
    public int Looseness { get; init; }

    /// <summary>
    /// Hard limit on consecutive lines ending in a flagged break, on top of the demerits;
    /// null for no limit. Only a last-resort overfull line may break it.
    /// </summary>
    public int? MaxConsecutiveHyphens { get; init; } = 2;

    /// <summary>
    /// Most active breakpoints kept at once. When exceeded, those with the most demerits are
    /// dropped, which keeps time linear on pathological input at a small risk of missing
    /// the optimum; ordinary paragraphs never reach it.
    /// </summary>
    public int MaxActiveNodes { get; init; } = 1000;

    public static BreakOptions Default { get; } = new();

    internal void Validate()
    {
        if (double.IsNaN(Pretolerance) || double.IsNaN(Tolerance) || Tolerance < 0)
            throw new ArgumentOutOfRangeException(nameof(Tolerance), "Tolerance must be a number, not negative.");
        if (!double.IsFinite(EmergencyStretch) || EmergencyStretch < 0)
            throw new ArgumentOutOfRangeException(nameof(EmergencyStretch), "EmergencyStretch must be finite and not negative.");
        if (MaxConsecutiveHyphens is < 1)
            throw new ArgumentOutOfRangeException(nameof(MaxConsecutiveHyphens), "Use null for no limit; at least 1 otherwise.");
        if (MaxActiveNodes < 8)
            throw new ArgumentOutOfRangeException(nameof(MaxActiveNodes), "Keep at least 8 active nodes.");
    }
}
