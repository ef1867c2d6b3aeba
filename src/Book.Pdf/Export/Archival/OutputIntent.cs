using Book.Pdf.Syntax;

namespace Book.Pdf.Export;

/// <summary>
/// The sRGB output intent PDF/A asks for: it says which colour space device colours mean,
/// with the ICC profile embedded (Debian's icc-profiles-free sRGB.icc, zlib licence).
/// </summary>
public static class OutputIntent
{
    public const string Condition = "sRGB IEC61966-2.1";

    /// <summary>The embedded profile's bytes.</summary>
    public static byte[] SrgbProfile()
    {
        using var stream = typeof(OutputIntent).Assembly.GetManifestResourceStream("Book.Pdf.Archival.sRGB.icc")
            ?? throw new InvalidOperationException("The sRGB ICC profile is missing from Book.Pdf.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }

    /// <summary>Writes the profile and returns the /OutputIntents array for the catalog.</summary>
    public static PdfArray Write(ObjectWriter writer, bool compress)
    {
        var profile = PdfStream.Create(SrgbProfile(), compress);
        profile["N"] = 3;
        var profileRef = writer.Add(profile);

        var intent = new PdfDictionary("OutputIntent");
        intent["S"] = new PdfName("GTS_PDFA1");
        intent["OutputConditionIdentifier"] = PdfString.Ascii(Condition);
        intent["Info"] = PdfString.Ascii(Condition);
        intent["DestOutputProfile"] = profileRef;
        return new PdfArray(intent);
    }
}
