namespace Book.Layout.Text;

/// <summary>
/// The measure of each line of a paragraph, by 0-based line index: one width for all, a
/// list whose last entry repeats (a hanging shape, a run-around), or any function.
/// </summary>
public sealed class LineWidths
{
    private readonly double _constant;
    private readonly double[]? _widths;
    private readonly Func<int, double>? _function;

    private LineWidths(double constant, double[]? widths, Func<int, double>? function, int uniformFrom)
    {
        _constant = constant;
        _widths = widths;
        _function = function;
        UniformFrom = uniformFrom;
    }

    /// <summary>
    /// From this line index on, every line has the same width. The line breaker only needs
    /// to tell line numbers apart before it, which keeps its work small.
    /// </summary>
    public int UniformFrom { get; }

    public double this[int line] =>
        _widths is not null ? _widths[Math.Min(line, _widths.Length - 1)]
        : _function is not null ? FromCaller(line)
        : _constant;

    private double FromCaller(int line)
    {
        double w = _function!(line);
        if (!double.IsFinite(w) || w < 0)
            throw new InvalidOperationException($"The line-width function gave {w.ToString(System.Globalization.CultureInfo.InvariantCulture)} for line {line}; widths must be finite and not negative.");
        return w;
    }

    public static LineWidths Constant(double width)
    {
        Check(width);
        return new LineWidths(width, null, null, 0);
    }

    /// <summary>Line i is <c>widths[i]</c>; lines past the end take the last width.</summary>
    public static LineWidths FromList(IReadOnlyList<double> widths)
    {
        ArgumentNullException.ThrowIfNull(widths);
        if (widths.Count == 0) throw new ArgumentException("At least one line width is needed.", nameof(widths));
        var copy = widths.ToArray();
        foreach (var w in copy) Check(w);
        // Trailing repeats of the last width do not need distinct line numbers.
        int uniformFrom = copy.Length - 1;
        while (uniformFrom > 0 && copy[uniformFrom - 1].Equals(copy[^1])) uniformFrom--;
        return new LineWidths(0, copy, null, uniformFrom);
    }

    /// <summary>
    /// Widths from a function of the 0-based line index. Say from which line on it is constant
    /// when you know; otherwise every line number is kept apart (correct, a little slower).
    /// </summary>
    public static LineWidths FromFunction(Func<int, double> widthOfLine, int uniformFrom = int.MaxValue)
    {
        ArgumentNullException.ThrowIfNull(widthOfLine);
        ArgumentOutOfRangeException.ThrowIfNegative(uniformFrom);
        return new LineWidths(0, null, widthOfLine, uniformFrom);
    }

    public static implicit operator LineWidths(double width) => Constant(width);

    private static void Check(double width)
    {
        if (!double.IsFinite(width) || width < 0) throw new ArgumentOutOfRangeException(nameof(width), width, "A line width must be finite and not negative.");
    }
}
