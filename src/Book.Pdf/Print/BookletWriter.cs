using System.Globalization;
using Book.Pages;
using Book.Pdf.Export;
using Book.Pdf.Syntax;

namespace Book.Pdf.Print;

/// <summary>
/// The print edition: the book's pages imposed two-up on A4 landscape sheets in
/// saddle-stitch order, ready to print on both sides (flip on the short edge), fold and
/// staple. Every page is painted once into a form XObject and placed upright; pages meet
/// at the fold in the middle of the sheet, so each page's inner margin lies at the spine.
/// </summary>
public static class BookletWriter
{
    public static void Write(PageTree tree, Stream output, PrintWriteOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(tree);
        ArgumentNullException.ThrowIfNull(output);
        options ??= PrintWriteOptions.Default;
        if (tree.Pages.Count == 0) throw new ArgumentException("A booklet needs at least one page.", nameof(tree));

        var skeleton = new DocumentSkeleton(output, tree.Info, options.Producer);
        var writer = skeleton.Writer;
        var forms = new PageForms(writer);
        var formRefs = tree.Pages.Select(p => forms.Write(p, options.Compress)).ToList();

        double sheetW = PrintSheets.A4Long, sheetH = PrintSheets.A4Short, spine = sheetW / 2;
        var sides = SaddleStitch.Sides(tree.Pages.Count);
        var sideRefs = new List<PdfReference>(sides.Count);
        for (int k = 0; k < sides.Count; k++)
        {
            var (left, right) = sides[k];
            double creep = options.Creep * (k / 2);
            var content = new ContentStreamBuilder();
            var resources = new ResourcesDict();
            Place(content, resources, tree, formRefs, left, 0, spine, sheetH, spine, creep, leftOfSpine: true);
            Place(content, resources, tree, formRefs, right, spine, spine, sheetH, spine, creep, leftOfSpine: false);

            var side = new PageDict().Parent(skeleton.PagesRef).MediaBox(0, 0, sheetW, sheetH)
                .Resources(resources)
                .Contents(writer.Add(PdfStream.Create(content.ToArray(), options.Compress)));
            sideRefs.Add(writer.Add(side));
        }
        forms.WriteFonts(options.Compress);

        skeleton.WritePages(sideRefs);
        // What the print dialog should default to: both sides, flipped on the short edge, no scaling.
        skeleton.Preferences.Duplex("DuplexFlipShortEdge").PrintScaling("None");
        skeleton.Finish();
    }

    /// <summary>
    /// Draws page <paramref name="number"/> (1-based; beyond the book it is a blank) in the
    /// half of the sheet starting at <paramref name="cellX"/>, against the spine, scaled down
    /// only if it does not fit, and clipped to its half so creep never shows across the fold.
    /// </summary>
    private static void Place(ContentStreamBuilder content, ResourcesDict resources, PageTree tree, List<PdfReference> forms,
        int number, double cellX, double cellW, double cellH, double spine, double creep, bool leftOfSpine)
    {
        if (number > tree.Pages.Count) return;
        var page = tree.Pages[number - 1];
        double scale = Math.Min(1, Math.Min(cellW / page.Width, cellH / page.Height));
        double w = page.Width * scale, h = page.Height * scale;
        double x = leftOfSpine ? spine - w + creep : spine - creep;
        double y = (cellH - h) / 2;
        string name = "P" + number.ToString(CultureInfo.InvariantCulture);
        resources.XObject(name, forms[number - 1]);
        content.SaveState()
            .Rectangle(cellX, 0, cellW, cellH).ClipNoPaint()
            .ConcatMatrix(scale, 0, 0, scale, x, y)
            .PaintXObject(name)
            .RestoreState();
    }
}
