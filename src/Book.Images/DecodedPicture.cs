using Book.Pages;

namespace Book.Images;

/// <summary>
/// A picture file as read once per build: what it is, its size, and what the page tree draws —
/// <see cref="Raster"/> for JPEG and PNG, <see cref="Vector"/> for SVG (exactly one is set).
/// </summary>
public sealed class DecodedPicture
{
    /// <summary>image/jpeg, image/png or image/svg+xml: what the e-book's manifest says.</summary>
    public required string MediaType { get; init; }
    /// <summary>Pixels across and down as the picture is seen (EXIF orientation applied); 0 for a vector picture.</summary>
    public int PixelWidth { get; init; }
    public int PixelHeight { get; init; }
    /// <summary>The size the file asks for, in points: pixels at the resolution it records (96 ppi when it
    /// records none, as browsers assume), or an SVG's width and height.</summary>
    public required double NaturalWidth { get; init; }
    public required double NaturalHeight { get; init; }
    public ImageData? Raster { get; init; }
    public VectorDrawing? Vector { get; init; }
    /// <summary>What the reader should know but need not stop for (an SVG feature drawn approximately or left out).</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
}

/// <summary>A picture file that cannot be used: the message says what was found ("not a PNG, JPEG or SVG file").</summary>
public sealed class PictureFormatException(string message) : Exception(message);
