namespace Book.Pages;

/// <summary>
/// Makes a smaller copy of an image for a screen edition. The PDF writer decides the size (it knows
/// where each image is drawn); the implementation lives with the decoders (Book.Images), so the
/// writer needs no image library. Same input, same output bytes, on any thread.
/// </summary>
public interface IImageResampler
{
    /// <summary>A copy of <paramref name="image"/> with the given stored pixel size (no larger than the
    /// image's), or null to keep the original (re-encoding would not make it smaller, or cannot be done).</summary>
    ImageData? Downsample(ImageData image, int pixelWidth, int pixelHeight);

    /// <summary>A CMYK JPEG without an ICC profile as an RGB image of the same size, for files whose
    /// output intent is RGB (PDF/A); null if it cannot be done.</summary>
    ImageData? ToRgb(ImageData cmykJpeg);
}
