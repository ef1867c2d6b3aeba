using Book.Images;
using Book.Pages;
using Book.Pdf.Export;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.PixelFormats;

namespace Book.Tests.Images;

/// <summary>JPEG and PNG files read by <see cref="PictureDecoder"/>: what it reports and what it refuses.</summary>
public class PictureDecoderTests
{
    static DecodedPicture Decode(byte[] file) => PictureDecoder.Decode(file);
    static ImageData Raster(byte[] file) => Decode(file).Content.Raster!;

    /// <summary>Gray ramps left to right, half transparent on the right when asked.</summary>
    static Rgba32 Ramp(int x, int y, bool alpha) => new((byte)(x * 16), (byte)(x * 16), (byte)(x * 16), alpha && x >= 8 ? (byte)100 : (byte)255);

    [Theory]
    [InlineData(PngColorType.Grayscale, PngBitDepth.Bit1, 1, false)]
    [InlineData(PngColorType.Grayscale, PngBitDepth.Bit2, 1, false)]
    [InlineData(PngColorType.Grayscale, PngBitDepth.Bit4, 1, false)]
    [InlineData(PngColorType.Grayscale, PngBitDepth.Bit8, 1, false)]
    [InlineData(PngColorType.Grayscale, PngBitDepth.Bit16, 1, false)]
    [InlineData(PngColorType.GrayscaleWithAlpha, PngBitDepth.Bit8, 1, true)]
    [InlineData(PngColorType.GrayscaleWithAlpha, PngBitDepth.Bit16, 1, true)]
    [InlineData(PngColorType.Rgb, PngBitDepth.Bit8, 3, false)]
    [InlineData(PngColorType.Rgb, PngBitDepth.Bit16, 3, false)]
    [InlineData(PngColorType.RgbWithAlpha, PngBitDepth.Bit8, 3, true)]
    [InlineData(PngColorType.RgbWithAlpha, PngBitDepth.Bit16, 3, true)]
    [InlineData(PngColorType.Palette, PngBitDepth.Bit8, 3, true)]
    [InlineData(PngColorType.Palette, PngBitDepth.Bit4, 3, false)]
    public void Every_PNG_colour_type_and_depth_is_read_gray_staying_gray(PngColorType type, PngBitDepth depth, int components, bool alpha)
    {
        foreach (bool interlaced in new[] { false, true })
        {
            var file = PictureFiles.Png(16, 4, (x, y) => Ramp(x, y, alpha), type, depth, interlaced);
            var picture = Decode(file);
            var data = picture.Content.Raster!;
            string what = $"{type} {depth} interlaced={interlaced}";
            Assert.Equal("image/png", picture.MediaType);
            Assert.Equal((16, 4, 16, 4), (picture.Content.PixelWidth, picture.Content.PixelHeight, data.PixelWidth, data.PixelHeight));
            Assert.Equal(ImageEncoding.Samples, data.Encoding);
            Assert.True(components == data.Components, what);
            Assert.Equal(16 * 4 * components, data.Data.Length);
            Assert.True(alpha == data.Alpha is not null, $"{what}: alpha only where a pixel is not opaque");
            if (alpha) Assert.Equal(100, data.Alpha!.Value.Span[15]);
            // Black stays black and the lightest sample of the ramp stays light at every depth.
            Assert.Equal(0, data.Data.Span[0]);
            Assert.True(data.Data.Span[15 * components] > 200, $"{what}: {data.Data.Span[15 * components]}");
            if (depth == PngBitDepth.Bit8 || depth == PngBitDepth.Bit16)
                Assert.Equal(7 * 16, data.Data.Span[7 * components]); // 16-bit samples reduced to their high byte's value
        }
    }

    [Fact]
    public void An_opaque_RGBA_picture_gets_no_soft_mask_and_colours_are_kept()
    {
        var file = PictureFiles.Png(3, 1, (x, _) => x switch { 0 => new Rgba32(255, 0, 0, 255), 1 => new Rgba32(0, 255, 0, 255), _ => new Rgba32(0, 0, 255, 255) },
            PngColorType.RgbWithAlpha, PngBitDepth.Bit8);
        var data = Raster(file);
        Assert.Null(data.Alpha);
        Assert.Equal(new byte[] { 255, 0, 0, 0, 255, 0, 0, 0, 255 }, data.Data.ToArray());
    }

    [Fact]
    public void A_PNG_ICC_profile_is_kept_and_one_for_the_wrong_colour_space_is_named_and_left_out()
    {
        var srgb = OutputIntent.SrgbProfile();
        var rgb = PictureFiles.Png(4, 4, (x, y) => new Rgba32(200, 10, 10, 255), PngColorType.Rgb, PngBitDepth.Bit8);
        var withProfile = Insert(rgb, PictureFiles.Chunk("iCCP", Iccp(srgb)));
        var picture = Decode(withProfile);
        Assert.Equal(srgb, picture.Content.Raster!.IccProfile!.Value.ToArray());
        Assert.Empty(picture.Warnings);

        var gray = PictureFiles.Png(4, 4, (x, y) => new Rgba32(90, 90, 90, 255), PngColorType.Grayscale, PngBitDepth.Bit8);
        var wrong = Decode(Insert(gray, PictureFiles.Chunk("iCCP", Iccp(srgb))));
        Assert.Null(wrong.Content.Raster!.IccProfile);
        Assert.Contains(wrong.Warnings, w => w.Contains("ICC profile is for RGB", StringComparison.Ordinal));
    }

    [Fact]
    public void A_PNG_recorded_at_another_gamma_is_brought_to_sRGB_and_sRGB_is_left_alone()
    {
        var gray = PictureFiles.Png(2, 1, (x, _) => new Rgba32(128, 128, 128, 255), PngColorType.Grayscale, PngBitDepth.Bit8);
        var linear = BitConverter.GetBytes(System.Buffers.Binary.BinaryPrimitives.ReverseEndianness(100000)); // gAMA 1.0
        Assert.Equal(128, Raster(gray).Data.Span[0]);
        var brighter = Raster(Insert(gray, PictureFiles.Chunk("gAMA", linear))).Data.Span[0];
        Assert.InRange(brighter, 180, 190); // 0.5 linear is about 186 in sRGB's gamma
        var srgb = Insert(Insert(gray, PictureFiles.Chunk("gAMA", linear)), PictureFiles.Chunk("sRGB", [0]));
        Assert.Equal(128, Raster(srgb).Data.Span[0]);
    }

    [Fact]
    public void PNG_resolution_gives_the_natural_size()
    {
        var png = PictureFiles.Png(300, 150, (x, y) => new Rgba32(1, 2, 3, 255), PngColorType.Rgb, PngBitDepth.Bit8);
        var at96 = Decode(Without(png, "pHYs")).Content;
        Assert.Equal((225.0, 112.5), (at96.NaturalWidth, at96.NaturalHeight)); // no pHYs: 96 ppi
        var phys = new byte[9];
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(phys, 11811); // 300 ppi in pixels a metre
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(phys.AsSpan(4), 11811);
        phys[8] = 1;
        var at300 = Decode(Insert(Without(png, "pHYs"), PictureFiles.Chunk("pHYs", phys))).Content;
        Assert.Equal(72, at300.NaturalWidth, 0.1);
        Assert.Equal(36, at300.NaturalHeight, 0.1);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_JPEG_is_passed_through_with_its_components(bool gray)
    {
        var file = PictureFiles.Jpeg(40, 24, PictureFiles.Photo, gray);
        var picture = Decode(file);
        var data = picture.Content.Raster!;
        Assert.Equal("image/jpeg", picture.MediaType);
        Assert.Equal(ImageEncoding.Jpeg, data.Encoding);
        Assert.Equal(gray ? 1 : 3, data.Components);
        Assert.Equal(file, data.Data.ToArray());
        Assert.Equal((40, 24), (picture.Content.PixelWidth, picture.Content.PixelHeight));
        Assert.Equal(ImageOrientation.Normal, data.Orientation);
        Assert.Empty(picture.Warnings);
    }

    [Fact]
    public void Adobe_CMYK_JPEG_is_inverted_CMYK_and_without_a_profile_says_what_the_reading_PDF_will_do()
    {
        var picture = Decode(Convert.FromBase64String(CmykJpeg));
        var data = picture.Content.Raster!;
        Assert.Equal((4, true, null), (data.Components, data.InvertedCmyk, data.IccProfile));
        Assert.Contains(picture.Warnings, w => w.Contains("CMYK JPEG without an ICC profile", StringComparison.Ordinal));
    }

    [Fact]
    public void A_progressive_JPEG_is_accepted_and_lossless_arithmetic_and_12_bit_ones_are_refused_by_name()
    {
        var baseline = PictureFiles.Jpeg(16, 16, PictureFiles.Photo);
        int sof = SofAt(baseline);
        var progressive = (byte[])baseline.Clone();
        progressive[sof + 1] = 0xC2; // only the header is read: the marker decides
        Assert.Equal(3, Raster(progressive).Components);
        foreach (var (marker, name) in new[] { ((byte)0xC3, "lossless"), ((byte)0xC9, "arithmetic-coded"), ((byte)0xC5, "hierarchical") })
        {
            var other = (byte[])baseline.Clone();
            other[sof + 1] = marker;
            var e = Assert.Throws<PictureFormatException>(() => Decode(other));
            Assert.Contains(name, e.Message, StringComparison.Ordinal);
        }
        var twelve = (byte[])baseline.Clone();
        twelve[sof + 4] = 12;
        Assert.Contains("12-bit", Assert.Throws<PictureFormatException>(() => Decode(twelve)).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1, false, 40, 24)]
    [InlineData(3, true, 40, 24)]
    [InlineData(6, false, 24, 40)]
    [InlineData(8, true, 24, 40)]
    [InlineData(5, false, 24, 40)]
    public void EXIF_orientation_is_reported_and_the_picture_measured_upright(int orientation, bool bigEndian, int width, int height)
    {
        var file = PictureFiles.WithSegments(PictureFiles.Jpeg(40, 24, PictureFiles.Photo), PictureFiles.Exif(orientation, bigEndian));
        var picture = Decode(file);
        var data = picture.Content.Raster!;
        Assert.Equal((ImageOrientation)orientation, data.Orientation);
        Assert.Equal((40, 24), (data.PixelWidth, data.PixelHeight));             // stored
        Assert.Equal((width, height), (picture.Content.PixelWidth, picture.Content.PixelHeight)); // seen
        Assert.Equal(width * 0.75, picture.Content.NaturalWidth, 6);
        Assert.Equal(file, data.Data.ToArray()); // the bytes pass through: the writer turns the drawing
    }

    [Fact]
    public void Resolution_comes_from_JFIF_and_else_from_EXIF()
    {
        var jpeg = PictureFiles.Jpeg(300, 600, PictureFiles.Photo);
        // ImageSharp writes JFIF with 96 ppi unless told; EXIF alone counts when JFIF gives none.
        var noJfif = StripApp0(jpeg);
        var exif300 = Decode(PictureFiles.WithSegments(noJfif, PictureFiles.Exif(1, ppi: 300))).Content;
        Assert.Equal((72.0, 144.0), (exif300.NaturalWidth, exif300.NaturalHeight));
        var plain = Decode(noJfif).Content;
        Assert.Equal((225.0, 450.0), (plain.NaturalWidth, plain.NaturalHeight));
    }

    [Fact]
    public void ICC_chunks_are_put_back_in_order_and_an_incomplete_profile_is_named_and_left_out()
    {
        var srgb = OutputIntent.SrgbProfile();
        var chunks = PictureFiles.IccSegments(srgb, 1000);
        Assert.True(chunks.Length >= 3);
        var jpeg = PictureFiles.Jpeg(16, 16, PictureFiles.Photo);
        var shuffled = chunks.Reverse().ToArray();
        var picture = Decode(PictureFiles.WithSegments(jpeg, shuffled));
        Assert.Equal(srgb, picture.Content.Raster!.IccProfile!.Value.ToArray());
        Assert.Empty(picture.Warnings);

        var missing = Decode(PictureFiles.WithSegments(jpeg, chunks.Skip(1).ToArray()));
        Assert.Null(missing.Content.Raster!.IccProfile);
        Assert.Contains(missing.Warnings, w => w.Contains($"{chunks.Length} pieces of which {chunks.Length - 1}", StringComparison.Ordinal));
    }

    [Fact]
    public void A_CMYK_profile_is_kept_for_a_CMYK_JPEG()
    {
        var profile = PictureFiles.BareProfile("CMYK");
        var file = PictureFiles.WithSegments(Convert.FromBase64String(CmykJpeg), PictureFiles.IccSegments(profile, 60000));
        var picture = Decode(file);
        Assert.Equal(profile, picture.Content.Raster!.IccProfile!.Value.ToArray());
        Assert.Empty(picture.Warnings);
    }

    [Fact]
    public void A_PNG_bomb_is_refused_from_its_header_without_decoding()
    {
        // 100,000 × 100,000 RGB: 30 GB of samples claimed by a file of a few kilobytes.
        var bomb = PictureFiles.HandPng(100_000, 100_000, 8, 2, PictureFiles.Zeros(1 << 20));
        Assert.True(bomb.Length < 10_000, $"{bomb.Length} bytes");
        long before = GC.GetAllocatedBytesForCurrentThread();
        var e = Assert.Throws<PictureFormatException>(() => Decode(bomb));
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Contains("100,000 × 100,000 pixels", e.Message, StringComparison.Ordinal);
        Assert.Contains("refused before decoding", e.Message, StringComparison.Ordinal);
        Assert.True(allocated < 1 << 20, $"refusing allocated {allocated:N0} bytes");
    }

    [Fact]
    public void A_JPEG_claiming_too_many_pixels_is_refused()
    {
        var jpeg = PictureFiles.Jpeg(16, 16, PictureFiles.Photo);
        int sof = SofAt(jpeg);
        jpeg[sof + 5] = 0xEA; jpeg[sof + 6] = 0x60; // height 60,000
        jpeg[sof + 7] = 0xEA; jpeg[sof + 8] = 0x60; // width 60,000
        Assert.Contains("60,000 × 60,000", Assert.Throws<PictureFormatException>(() => Decode(jpeg)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Damaged_files_are_refused_with_what_was_found()
    {
        var png = PictureFiles.Png(64, 64, (x, y) => new Rgba32((byte)x, (byte)y, 0, 255), PngColorType.Rgb, PngBitDepth.Bit8);
        Assert.Contains("cut short", Refusal(png[..(png.Length / 2)]));
        // Chunks whole and checksummed, but the image data is not zlib: ImageSharp's complaint is passed on, not thrown.
        Assert.Contains("damaged image data", Refusal(PictureFiles.HandPng(8, 8, 8, 2, [1, 2, 3, 4, 5, 6, 7, 8])));
        // Whole zlib data whose rows carry an unknown filter type: ImageSharp's complaint is passed on, not thrown.
        Assert.Contains("cannot be decoded", Refusal(PictureFiles.HandPng(8, 8, 8, 2, PictureFiles.Filled(8 * 25, 9))));
        Assert.Contains("stops at byte 100 of 12,352", Refusal(PictureFiles.HandPng(64, 64, 8, 2, PictureFiles.Zeros(100))));
        Assert.Contains("colour type 2 at 4 bits", Refusal(PictureFiles.HandPng(8, 8, 4, 2, PictureFiles.Zeros(100))));
        Assert.Contains("cut short", Refusal(PictureFiles.HandPng(8, 8, 8, 2, PictureFiles.Zeros(8 * 25), end: false)));

        var jpeg = PictureFiles.Jpeg(64, 64, PictureFiles.Photo);
        Assert.Contains("cut short", Refusal(jpeg[..(jpeg.Length - 40)]));
        Assert.Contains("cut short", Refusal(jpeg[..(SofAt(jpeg) + 3)]));
        Assert.Contains("not a PNG, JPEG or SVG", Refusal("GIF89a"u8.ToArray()));
    }

    static string Refusal(byte[] file, [System.Runtime.CompilerServices.CallerLineNumber] int line = 0)
    {
        try { Decode(file); }
        catch (PictureFormatException e) { return e.Message; }
        Assert.Fail($"the file of line {line} was accepted");
        return "";
    }

    /// <summary>Where the frame header (FF C0) starts.</summary>
    static int SofAt(byte[] jpeg)
    {
        for (int i = 2; i + 1 < jpeg.Length; i++)
            if (jpeg[i] == 0xFF && jpeg[i + 1] is 0xC0) return i;
        throw new InvalidOperationException("no SOF0");
    }

    static byte[] StripApp0(byte[] jpeg)
    {
        Assert.Equal(0xE0, jpeg[3]);
        int length = (jpeg[4] << 8) | jpeg[5];
        return [.. jpeg[..2], .. jpeg[(4 + length)..]];
    }

    /// <summary>The PNG without its chunks of one type.</summary>
    static byte[] Without(byte[] png, string type)
    {
        var kept = new List<byte>(png[..8]);
        for (int i = 8; i < png.Length;)
        {
            int length = (int)System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(i));
            if (System.Text.Encoding.ASCII.GetString(png, i + 4, 4) != type) kept.AddRange(png[i..(i + 12 + length)]);
            i += 12 + length;
        }
        return kept.ToArray();
    }

    /// <summary>The chunk inserted right after IHDR.</summary>
    static byte[] Insert(byte[] png, byte[] chunk) => [.. png[..33], .. chunk, .. png[33..]];

    static byte[] Iccp(byte[] profile)
    {
        using var output = new MemoryStream();
        using (var z = new System.IO.Compression.ZLibStream(output, System.IO.Compression.CompressionLevel.Optimal, leaveOpen: true)) z.Write(profile);
        return [.. "ICC\0"u8, 0, .. output.ToArray()];
    }

    /// <summary>The Adobe CMYK JPEG of the PDF tests (ImageMagick: an 8 × 8 red square, stored inverted).</summary>
    internal const string CmykJpeg = "/9j/7gAOQWRvYmUAZAAAAAAC/9sAQwADAgIDAgIDAwMDBAMDBAUIBQUEBAUKBwcGCAwKDAwLCgsLDQ4SEA0OEQ4LCxAWEBETFBUVFQwPFxgWFBgSFBUU/9sAQwEDBAQFBAUJBQUJFA0LDRQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQU/8AAFAgACAAIBAERAAIRAQMRAQQRAP/EABUAAQEAAAAAAAAAAAAAAAAAAAgJ/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/EABUBAQEAAAAAAAAAAAAAAAAAAAcJ/8QAFBEBAAAAAAAAAAAAAAAAAAAAAP/aAA4EAQACEQMRBAAAPwBEHNKpVN//2Q==";
}
