using Book.Pdf.Print;

namespace Book.Tests.Print;

/// <summary>The print-shop edition: trim, bleed and media boxes, crop marks outside the bleed.</summary>
public class TrimWriterTests
{
    const double Bleed = 3 * 72 / 25.4;

    [Fact]
    public void Boxes_are_nested_trim_inside_bleed_inside_media()
    {
        string pdf = PrintTestKit.Save(PrintTestKit.Bytes(s => TrimWriter.Write(PrintTestKit.FolioTree(3), s)));
        try
        {
            Assert.Equal("3", PdfProbe.PdfInfo(pdf)["Pages"]);
            for (int page = 1; page <= 3; page++)
            {
                var boxes = PrintTestKit.Boxes(pdf, page);
                var trim = boxes["TrimBox"]; var bleed = boxes["BleedBox"]; var media = boxes["MediaBox"];
                Assert.Equal(PrintTestKit.A5W, trim[2] - trim[0], 0.02);
                Assert.Equal(PrintTestKit.A5H, trim[3] - trim[1], 0.02);
                for (int i = 0; i < 2; i++) Assert.Equal(trim[i] - Bleed, bleed[i], 0.02);
                for (int i = 2; i < 4; i++) Assert.Equal(trim[i] + Bleed, bleed[i], 0.02);
                Assert.Equal(0, media[0]); Assert.Equal(0, media[1]);
                // Room for the marks beyond the bleed on every side.
                Assert.True(bleed[0] >= 5 * 72 / 25.4 && media[2] - bleed[2] >= 5 * 72 / 25.4, string.Join(" ", media));
            }
            var check = PdfProbe.QpdfCheck(pdf);
            Assert.True(check.ExitCode == 0, check.ToString());
        }
        finally { File.Delete(pdf); }
    }

    [Fact]
    public void Crop_marks_are_drawn_outside_the_bleed_and_nothing_inside_it()
    {
        string pdf = PrintTestKit.Save(PrintTestKit.Bytes(s => TrimWriter.Write(PrintTestKit.FolioTree(1), s)));
        try
        {
            var boxes = PrintTestKit.Boxes(pdf, 1);
            var px = PrintTestKit.Render(pdf, 1);
            int h = px.GetLength(0), w = px.GetLength(1);
            var trim = boxes["TrimBox"]; var bleed = boxes["BleedBox"];
            // Pixel rows are measured from the top; PDF y from the bottom.
            int bl = (int)Math.Floor(bleed[0]), br = (int)Math.Ceiling(bleed[2]);
            int bt = h - (int)Math.Ceiling(bleed[3]), bb = h - (int)Math.Floor(bleed[1]);
            // Marks at all four corners, beyond the bleed.
            Assert.NotNull(PrintTestKit.Ink(px, 0, 0, bl, bt + 30));
            Assert.NotNull(PrintTestKit.Ink(px, br, 0, w, bt + 30));
            Assert.NotNull(PrintTestKit.Ink(px, 0, bb - 30, bl, h));
            Assert.NotNull(PrintTestKit.Ink(px, br, bb - 30, w, h));
            // The band between bleed and trim is empty (the page itself has no ink there).
            int tl = (int)Math.Ceiling(trim[0]), tr = (int)Math.Floor(trim[2]);
            Assert.Null(PrintTestKit.Ink(px, bl + 1, bt + 1, tl - 1, bb - 1));
            Assert.Null(PrintTestKit.Ink(px, tr + 1, bt + 1, br - 1, bb - 1));
            // The page content is inside the trim: its folio shows.
            Assert.Equal(["1"], PrintTestKit.Words(pdf, 1));
        }
        finally { File.Delete(pdf); }
    }
}
