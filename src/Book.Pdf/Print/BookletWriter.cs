using System.Globalization;
using Book.Pages;
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

        var writer = new ObjectWriter(output);
        writer.WriteHeader();
        var catalogRef = writer.Allocate();
        var pagesRef = writer.Allocate();

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
            var xobjects = new PdfDictionary();
            Place(content, xobjects, tree, formRefs, left, 0, spine, sheetH, spine, creep, leftOfSpine: true);
            Place(content, xobjects, tree, formRefs, right, spine, spine, sheetH, spine, creep, leftOfSpine: false);

            var resources = new PdfDictionary();
            if (xobjects.Count > 0) resources["XObject"] = xobjects;
            var side = new PdfDictionary("Page");
            side["Parent"] = pagesRef;
            side["MediaBox"] = PdfArray.Numbers(0, 0, sheetW, sheetH);
            side["Resources"] = resources;
            side["Contents"] = writer.Add(PdfStream.Create(content.ToArray(), options.Compress));
            sideRefs.Add(writer.Add(side));
        }
        forms.WriteFonts(options.Compress);

        var pages = new PdfDictionary("Pages");
        pages["Kids"] = new PdfArray(sideRefs);
        pages["Count"] = sideRefs.Count;
        writer.Write(pagesRef, pages);

        var catalog = new PdfDictionary("Catalog");
        catalog["Pages"] = pagesRef;
        var preferences = new PdfDictionary();
        preferences["DisplayDocTitle"] = true;
        // What the print dialog should default to: both sides, flipped on the short edge, no scaling.
        preferences["Duplex"] = PdfName.Key("DuplexFlipShortEdge");
        preferences["PrintScaling"] = PdfName.Key("None");
        catalog["ViewerPreferences"] = preferences;
        catalog.SetText("Lang", tree.Info.Language);
        writer.Write(catalogRef, catalog);
        writer.Finish(catalogRef, writer.Add(PdfWriter.BuildInfo(tree.Info, options.Producer)));
    }

    /// <summary>
    /// Draws page <paramref name="number"/> (1-based; beyond the book it is a blank) in the
    /// half of the sheet starting at <paramref name="cellX"/>, against the spine, scaled down
    /// only if it does not fit, and clipped to its half so creep never shows across the fold.
    /// </summary>
    private static void Place(ContentStreamBuilder content, PdfDictionary xobjects, PageTree tree, List<PdfReference> forms,
        int number, double cellX, double cellW, double cellH, double spine, double creep, bool leftOfSpine)
    {
        if (number > tree.Pages.Count) return;
        var page = tree.Pages[number - 1];
        double scale = Math.Min(1, Math.Min(cellW / page.Width, cellH / page.Height));
        double w = page.Width * scale, h = page.Height * scale;
        double x = leftOfSpine ? spine - w + creep : spine - creep;
        double y = (cellH - h) / 2;
        string name = "P" + number.ToString(CultureInfo.InvariantCulture);
        xobjects[name] = forms[number - 1];
        content.SaveState()
            .Rectangle(cellX, 0, cellW, cellH).Raw("W n")
            .ConcatMatrix(scale, 0, 0, scale, x, y)
            .Raw("/" + name + " Do")
            .RestoreState();
    }
}
