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
/// A decoded or passed-through picture, ready for an output writer: its pixel size, colour
/// components (1 gray, 3 RGB, 4 CMYK for JPEG only) and bytes. <see cref="Alpha"/>, when present, is
/// one 8-bit coverage sample a pixel (a soft mask). <see cref="Key"/> identifies the content (a hash of
/// the source file), so a picture used on several pages is embedded once.
/// </summary>
public sealed class ImageData
{
    public required string Key { get; init; }
    public required ImageEncoding Encoding { get; init; }
    public required int PixelWidth { get; init; }
    public required int PixelHeight { get; init; }
    public required int Components { get; init; }
    public required ReadOnlyMemory<byte> Data { get; init; }
    public ReadOnlyMemory<byte>? Alpha { get; init; }
    /// <summary>Adobe's CMYK JPEGs store inverted components; the writer then adds a /Decode array.</summary>
    public bool InvertedCmyk { get; init; }
}
