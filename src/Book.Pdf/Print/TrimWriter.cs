using Book.Pages;
using Book.Pdf.Export;
using Book.Pdf.Syntax;

namespace Book.Pdf.Print;

/// <summary>
/// The edition for print shops: every page on its own sheet with a bleed around it and
/// crop marks outside the bleed. TrimBox is the page, BleedBox the page plus the bleed,
/// MediaBox leaves room for the marks. Pages are form XObjects sharing one set of fonts.
/// </summary>
public static class TrimWriter
{
    /// <summary>Crop marks start this far beyond the bleed, so they never print inside it.</summary>
    public const double MarkGap = 1 * PrintSheet.PointsPerMm;
    public const double MarkLength = 5 * PrintSheet.PointsPerMm;
    public const double MarkWidth = 0.25;

    /// <summary>Distance from the media edge to the trim edge for a given bleed.</summary>
    public static double Margin(double bleed) => bleed + MarkGap + MarkLength + 1 * PrintSheet.PointsPerMm;

    public static void Write(PageTree tree, Stream output, PrintWriteOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(tree);
        ArgumentNullException.ThrowIfNull(output);
        options ??= PrintWriteOptions.Default;

        var skeleton = new DocumentSkeleton(output, tree.Info, options.Producer);
        var writer = skeleton.Writer;
        var forms = new PageForms(writer, options.Compress);

        double bleed = options.Bleed, m = Margin(bleed);
        var pageRefs = new List<PdfReference>(tree.Pages.Count);
        // A separate cover is printed as a spread of its own (CoverWriter): here only the pages inside it.
        var pages = options.SeparateCover ? CoverSequence.Of(tree.Pages).Interior(tree.Pages.Count).Select(i => tree.Pages[i]).ToList() : tree.Pages;
        foreach (var page in pages)
        {
            // A cover and a page with a {.bleed} picture keep what runs past the trim; in the imposed booklet
            // only the covers do (an inside page's bleed would print over the page beside it).
            var form = forms.Write(page, page.Bleeds ? bleed : BookletWriter.CoverBleed(page, bleed));
            double w = page.Width, h = page.Height;
            var content = new ContentStreamBuilder();
            content.SaveState().ConcatMatrix(1, 0, 0, 1, m, m).PaintXObject("P").RestoreState();
            CropMarks(content, m, m, w, h, bleed);

            var dict = new PageDict().Parent(skeleton.PagesRef)
                .MediaBox(0, 0, w + 2 * m, h + 2 * m)
                .BleedBox(m - bleed, m - bleed, m + w + bleed, m + h + bleed)
                .TrimBox(m, m, m + w, m + h)
                .Resources(new ResourcesDict().XObject("P", form))
                .Contents(writer.Add(PdfStream.Create(content.ToArray(), options.Compress)));
            pageRefs.Add(writer.Add(dict));
        }
        forms.WriteResources();

        skeleton.WritePages(pageRefs);
        skeleton.PageLabels = PageLabels.Build(pages);
        skeleton.Finish();
    }
    /// <summary>Eight hairlines, two per corner, on the trim lines and wholly outside the bleed.</summary>
    internal static void CropMarks(ContentStreamBuilder content, double x0, double y0, double w, double h, double bleed)
    {
        double x1 = x0 + w, y1 = y0 + h;
        double near = bleed + MarkGap, far = near + MarkLength;
        content.SaveState().SetStrokeGray(0).SetLineWidth(MarkWidth);
        foreach (double y in new[] { y0, y1 })
        {
            content.MoveTo(x0 - far, y).LineTo(x0 - near, y);
            content.MoveTo(x1 + near, y).LineTo(x1 + far, y);
        }
        foreach (double x in new[] { x0, x1 })
        {
            content.MoveTo(x, y0 - far).LineTo(x, y0 - near);
            content.MoveTo(x, y1 + near).LineTo(x, y1 + far);
        }
        content.Stroke().RestoreState();
    }
}
