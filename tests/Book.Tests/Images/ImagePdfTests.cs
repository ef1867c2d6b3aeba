using Book.Images;
using Book.Pages;
using Book.Pdf;
using Book.Pdf.Export;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.PixelFormats;
using static Book.Tests.Images.ImagePdfKit;

namespace Book.Tests.Images;

/// <summary>
/// Decoded pictures placed on hand-built pages and written as PDF: what `pdfimages -list` reports
/// (size, colour space, components, bits, encoding, masks, resolution), the stored bytes, and the
/// rendered pixels.
/// </summary>
public class ImagePdfTests
{
    static ImageData Raster(byte[] file) => PictureDecoder.Decode(file).Content.Raster!;
    static byte[] CmykJpeg => Convert.FromBase64String(PictureDecoderTests.CmykJpeg);
    static readonly PdfWriteOptions Screen = new(ScreenPpi: 200, Resampler: PictureResampler.Instance);

    static Rgba32 Ramp(int x, int y) => new((byte)(x * 8), (byte)(y * 8), 90, 255);

    [Fact]
    public void Each_kind_of_picture_is_listed_with_its_colour_space_components_bits_and_mask()
    {
        var gray16 = Raster(PictureFiles.Png(32, 32, Ramp, PngColorType.Grayscale, PngBitDepth.Bit16));
        var palette = Raster(PictureFiles.Png(32, 32, (x, y) => new Rgba32(0, 0, 255, (byte)(x < 16 ? 0 : 255)), PngColorType.Palette, PngBitDepth.Bit8, interlaced: true));
        var opaque = Raster(PictureFiles.Png(32, 32, Ramp, PngColorType.RgbWithAlpha, PngBitDepth.Bit16));
        var grayAlpha = Raster(PictureFiles.Png(32, 32, (x, y) => new Rgba32(50, 50, 50, (byte)(x * 8)), PngColorType.GrayscaleWithAlpha, PngBitDepth.Bit8));
        var srgbJpeg = Raster(PictureFiles.WithSegments(PictureFiles.Jpeg(32, 32, PictureFiles.Photo), PictureFiles.IccSegments(OutputIntent.SrgbProfile(), 60000)));
        var grayJpeg = Raster(PictureFiles.Jpeg(32, 32, PictureFiles.Photo, gray: true));
        var cmyk = Raster(CmykJpeg);
        var tree = Tree(NewPage(1,
            new ImageItem(40, 40, 72, 72, gray16), new ImageItem(140, 40, 72, 72, palette), new ImageItem(240, 40, 72, 72, opaque),
            new ImageItem(40, 140, 72, 72, grayAlpha), new ImageItem(140, 140, 72, 72, srgbJpeg), new ImageItem(240, 140, 72, 72, grayJpeg),
            new ImageItem(40, 240, 72, 72, cmyk)));
        string pdf = Reading(tree);
        try
        {
            AssertValid(pdf);
            var rows = ListImages(pdf);
            var images = rows.Where(r => r.Type == "image").ToList();
            Assert.Equal(7, images.Count);
            Assert.All(images, r => Assert.Equal(8, r.Bpc));
            Assert.Equal(("gray", 1, "image"), (images[0].Color, images[0].Comp, images[0].Enc)); // 16-bit gray stays gray, in 8 bits
            Assert.Equal(("rgb", 3, "image"), (images[1].Color, images[1].Comp, images[1].Enc));
            Assert.Equal(("rgb", 3), (images[2].Color, images[2].Comp));
            Assert.Equal(("gray", 1), (images[3].Color, images[3].Comp));
            Assert.Equal(("icc", 3, "jpeg"), (images[4].Color, images[4].Comp, images[4].Enc));
            Assert.Equal(("gray", 1, "jpeg"), (images[5].Color, images[5].Comp, images[5].Enc));
            Assert.Equal(("cmyk", 4, "jpeg", 8), (images[6].Color, images[6].Comp, images[6].Enc, images[6].Width));
            Assert.All(images.Take(6), r => Assert.Equal((32, 32, 32, 32), (r.Width, r.Height, r.XPpi, r.YPpi)));
            // Soft masks for the palette with transparency and the gray with alpha; none for the opaque RGBA.
            var masks = rows.Where(r => r.Type == "smask").ToList();
            Assert.Equal(2, masks.Count);
            Assert.All(masks, m => Assert.Equal(("gray", 32, 32), (m.Color, m.Width, m.Height)));
        }
        finally { File.Delete(pdf); }
    }

    [Fact]
    public void One_profile_shared_by_pictures_is_written_once_as_ICCBased_with_N_and_Alternate()
    {
        var srgb = OutputIntent.SrgbProfile();
        var a = Raster(PictureFiles.WithSegments(PictureFiles.Jpeg(16, 16, PictureFiles.Photo), PictureFiles.IccSegments(srgb, 60000)));
        var b = Raster(PictureFiles.WithSegments(PictureFiles.Jpeg(24, 16, PictureFiles.Photo), PictureFiles.IccSegments(srgb, 60000)));
        string pdf = Reading(Tree(NewPage(1, new ImageItem(40, 40, 72, 72, a), new ImageItem(140, 40, 72, 72, b))));
        try
        {
            AssertValid(pdf);
            var images = ListImages(pdf);
            var spaces = images.Select(r => ColorSpaceOf(pdf, r.Object)).ToList();
            Assert.Equal(2, spaces.Count);
            Assert.Equal(spaces[0], spaces[1]);
            string profile = Dictionary(pdf, spaces[0]);
            Assert.Contains("/N 3", profile, StringComparison.Ordinal);
            Assert.Contains("/Alternate /DeviceRGB", profile, StringComparison.Ordinal);
        }
        finally { File.Delete(pdf); }
    }

    /// <summary>The object number of the ICC stream in an image's /ColorSpace [/ICCBased n 0 R].</summary>
    static int ColorSpaceOf(string pdf, int image)
    {
        var m = System.Text.RegularExpressions.Regex.Match(Dictionary(pdf, image), @"/ColorSpace \[ /ICCBased (\d+) 0 R \]");
        Assert.True(m.Success, Dictionary(pdf, image));
        return int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    [Fact]
    public void A_CMYK_JPEG_goes_in_byte_for_byte_with_its_profile_and_Adobe_inversion()
    {
        var profile = PictureFiles.BareProfile("CMYK");
        var file = PictureFiles.WithSegments(CmykJpeg, PictureFiles.IccSegments(profile, 60000));
        var data = Raster(file);
        foreach (var write in new Func<PageTree, string>[] { t => Reading(t, Screen with { Archival = true }), Trimmed })
        {
            string pdf = write(Tree(NewPage(1, new ImageItem(40, 40, 72, 72, data))));
            try
            {
                AssertValid(pdf);
                var row = Assert.Single(ListImages(pdf));
                Assert.Equal(("icc", 4, "jpeg"), (row.Color, row.Comp, row.Enc));
                Assert.Equal(file, RawStream(pdf, row.Object));
                string dict = Dictionary(pdf, row.Object);
                Assert.Contains("/Decode [ 1 0 1 0 1 0 1 0 ]", dict, StringComparison.Ordinal);
                Assert.Contains("/Alternate /DeviceCMYK", Dictionary(pdf, ColorSpaceOf(pdf, row.Object)), StringComparison.Ordinal);
            }
            finally { File.Delete(pdf); }
        }
    }

    [Fact]
    public void A_PDFA_reading_edition_shows_a_profile_less_CMYK_JPEG_as_RGB_and_print_keeps_its_CMYK()
    {
        var data = Raster(CmykJpeg);
        var tree = Tree(NewPage(1, new ImageItem(40, 40, 72, 72, data)));
        var warnings = new List<string>();
        string archival = Reading(tree, new PdfWriteOptions(Archival: true, Resampler: PictureResampler.Instance, Warning: warnings.Add));
        string bare = Reading(tree, new PdfWriteOptions(Archival: true, Warning: warnings.Add));
        string print = Trimmed(tree);
        try
        {
            var rgb = Assert.Single(ListImages(archival));
            Assert.Equal(("rgb", 3, "jpeg", 8), (rgb.Color, rgb.Comp, rgb.Enc, rgb.Width));
            var (r, g, b) = At(Render(archival, 1), 76, 76);
            Assert.True(r > 200 && g < 80 && b < 80, $"red, converted: {(r, g, b)}");
            // Without a resampler the writer cannot convert: it says so.
            Assert.Equal("cmyk", Assert.Single(ListImages(bare)).Color);
            Assert.Contains(warnings, w => w.Contains("PDF/A does not allow", StringComparison.Ordinal));
            var kept = Assert.Single(ListImages(print));
            Assert.Equal(("cmyk", 4), (kept.Color, kept.Comp));
            Assert.Equal(CmykJpeg, RawStream(print, kept.Object));
        }
        finally { File.Delete(archival); File.Delete(bare); File.Delete(print); }
    }

    [Fact]
    public void The_reading_PDF_resamples_to_the_screen_resolution_at_the_largest_drawn_size_and_print_keeps_the_original()
    {
        var png = Raster(PictureFiles.Png(1000, 500, (x, y) => { var p = PictureFiles.Photo(x, y); return new Rgba32(p.R, p.G, p.B, 255); }, PngColorType.Rgb, PngBitDepth.Bit8));
        var jpeg = Raster(PictureFiles.Jpeg(1200, 600, PictureFiles.Photo));
        var sharpEnough = Raster(PictureFiles.Jpeg(210, 100, PictureFiles.Photo)); // 210 ppi at 1 inch: within a tenth of 200, kept
        var tree = Tree(
            NewPage(1, new ImageItem(40, 40, 144, 72, png), new ImageItem(40, 140, 144, 72, jpeg), new ImageItem(40, 240, 72, 34.3, sharpEnough)),
            // The JPEG again, twice as large through a group: the largest use decides.
            NewPage(2, new GroupItem(Transform.Scale(2, 2), [new ImageItem(20, 20, 144, 72, jpeg)])));
        string reading = Reading(tree, Screen);
        string original = Reading(tree);
        string print = Trimmed(tree);
        try
        {
            AssertValid(reading);
            var rows = ListImages(reading).Where(r => r.Type == "image").ToList();
            Assert.Equal((400, 200, "image", 200, 200), (rows[0].Width, rows[0].Height, rows[0].Enc, rows[0].XPpi, rows[0].YPpi));
            Assert.Equal((800, 400, "jpeg"), (rows[1].Width, rows[1].Height, rows[1].Enc));
            Assert.Equal(400, rows[1].XPpi); // on page 1 it is drawn at half the size it was resampled for
            Assert.Equal((210, 100), (rows[2].Width, rows[2].Height));
            Assert.Equal((800, 400, 200), (rows[3].Width, rows[3].Height, rows[3].XPpi));

            foreach (var pdf in new[] { original, print })
            {
                var full = ListImages(pdf).Where(r => r.Type == "image").ToList();
                Assert.Equal((1000, 500, 500), (full[0].Width, full[0].Height, full[0].XPpi));
                Assert.Equal((1200, 600), (full[1].Width, full[1].Height));
            }
            string again = Reading(tree, Screen);
            Assert.Equal(File.ReadAllBytes(reading), File.ReadAllBytes(again)); // resampling and re-encoding give the same bytes
            File.Delete(again);
            Assert.True(new FileInfo(reading).Length < new FileInfo(original).Length / 2, "resampling makes the file smaller");
        }
        finally { File.Delete(reading); File.Delete(original); File.Delete(print); }
    }

    [Fact]
    public void Resampled_pictures_look_like_the_originals()
    {
        // Left half red, right half blue, with a soft mask clearing the bottom quarter: averaged, each stays itself.
        var png = Raster(PictureFiles.Png(800, 800, (x, y) => x < 400 ? new Rgba32(220, 20, 20, (byte)(y < 600 ? 255 : 0)) : new Rgba32(20, 20, 220, (byte)(y < 600 ? 255 : 0)),
            PngColorType.RgbWithAlpha, PngBitDepth.Bit8));
        var tree = Tree(NewPage(1, new FilledRect(30, 30, 164, 164, 0), new ImageItem(40, 40, 144, 144, png)));
        string pdf = Reading(tree, Screen);
        try
        {
            var rows = ListImages(pdf);
            Assert.Equal((400, 400), (rows[0].Width, rows[0].Height));
            Assert.Equal(("smask", 400, 400), (rows[1].Type, rows[1].Width, rows[1].Height));
            var px = Render(pdf, 1);
            var left = At(px, 60, 60); var right = At(px, 160, 60); var clear = At(px, 80, 175);
            Assert.True(left.R > 180 && left.B < 60, $"left: {left}");
            Assert.True(right.B > 180 && right.R < 60, $"right: {right}");
            Assert.True(clear.R < 40 && clear.G < 40 && clear.B < 40, $"the black rectangle shows through the clear quarter: {clear}");
        }
        finally { File.Delete(pdf); }
    }

    [Fact]
    public void Alpha_becomes_a_soft_mask_through_which_the_page_shows()
    {
        var png = Raster(PictureFiles.Png(20, 20, (x, y) => new Rgba32(0, 160, 0, (byte)(x < 10 ? 0 : 255)), PngColorType.RgbWithAlpha, PngBitDepth.Bit8));
        var tree = Tree(NewPage(1, new FilledRect(30, 30, 92, 92, 0), new ImageItem(40, 40, 72, 72, png)));
        foreach (var pdf in new[] { Reading(tree), Trimmed(tree) })
        {
            try
            {
                AssertValid(pdf);
                Assert.Contains(ListImages(pdf), r => r.Type == "smask");
                var px = Render(pdf, 1);
                // The trimmed page sits inside its bleed: find the offset from the black rectangle's corner.
                var (dx, dy) = Offset(px);
                var clear = At(px, 50 + dx, 76 + dy); var green = At(px, 100 + dx, 76 + dy);
                Assert.True(clear.R < 40 && clear.G < 40 && clear.B < 40, $"transparent half shows the black beneath: {clear}");
                Assert.True(green.G > 120 && green.R < 60, $"opaque half: {green}");
            }
            finally { File.Delete(pdf); }
        }
    }

    /// <summary>Where the page's (30, 30) black corner landed, in points, minus 30: about zero on the
    /// reading page. The first run of 40 dark pixels (crop marks are thinner and shorter).</summary>
    static (double X, double Y) Offset(byte[,,] px)
    {
        for (int row = 0; row < px.GetLength(0); row++)
            for (int col = 0, run = 0; col < px.GetLength(1); col++)
            {
                run = px[row, col, 0] < 60 && px[row, col, 1] < 60 && px[row, col, 2] < 60 ? run + 1 : 0;
                if (run == 40) return ((col - 39) * 72.0 / 50 - 30 + 1, row * 72.0 / 50 - 30 + 1);
            }
        throw new InvalidOperationException("no black rectangle");
    }

    /// <summary>
    /// A 64 × 32 JPEG stored with red, green / blue, yellow quadrants, tagged with each EXIF
    /// orientation: drawn, each must show the quadrants where EXIF puts them (6: the stored left
    /// column, red over blue, becomes the top row, blue then red).
    /// </summary>
    [Fact]
    public void EXIF_orientation_is_drawn_upright_for_all_eight_values()
    {
        static Rgb24 Quadrants(int x, int y) => (x < 32, y < 16) switch
        {
            (true, true) => new Rgb24(255, 0, 0), (false, true) => new Rgb24(0, 255, 0),
            (true, false) => new Rgb24(0, 0, 255), _ => new Rgb24(255, 255, 0),
        };
        var stored = PictureFiles.Jpeg(64, 32, Quadrants);
        // Upright top-left, top-right, bottom-left, bottom-right, by orientation.
        var expected = new Dictionary<int, string>
        {
            [1] = "RGBY", [2] = "GRYB", [3] = "YBGR", [4] = "BYRG",
            [5] = "RBGY", [6] = "BRYG", [7] = "YGBR", [8] = "GYRB",
        };
        var items = new List<PageItem>();
        var placed = new Dictionary<int, (double X, double Y, double W, double H)>();
        for (int o = 1; o <= 8; o++)
        {
            var picture = PictureDecoder.Decode(PictureFiles.WithSegments(stored, PictureFiles.Exif(o))).Content;
            double w = picture.PixelWidth * 1.5, h = picture.PixelHeight * 1.5; // 96 × 48 or 48 × 96 points
            double x = 20 + (o - 1) % 4 * 100, y = o <= 4 ? 40 : 140;
            items.Add(new ImageItem(x, y, w, h, picture.Raster!));
            placed[o] = (x, y, w, h);
        }
        foreach (var pdf in new[] { Reading(Tree(NewPage(1, [.. items])), Screen) })
        {
            try
            {
                AssertValid(pdf);
                Assert.All(ListImages(pdf), r => Assert.Equal((64, 32, "jpeg"), (r.Width, r.Height, r.Enc))); // stored as they came
                var px = Render(pdf, 1);
                foreach (var (o, (x, y, w, h)) in placed)
                {
                    string seen = string.Concat(new[] { (0.25, 0.25), (0.75, 0.25), (0.25, 0.75), (0.75, 0.75) }
                        .Select(q => Name(At(px, x + q.Item1 * w, y + q.Item2 * h))));
                    Assert.True(expected[o] == seen, $"orientation {o}: expected {expected[o]}, drawn {seen}");
                }
                // Nothing is drawn outside the upright rectangle: just right of orientation 6's is white.
                var (x6, y6, w6, h6) = placed[6];
                Assert.Equal('W', Name(At(px, x6 + w6 + 4, y6 + h6 / 2)));
            }
            finally { File.Delete(pdf); }
        }
    }

    static char Name((int R, int G, int B) c) => (c.R > 180, c.G > 180, c.B > 180) switch
    {
        (true, false, false) => 'R', (false, true, false) => 'G', (false, false, true) => 'B',
        (true, true, false) => 'Y', (true, true, true) => 'W', _ => '?',
    };

    [Fact]
    public void Area_averaging_is_exact_and_the_same_every_time()
    {
        // 4 × 2 gray to 2 × 1: each new pixel the mean of a 2 × 2 block.
        byte[] gray = [0, 100, 200, 255, 40, 60, 0, 1];
        Assert.Equal(new byte[] { 50, 114 }, AreaAverage.Resample(gray, 4, 2, 1, 2, 1));
        // 3 → 2 across: the middle pixel is shared half and half.
        Assert.Equal(new byte[] { 20, 87 }, AreaAverage.Resample(new byte[] { 0, 60, 100 }, 3, 1, 1, 2, 1)); // (0 + 30) / 1.5, (30 + 100) / 1.5
        // A flat colour stays exactly itself at any ratio; RGB components stay apart.
        var flat = Enumerable.Repeat(new byte[] { 10, 200, 77 }, 37 * 23).SelectMany(p => p).ToArray();
        var smaller = AreaAverage.Resample(flat, 37, 23, 3, 11, 7);
        Assert.Equal(Enumerable.Repeat(new byte[] { 10, 200, 77 }, 11 * 7).SelectMany(p => p).ToArray(), smaller);
        var photo = Enumerable.Range(0, 640 * 480).Select(i => (byte)(i * 31 % 251)).ToArray();
        Assert.Equal(AreaAverage.Resample(photo, 640, 480, 1, 199, 149), AreaAverage.Resample(photo, 640, 480, 1, 199, 149));
    }
}
