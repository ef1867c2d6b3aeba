using System.Globalization;
using System.Text;
using Book.Images;
using Book.Layout.Pictures;
using Book.Layout.Styles;
using Book.Pages;
using Book.Pdf;
using Book.Pdf.Print;
using Book.Tests.Print;

namespace Book.Tests.Svg;

/// <summary>
/// SVG drawings placed on hand-made pages (as the figures slice will place them) and written by the
/// reading and print writers: qpdf's check, rendered pixels, pdftotext and pdffonts judge them.
/// </summary>
public class SvgPdfTests
{
    const double W = 419.53, H = 595.28;
    const string Ns = "xmlns=\"http://www.w3.org/2000/svg\"";
    static readonly FontSet Fonts = FontSet.Bundled();

    static VectorDrawing Drawing(string body, string size = "width=\"200\" height=\"100\"") =>
        PictureDecoder.Decode(Encoding.UTF8.GetBytes($"<svg {Ns} {size}>{body}</svg>")).Content.Vector!;

    /// <summary>The drawing scaled into a box whose top left is at (x, y) on a page, as a figure places it.</summary>
    static GroupItem Placed(VectorDrawing d, double x, double y, double width, double height) =>
        new(Transform.Translate(x, y), DrawingPlacer.Place(d, width, height, Fonts));

    static PageTree Tree(params PageItem[] items)
    {
        var tree = new PageTree { Info = new DocumentInfo("Drawings", null, null, "en", null, null, "book tests") };
        var page = new Page(W, H, FolioStyle.Arabic, 1);
        page.Items.AddRange(items);
        tree.Pages.Add(page);
        return tree;
    }

    static string Write(PageTree tree, PdfWriteOptions? options = null) =>
        PrintTestKit.Save(PrintTestKit.Bytes(s => PdfWriter.Write(tree, s, options)));

    static void AssertValid(string pdf)
    {
        var check = PdfProbe.QpdfCheck(pdf);
        Assert.True(check.ExitCode == 0, check.ToString());
        Assert.DoesNotContain("WARNING", check.StdOut + check.StdErr);
    }

    /// <summary>Renders a page at 72 dpi (a pixel a point) as RGB: [row, column] → (r, g, b).</summary>
    static (byte R, byte G, byte B)[,] Render(string pdf, int page = 1)
    {
        string prefix = Path.Combine(Path.GetTempPath(), "book-svg-" + Guid.NewGuid().ToString("N"));
        string p = page.ToString(CultureInfo.InvariantCulture);
        var r = PdfProbe.Run("pdftoppm", "-r", "72", "-singlefile", "-f", p, "-l", p, pdf, prefix);
        Assert.True(r.ExitCode == 0, r.ToString());
        var data = File.ReadAllBytes(prefix + ".ppm");
        File.Delete(prefix + ".ppm");
        var header = Encoding.ASCII.GetString(data, 0, 32).Split((char[]?)null, 5, StringSplitOptions.RemoveEmptyEntries);
        int w = int.Parse(header[1], CultureInfo.InvariantCulture), h = int.Parse(header[2], CultureInfo.InvariantCulture);
        int start = data.Length - w * h * 3;
        var px = new (byte, byte, byte)[h, w];
        for (int y = 0; y < h; y++)
            for (int x = 0; x < w; x++)
            {
                int i = start + (y * w + x) * 3;
                px[y, x] = (data[i], data[i + 1], data[i + 2]);
            }
        return px;
    }

    static void Near((byte R, byte G, byte B) actual, int r, int g, int b, int tolerance = 12)
    {
        Assert.True(Math.Abs(actual.R - r) <= tolerance && Math.Abs(actual.G - g) <= tolerance && Math.Abs(actual.B - b) <= tolerance,
            $"expected ({r}, {g}, {b}), got {actual}");
    }

    [Fact]
    public void A_red_rectangle_is_red_where_the_drawing_puts_it_and_nothing_shows_outside_the_drawing()
    {
        // 200 × 100 px = 150 × 75 pt, drawn into a 300 × 150 pt box at (50, 100): twice its size.
        var d = Drawing("<rect x=\"20\" y=\"10\" width=\"40\" height=\"40\" fill=\"red\"/><circle cx=\"250\" cy=\"50\" r=\"40\" fill=\"blue\"/>");
        string pdf = Write(Tree(Placed(d, 50, 100, 300, 150)));
        try
        {
            AssertValid(pdf);
            var px = Render(pdf);
            // The rect spans 20-60 px → 15-45 pt → 30-90 pt in the box → x 80-140, y 115-175 on the page.
            Near(px[145, 110], 255, 0, 0);
            Near(px[118, 83], 255, 0, 0);
            Near(px[145, 150], 255, 255, 255);
            Near(px[180, 110], 255, 255, 255);
            // The circle lies beyond the 200 px viewport: clipped away entirely.
            for (int x = 350; x < 419; x += 5) Near(px[175, x], 255, 255, 255);
        }
        finally { File.Delete(pdf); }
    }

    [Fact]
    public void A_linear_gradient_changes_colour_across_and_a_radial_one_from_centre_to_edge()
    {
        var d = Drawing("<defs><linearGradient id=\"lr\"><stop offset=\"0\" stop-color=\"#ff0000\"/><stop offset=\"0.5\" stop-color=\"#00ff00\"/><stop offset=\"1\" stop-color=\"#0000ff\"/></linearGradient>" +
            "<radialGradient id=\"rg\"><stop offset=\"0\" stop-color=\"white\"/><stop offset=\"1\" stop-color=\"black\"/></radialGradient></defs>" +
            "<rect x=\"0\" y=\"0\" width=\"200\" height=\"40\" fill=\"url(#lr)\"/><rect x=\"60\" y=\"50\" width=\"80\" height=\"50\" fill=\"url(#rg)\"/>",
            "width=\"200\" height=\"100\"");
        // 1:1 in points at (100, 100): the gradient bar is 150 pt wide, 30 pt tall.
        string pdf = Write(Tree(Placed(d, 100, 100, d.Width, d.Height)));
        try
        {
            AssertValid(pdf);
            var px = Render(pdf);
            Near(px[115, 102], 255, 0, 0, 20);
            Near(px[115, 175], 0, 255, 0, 20);
            Near(px[115, 248], 0, 0, 255, 20);
            // Radial: white at the box centre (60+40 px, 50+25 px → 175, 156 pt), darker at its edge.
            var centre = px[156, 175];
            var edge = px[156, 147];
            Assert.True(centre.R > 230, $"centre {centre}");
            Assert.True(edge.R < 60, $"edge {edge}");
        }
        finally { File.Delete(pdf); }
    }

    [Fact]
    public void Strokes_dashes_opacity_and_transforms_are_painted()
    {
        var d = Drawing("<g transform=\"translate(100 50) rotate(45)\"><rect x=\"-20\" y=\"-20\" width=\"40\" height=\"40\" fill=\"none\" stroke=\"#0000ff\" stroke-width=\"6\" stroke-dasharray=\"10 10\"/></g>" +
            "<rect x=\"0\" y=\"0\" width=\"60\" height=\"60\" fill=\"red\" fill-opacity=\"0.5\"/>", "width=\"200\" height=\"100\" viewBox=\"0 0 200 100\"");
        string pdf = Write(Tree(Placed(d, 0, 0, 200, 100)), new PdfWriteOptions(Compress: false));
        try
        {
            AssertValid(pdf);
            var text = File.ReadAllText(pdf, Encoding.Latin1);
            Assert.Contains("[10 10] 0 d", text);
            Assert.Contains("/ExtGState", text);
            Assert.Contains("/ca 0.5", text);
            var px = Render(pdf);
            Near(px[20, 20], 255, 128, 128, 20);        // half-transparent red over white: pink
            // The rotated square's corner points straight up: at x 100 (the centre), y ≈ 50 - 28 = 22.
            bool blue = false;
            for (int y = 16; y < 30; y++) if (px[y, 100].B > 200 && px[y, 100].R < 80) blue = true;
            Assert.True(blue, "the diamond's stroked top corner");
        }
        finally { File.Delete(pdf); }
    }

    [Fact]
    public void Svg_text_is_set_in_the_book_s_fonts_as_real_text_anchored_and_coloured()
    {
        var d = Drawing("<text x=\"100\" y=\"30\" font-size=\"20\" text-anchor=\"middle\" fill=\"#c00000\">Khojaly</text>" +
            "<text x=\"190\" y=\"70\" font-size=\"16\" text-anchor=\"end\"><tspan font-weight=\"bold\">Agdam</tspan> <tspan font-style=\"italic\">Gargar</tspan></text>");
        string pdf = Write(Tree(Placed(d, 50, 50, d.Width, d.Height)));
        try
        {
            AssertValid(pdf);
            var words = PdfProbe.Words(pdf);
            var khojaly = Assert.Single(words, w => w.Text == "Khojaly");
            // Centred on x = 50 + 100 px · 0.75 = 125 pt.
            Assert.InRange((khojaly.XMin + khojaly.XMax) / 2, 123, 127);
            var gargar = Assert.Single(words, w => w.Text == "Gargar");
            var agdam = Assert.Single(words, w => w.Text == "Agdam");
            // The chunk ends at 50 + 190 · 0.75 = 192.5 pt; the bold word before the italic one on the same line.
            Assert.InRange(gargar.XMax, 189, 194);
            Assert.True(agdam.XMax < gargar.XMin);
            var fonts = PdfProbe.PdfFonts(pdf);
            Assert.Equal(3, fonts.Count);              // regular, bold, italic faces of the book
            Assert.All(fonts, f => Assert.True(f.Embedded && f.Subset && f.Unicode));
            var px = Render(pdf);
            bool red = false;
            for (int y = 55; y < 75; y++)
                for (int x = 100; x < 150; x++)
                    if (px[y, x].R > 150 && px[y, x].G < 60) red = true;
            Assert.True(red, "Khojaly is set in its SVG colour");
        }
        finally { File.Delete(pdf); }
    }

    [Fact]
    public void A_tagged_drawing_is_figure_content_and_the_archival_file_stays_valid()
    {
        var root = new StructElement("Document");
        var figure = root.Add("Figure");
        figure.Alt = "A map";
        var d = Drawing("<rect width=\"100\" height=\"50\" fill=\"url(#g)\" opacity=\"0.8\"/><text x=\"10\" y=\"80\">Asgaran</text>" +
            "<linearGradient id=\"g\"><stop offset=\"0\" stop-color=\"red\"/><stop offset=\"1\" stop-color=\"blue\"/></linearGradient>");
        var tree = Tree(Placed(d, 50, 50, 150, 75) with { Tag = figure });
        tree.Structure = root;
        string pdf = Write(tree, new PdfWriteOptions(Compress: false, Archival: true));
        try
        {
            AssertValid(pdf);
            var text = File.ReadAllText(pdf, Encoding.Latin1);
            Assert.Contains("/Figure <</MCID 0>> BDC", text);
            Assert.DoesNotContain("/Artifact", text);
            Assert.Contains("/ShadingType 2", text);
            Assert.Contains("Asgaran", PdfProbe.PdfToText(pdf));
            Assert.Equal("yes", PdfProbe.PdfInfo(pdf)["Tagged"]);
        }
        finally { File.Delete(pdf); }
    }

    [Fact]
    public void The_print_editions_carry_shapes_gradients_and_texts_through_their_page_forms()
    {
        var d = Drawing("<defs><linearGradient id=\"lr\"><stop offset=\"0\" stop-color=\"red\"/><stop offset=\"1\" stop-color=\"blue\"/></linearGradient></defs>" +
            "<rect width=\"200\" height=\"60\" fill=\"url(#lr)\" fill-opacity=\"0.9\"/><text x=\"10\" y=\"90\">Pirjamal</text>");
        var tree = PrintTestKit.FolioTree(4);
        tree.Pages[0].Items.Add(Placed(d, 60, 100, 300, 150));
        foreach (var (name, write) in new (string, Action<Stream>)[]
        {
            ("trim", s => TrimWriter.Write(tree, s)),
            ("booklet", s => BookletWriter.Write(tree, s)),
        })
        {
            string pdf = PrintTestKit.Save(PrintTestKit.Bytes(write));
            try
            {
                AssertValid(pdf);
                Assert.Contains("Pirjamal", PdfProbe.PdfToText(pdf));
                // Somewhere on the sheets, the gradient runs from red to blue.
                bool reddish = false, bluish = false;
                for (int page = 1; page <= PdfProbe.Pages(pdf); page++)
                {
                    var px = Render(pdf, page);
                    for (int y = 0; y < px.GetLength(0); y += 2)
                        for (int x = 0; x < px.GetLength(1); x += 2)
                        {
                            var (r, g, b) = px[y, x];
                            if (r > 200 && g < 60 && b < 60) reddish = true;
                            if (b > 200 && g < 60 && r < 60) bluish = true;
                        }
                }
                Assert.True(reddish && bluish, name + ": the gradient's ends");
            }
            finally { File.Delete(pdf); }
        }
    }
}
