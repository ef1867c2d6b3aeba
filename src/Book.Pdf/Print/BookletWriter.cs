using System.Globalization;
using Book.Pages;
using Book.Pdf.Export;
using Book.Pdf.Syntax;

namespace Book.Pdf.Print;

/// <summary>
/// The print edition: the book's pages imposed two-up on sheets in saddle-stitch order, ready to
/// print on both sides, fold and staple. The sheet follows the page size (A5 pages on A4, Letter on
/// Tabloid…) unless <see cref="PrintWriteOptions.Sheet"/> names one. Every page is painted once into
/// a form XObject and placed upright; pages meet at the fold in the middle of the sheet, so each
/// page's inner margin lies at the spine.
/// </summary>
public static class BookletWriter
{
    /// <returns>The sheet printed on, how many sides, and the scale pages were placed at (1 unless they did not fit).</returns>
    public static BookletImposition Write(PageTree tree, Stream output, PrintWriteOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(tree);
        ArgumentNullException.ThrowIfNull(output);
        options ??= PrintWriteOptions.Default;
        if (tree.Pages.Count == 0) throw new ArgumentException("A booklet needs at least one page.", nameof(tree));

        double pageW = tree.Pages.Max(p => p.Width), pageH = tree.Pages.Max(p => p.Height);
        var sheet = options.Sheet ?? PrintSheet.For(pageW, pageH);
        double scale = sheet.ScaleFor(pageW, pageH);
        // Below a thousandth is the rounding of page sizes (A5 is 0.005 pt taller than half of A4), not a scale.
        if (scale < 0.999)
            options.Warning?.Invoke($"pages of {Mm(pageW)} × {Mm(pageH)} mm do not fit two to a side of {sheet.Name} " +
                $"({Mm(sheet.Width)} × {Mm(sheet.Height)} mm): printed at {Math.Round(scale * 100).ToString(CultureInfo.InvariantCulture)} %; " +
                $"{PrintSheet.For(pageW, pageH).Name} takes them at full size");

        var skeleton = new DocumentSkeleton(output, tree.Info, options.Producer);
        var writer = skeleton.Writer;
        var forms = new PageForms(writer, options.Compress);
        var order = CoverSequence.Booklet(tree.Pages.Count, CoverSequence.Of(tree.Pages), options.SeparateCover);
        var formRefs = new Dictionary<int, PdfReference>();
        foreach (var i in order.OfType<int>().Order())
            formRefs[i] = forms.Write(tree.Pages[i], CoverBleed(tree.Pages[i], options.Bleed));

        double sheetW = sheet.Width, sheetH = sheet.Height, spine = sheetW / 2;
        var sides = SaddleStitch.Sides(order.Count);
        var sideRefs = new List<PdfReference>(sides.Count);
        for (int k = 0; k < sides.Count; k++)
        {
            var (left, right) = sides[k];
            double creep = options.Creep * (k / 2);
            var content = new ContentStreamBuilder();
            var resources = new ResourcesDict();
            Place(content, resources, tree, order, formRefs, left, 0, spine, sheetH, spine, creep, leftOfSpine: true);
            Place(content, resources, tree, order, formRefs, right, spine, spine, sheetH, spine, creep, leftOfSpine: false);

            var side = new PageDict().Parent(skeleton.PagesRef).MediaBox(0, 0, sheetW, sheetH)
                .Resources(resources)
                .Contents(writer.Add(PdfStream.Create(content.ToArray(), options.Compress)));
            sideRefs.Add(writer.Add(side));
        }
        forms.WriteResources();

        skeleton.WritePages(sideRefs);
        // What the print dialog should default to: both sides, turned over the fold's edge, no scaling.
        skeleton.Preferences
            .Duplex(sheetW >= sheetH ? "DuplexFlipShortEdge" : "DuplexFlipLongEdge")
            .PrintScaling("None");
        skeleton.Finish();
        return new BookletImposition(sheet, sides.Count, scale);
    }

    private static string Mm(double points) => (points / PrintSheet.PointsPerMm).ToString("0.#", CultureInfo.InvariantCulture);

    /// <summary>A cover's background and pictures run into the bleed (<see cref="PageForms.Write"/>); other pages stop at their edge.</summary>
    internal static double CoverBleed(Page page, double bleed) => page.Style == FolioStyle.Cover ? bleed : 0;

    /// <summary>
    /// Draws page <paramref name="number"/> of the booklet (1-based; a blank where <paramref name="order"/> says null) in the
    /// half of the sheet starting at <paramref name="cellX"/>, against the spine, scaled down
    /// only if it does not fit, and clipped to its half so creep never shows across the fold.
    /// </summary>
    private static void Place(ContentStreamBuilder content, ResourcesDict resources, PageTree tree, List<int?> order, Dictionary<int, PdfReference> forms,
        int number, double cellX, double cellW, double cellH, double spine, double creep, bool leftOfSpine)
    {
        if (order[number - 1] is not { } index) return;
        var page = tree.Pages[index];
        double scale = Math.Min(1, Math.Min(cellW / page.Width, cellH / page.Height));
        double w = page.Width * scale, h = page.Height * scale;
        double x = leftOfSpine ? spine - w + creep : spine - creep;
        double y = (cellH - h) / 2;
        string name = "P" + number.ToString(CultureInfo.InvariantCulture);
        resources.XObject(name, forms[index]);
        content.SaveState()
            .Rectangle(cellX, 0, cellW, cellH).ClipNoPaint()
            .ConcatMatrix(scale, 0, 0, scale, x, y)
            .PaintXObject(name)
            .RestoreState();
    }
}
