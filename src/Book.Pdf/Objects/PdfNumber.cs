using System.Globalization;

namespace Book.Pdf;

/// <summary>
/// A PDF number. Integers and reals share one type: the formatter writes whole values
/// without a decimal point, so 2.0 and 2 serialise identically.
/// </summary>
public sealed class PdfNumber : PdfObject
{
    public PdfNumber(double value) => Value = value;
    public double Value { get; }
    public override void WriteTo(PdfOutput output) => output.WriteAscii(Format(Value));

    /// <summary>
    /// Invariant culture, at most three decimals, never an exponent, trailing zeros
    /// trimmed and no "-0": PDF has no exponent syntax and we want stable bytes.
    /// </summary>
    public static string Format(double value)
    {
        if (!double.IsFinite(value))
            throw new ArgumentOutOfRangeException(nameof(value), value, "PDF numbers must be finite.");
        double rounded = Math.Round(value, 3, MidpointRounding.AwayFromZero);
        if (rounded == 0) return "0";
        // "0.###" never produces an exponent for doubles; large magnitudes print all digits.
        return rounded.ToString("0.###", CultureInfo.InvariantCulture);
    }

    public static string Format(int value) => value.ToString(CultureInfo.InvariantCulture);
}
