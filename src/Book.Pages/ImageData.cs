namespace Book.Pages;

/// <summary>How an image's bytes are stored, which decides how a writer embeds them.</summary>
public enum ImageEncoding
{
    /// <summary>A baseline or progressive JPEG file, embedded as it is (PDF's DCTDecode).</summary>
    Jpeg,
    /// <summary>Uncompressed samples, row by row, top row first, <see cref="ImageData.Components"/>
    /// bytes a pixel (8 bits a component); the writer compresses them.</summary>
    Samples,
}

/// <summary>
/// How the stored pixels are turned to be seen upright: EXIF's orientation tag (1–8). The stored
/// rows stay as they are (a JPEG passes through unchanged); the writer draws them turned.
/// </summary>
public enum ImageOrientation
{
    /// <summary>Stored upright.</summary>
    Normal = 1,
    FlipHorizontal = 2,
    Rotate180 = 3,
    FlipVertical = 4,
    /// <summary>Mirrored about the top-left to bottom-right diagonal.</summary>
    Transpose = 5,
    /// <summary>Turned a quarter clockwise to be seen upright.</summary>
    Rotate90 = 6,
    /// <summary>Mirrored about the top-right to bottom-left diagonal.</summary>
    Transverse = 7,
    /// <summary>Turned a quarter counter-clockwise to be seen upright.</summary>
    Rotate270 = 8,
}

/// <summary>
/// A decoded or passed-through picture, ready for an output writer: its stored pixel size, colour
/// components (1 gray, 3 RGB, 4 CMYK for JPEG only) and bytes. <see cref="Alpha"/>, when present, is
/// one 8-bit coverage sample a pixel (a soft mask). <see cref="Key"/> identifies the content (a hash of
/// the source file), so a picture used on several pages is embedded once.
/// </summary>
public sealed class ImageData
{
    public required string Key { get; init; }
    public required ImageEncoding Encoding { get; init; }
    /// <summary>Pixels across and down as stored (before <see cref="Orientation"/> turns them).</summary>
    public required int PixelWidth { get; init; }
    public required int PixelHeight { get; init; }
    public required int Components { get; init; }
    public required ReadOnlyMemory<byte> Data { get; init; }
    public ReadOnlyMemory<byte>? Alpha { get; init; }
    /// <summary>Adobe's CMYK JPEGs store inverted components; the writer then adds a /Decode array.</summary>
    public bool InvertedCmyk { get; init; }
    /// <summary>The ICC profile the file embeds (its colour space matches <see cref="Components"/>),
    /// kept so the writer can say exactly what the samples mean; null means sRGB / device gray.</summary>
    public ReadOnlyMemory<byte>? IccProfile { get; init; }
    public ImageOrientation Orientation { get; init; } = ImageOrientation.Normal;

    /// <summary>True when the orientation swaps width and height (a quarter turn or a diagonal mirror).</summary>
    public bool Transposed => Orientation >= ImageOrientation.Transpose;
}
