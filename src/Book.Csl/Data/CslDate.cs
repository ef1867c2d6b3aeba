namespace Book.Csl;

/// <summary>Year, month and day of one end of a date; 0 where absent. Month 13–16 are seasons.</summary>
public readonly record struct DateParts(int Year, int Month, int Day)
{
    internal bool IsEmpty => Year == 0 && Month == 0 && Day == 0;
}

/// <summary>A CSL-JSON date: a point or a range, possibly approximate, or text printed as written.</summary>
public sealed record CslDate
{
    public DateParts Start { get; init; }
    public DateParts? End { get; init; }
    /// <summary>1–4 (spring … winter) or a season given as text.</summary>
    public string? Season { get; init; }
    public bool Circa { get; init; }
    /// <summary>Printed as written (an unparseable raw date also lands here).</summary>
    public string? Literal { get; init; }

    /// <summary>A range with no end yet ("1987–").</summary>
    public bool OpenEnd { get; init; }

    internal bool HasParts => !Start.IsEmpty;
}
