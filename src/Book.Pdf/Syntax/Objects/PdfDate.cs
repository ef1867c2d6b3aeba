using System.Globalization;

namespace Book.Pdf.Syntax;

/// <summary>PDF date strings, always in UTC so the bytes don't depend on the machine's zone.</summary>
public static class PdfDate
{
    public static string Format(DateTimeOffset date) =>
        "D:" + date.ToUniversalTime().ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) + "+00'00'";

    public static PdfString ToPdfString(DateTimeOffset date) => PdfString.Ascii(Format(date));
}
