namespace Book.Pages;

/// <summary>
/// A picture as layout places it and the PDF writer paints it: <see cref="Raster"/> (JPEG, PNG) or
/// <see cref="Vector"/> (SVG), exactly one set, with the size its file asks for.
/// </summary>
public sealed class Picture
{
    /// <summary>The size the file asks for, in points: pixels at the resolution it records (96 ppi when
    /// it records none, as browsers assume), or an SVG's width and height.</summary>
    public required double NaturalWidth { get; init; }
    public required double NaturalHeight { get; init; }
    /// <summary>Pixels across and down as the picture is seen (EXIF orientation applied); 0 for a vector picture.</summary>
    public int PixelWidth { get; init; }
    public int PixelHeight { get; init; }
    public ImageData? Raster { get; init; }
    public VectorDrawing? Vector { get; init; }
}
