using Book.Pages;

namespace Book.Pdf;

/// <summary>How <see cref="PdfWriter"/> writes a file.</summary>
/// <param name="Compress">Flate-compress content, font and CMap streams (off only for debugging).</param>
/// <param name="Producer">The /Producer entry of the document information dictionary.</param>
/// <param name="Warning">Receives problems that do not stop writing (dead links, duplicate anchors).</param>
/// <param name="Archival">Write PDF/A-2b: XMP metadata matching /Info and an sRGB output intent.</param>
/// <param name="ScreenPpi">Images whose resolution, at the largest size they are drawn, exceeds this
/// (by more than a tenth) are resampled down to it by <paramref name="Resampler"/>; null keeps every
/// image as it is (the print editions).</param>
/// <param name="Resampler">Makes the smaller copies (and the RGB copy of a profile-less CMYK JPEG in an
/// archival file); it lives with the decoders, so the writer needs no image library.</param>
public sealed record PdfWriteOptions(
    bool Compress = true,
    string Producer = "book (Book.Pdf)",
    Action<string>? Warning = null,
    bool Archival = false,
    double? ScreenPpi = null,
    IImageResampler? Resampler = null)
{
    public static PdfWriteOptions Default { get; } = new();
}
