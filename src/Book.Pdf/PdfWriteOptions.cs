namespace Book.Pdf;

/// <summary>How <see cref="PdfWriter"/> writes a file.</summary>
/// <param name="Compress">Flate-compress content, font and CMap streams (off only for debugging).</param>
/// <param name="Producer">The /Producer entry of the document information dictionary.</param>
/// <param name="Warning">Receives problems that do not stop writing (dead links, duplicate anchors).</param>
/// <param name="Archival">Write PDF/A-2b: XMP metadata matching /Info and an sRGB output intent.</param>
public sealed record PdfWriteOptions(
    bool Compress = true,
    string Producer = "book (Book.Pdf)",
    Action<string>? Warning = null,
    bool Archival = false)
{
    public static PdfWriteOptions Default { get; } = new();
}
