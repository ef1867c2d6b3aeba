using System.Globalization;

namespace Book.Pdf.Syntax;

/// <summary>
/// A PDF number. Integers and reals share one type: the formatter writes whole values
/// without a decimal point, so 2.0 and 2 serialise identically.
/// </summary>
public sealed class PdfNumber : PdfObject
{
    public PdfNumber(double value) => Value = value;
    public double Value { get; }
    public override void WriteTo(PdfOutput output)
    {
        Span<char> buffer = stackalloc char[MaxFastChars];
        if (TryFormatFast(Value, buffer, out int written)) output.WriteAscii(buffer[..written]);
        else output.WriteAscii(FormatSlow(Value));
    }

    /// <summary>
    /// Invariant culture, at most three decimals, never an exponent, trailing zeros
    /// trimmed and no "-0": PDF has no exponent syntax and we want stable bytes.
    /// </summary>
    public static string Format(double value)
    {
        Span<char> buffer = stackalloc char[MaxFastChars];
        if (TryFormatFast(value, buffer, out int written)) return new string(buffer[..written]);
        return FormatSlow(value);
    }

    /// <summary>Appends <see cref="Format(double)"/>'s text without allocating a string (content streams write millions).</summary>
    public static void AppendTo(System.Text.StringBuilder sb, double value)
    {
        Span<char> buffer = stackalloc char[MaxFastChars];
        if (TryFormatFast(value, buffer, out int written)) sb.Append(buffer[..written]);
        else sb.Append(FormatSlow(value));
    }

    /// <summary>
    /// Writes <see cref="Format(double)"/>'s text as ASCII bytes when it takes the fast path (values
    /// below 10^9 in magnitude, at most <see cref="MaxFastChars"/> bytes); false leaves the rest to
    /// <see cref="FormatSlow"/>.
    /// </summary>
    internal static bool TryFormatAscii(double value, Span<byte> destination, out int written)
    {
        // TryFormatFast's arithmetic, digits written straight as bytes: content streams hold
        // millions of numbers, and this is most of what painting a page costs besides deflate.
        written = 0;
        long thousandths;
        if (value == (int)value && Math.Abs(value) < FastLimit)
        {
            // Whole numbers (1 0 0 1 of every text matrix, folios, ids) need no rounding.
            if (value == 0) { destination[0] = (byte)'0'; written = 1; return true; }
            thousandths = (long)value * 1000;
        }
        else
        {
            if (!double.IsFinite(value))
                throw new ArgumentOutOfRangeException(nameof(value), value, "PDF numbers must be finite.");
            double rounded = Math.Round(value, 3, MidpointRounding.AwayFromZero);
            if (rounded == 0) { destination[0] = (byte)'0'; written = 1; return true; }
            if (Math.Abs(rounded) >= FastLimit) return false;
            thousandths = (long)Math.Round(rounded * 1000, MidpointRounding.AwayFromZero);
        }
        int pos = 0;
        if (thousandths < 0) { destination[pos++] = (byte)'-'; thousandths = -thousandths; }
        long whole = thousandths / 1000;
        int frac = (int)(thousandths - whole * 1000);
        // Below 10^9: at most nine digits, written from the right.
        int digits = whole < 10 ? 1 : whole < 100 ? 2 : whole < 1000 ? 3 : whole < 10000 ? 4 : whole < 100000 ? 5
            : whole < 1000000 ? 6 : whole < 10000000 ? 7 : whole < 100000000 ? 8 : 9;
        for (int i = pos + digits - 1; i >= pos; i--) { destination[i] = (byte)('0' + (int)(whole % 10)); whole /= 10; }
        pos += digits;
        if (frac != 0)
        {
            destination[pos++] = (byte)'.';
            destination[pos++] = (byte)('0' + frac / 100);
            if (frac % 100 != 0)
            {
                destination[pos++] = (byte)('0' + frac / 10 % 10);
                if (frac % 10 != 0) destination[pos++] = (byte)('0' + frac % 10);
            }
        }
        written = pos;
        return true;
    }

    /// <summary>True when the value prints as "0" (it rounds to zero at three decimals).</summary>
    public static bool IsZero(double value) => double.IsFinite(value) && Math.Round(value, 3, MidpointRounding.AwayFromZero) == 0;

    internal const int MaxFastChars = 24;
    const double FastLimit = 1e9;

    /// <summary>
    /// The same text as "0.###" on the rounded value, from integer arithmetic: below 10^9 the
    /// rounded double is the nearest double to a whole number of thousandths, which "0.###"
    /// (15 significant digits, then three decimals) prints exactly, so printing that integer
    /// with a decimal point gives the same characters. Larger values take the general path.
    /// </summary>
    static bool TryFormatFast(double value, Span<char> buffer, out int written)
    {
        written = 0;
        if (!double.IsFinite(value))
            throw new ArgumentOutOfRangeException(nameof(value), value, "PDF numbers must be finite.");
        double rounded = Math.Round(value, 3, MidpointRounding.AwayFromZero);
        if (rounded == 0) { buffer[0] = '0'; written = 1; return true; }
        if (Math.Abs(rounded) >= FastLimit) return false;
        long thousandths = (long)Math.Round(rounded * 1000, MidpointRounding.AwayFromZero);
        int pos = 0;
        if (thousandths < 0) { buffer[pos++] = '-'; thousandths = -thousandths; }
        long whole = thousandths / 1000, frac = thousandths % 1000;
        whole.TryFormat(buffer[pos..], out int w, default, CultureInfo.InvariantCulture);
        pos += w;
        if (frac != 0)
        {
            buffer[pos++] = '.';
            buffer[pos++] = (char)('0' + frac / 100);
            if (frac % 100 != 0)
            {
                buffer[pos++] = (char)('0' + frac / 10 % 10);
                if (frac % 10 != 0) buffer[pos++] = (char)('0' + frac % 10);
            }
        }
        written = pos;
        return true;
    }

    /// <summary>The reference definition: invariant "0.###" of the value rounded away from zero at three decimals.</summary>
    internal static string FormatSlow(double value)
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
