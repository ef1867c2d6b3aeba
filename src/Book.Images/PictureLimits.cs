using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Memory;

namespace Book.Images;

/// <summary>
/// How large a picture may be, checked from its header before any pixel is decoded, so a
/// decompression bomb (a 100,000 × 100,000 PNG of a few kilobytes) is refused at once; and the
/// ImageSharp configuration every decode uses, whose allocator cannot hand out more than the limit.
/// </summary>
public static class PictureLimits
{
    /// <summary>100 megapixels: a 12,000 × 8,000 scan of a poster; far beyond a book page at 600 ppi.</summary>
    public const long MaxPixels = 100_000_000;
    /// <summary>What one decoded picture may take in memory (its pixels at the decoding pixel size).</summary>
    public const long MaxDecodedBytes = 600L * 1024 * 1024;

    /// <summary>One decode at a time per picture, on one thread: the same bytes whatever the machine,
    /// and a crafted file cannot ask ImageSharp's allocator for more than the limit.</summary>
    internal static readonly Configuration Decoding = Make();

    static Configuration Make()
    {
        var c = Configuration.Default.Clone();
        c.MaxDegreeOfParallelism = 1;
        c.MemoryAllocator = MemoryAllocator.Create(new MemoryAllocatorOptions
        {
            AllocationLimitMegabytes = (int)(MaxDecodedBytes / (1024 * 1024)),
            MaximumPoolSizeMegabytes = 32,
        });
        return c;
    }

    /// <exception cref="PictureFormatException">the picture is larger than the limits</exception>
    public static void Check(string kind, long width, long height, int bytesPerPixel)
    {
        long pixels = width * height;
        if (pixels > MaxPixels || pixels * bytesPerPixel > MaxDecodedBytes)
            throw new PictureFormatException(
                $"a {kind} of {width:N0} × {height:N0} pixels ({pixels / 1e6:0.#} megapixels), larger than the limit of {MaxPixels / 1_000_000} megapixels; refused before decoding");
    }
}
