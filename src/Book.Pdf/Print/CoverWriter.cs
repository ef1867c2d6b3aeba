using Book.Pages;
using Book.Pdf.Export;
using Book.Pdf.Syntax;

namespace Book.Pdf.Print;

/// <summary>
/// The separate cover: one spread, back cover | spine | front cover, as a print shop wraps it round
/// the book block. TrimBox is the spread (2 × page width + spine across), BleedBox that plus the
/// bleed all round, MediaBox leaves room for the crop marks outside it, as in the trimmed edition;
/// short fold marks above and below the bleed show where the spine begins and ends. The covers are
/// the first and last pages of the tree (<see cref="FolioStyle.Cover"/>); their insides print blank.
/// </summary>
public static class CoverWriter
{
    /// <returns>the spread's trimmed width and height, in points</returns>
    public static (double Width, double Height) Write(PageTree tree, Stream output, PrintWriteOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(tree);
        ArgumentNullException.ThrowIfNull(output);
        options ??= PrintWriteOptions.Default;
        var covers = CoverSequence.Of(tree.Pages);
        if (covers.Leading == 0 || covers.Trailing == 0) throw new ArgumentException("The page tree has no front and back cover.", nameof(tree));
        var front = tree.Pages[0];
        var back = tree.Pages[^1];

        var skeleton = new DocumentSkeleton(output, tree.Info, options.Producer);
        var writer = skeleton.Writer;
        var forms = new PageForms(writer, options.Compress);
        double bleed = options.Bleed, m = TrimWriter.Margin(bleed), spine = Math.Max(0, options.Spine);
        double w = front.Width, h = Math.Max(front.Height, back.Height), width = back.Width + spine + w;
        var backForm = forms.Write(back, bleed);
        var frontForm = forms.Write(front, bleed);

        var content = new ContentStreamBuilder();
        double spineX = m + back.Width, frontX = spineX + spine;
        if (options.SpineGray is { } gray && spine > 0)
            content.SaveState().SetFillGray(gray).Rectangle(spineX, m - bleed, spine, h + 2 * bleed).Fill().RestoreState();
        // Each cover keeps its outer bleed and stops at the spine, so neither paints over the other.
        content.SaveState().Rectangle(m - bleed, m - bleed, back.Width + bleed, h + 2 * bleed).ClipNoPaint()
            .ConcatMatrix(1, 0, 0, 1, m, m).PaintXObject("B").RestoreState();
        content.SaveState().Rectangle(frontX, m - bleed, w + bleed, h + 2 * bleed).ClipNoPaint()
            .ConcatMatrix(1, 0, 0, 1, frontX, m).PaintXObject("F").RestoreState();
        TrimWriter.CropMarks(content, m, m, width, h, bleed);
        FoldMarks(content, m, h, bleed, spineX, frontX);

        var page = new PageDict().Parent(skeleton.PagesRef)
            .MediaBox(0, 0, width + 2 * m, h + 2 * m)
            .BleedBox(m - bleed, m - bleed, m + width + bleed, m + h + bleed)
            .TrimBox(m, m, m + width, m + h)
            .Resources(new ResourcesDict().XObject("B", backForm).XObject("F", frontForm))
            .Contents(writer.Add(PdfStream.Create(content.ToArray(), options.Compress)));
        var pageRef = writer.Add(page);
        forms.WriteResources();
        skeleton.WritePages([pageRef]);
        skeleton.Finish();
        return (width, h);
    }

    /// <summary>Where the spine's folds fall (one fold when it has no width), marked outside the bleed at top and bottom.</summary>
    static void FoldMarks(ContentStreamBuilder content, double m, double h, double bleed, params double[] folds)
    {
        double near = bleed + TrimWriter.MarkGap, far = near + TrimWriter.MarkLength;
        content.SaveState().SetStrokeGray(0).SetLineWidth(TrimWriter.MarkWidth);
        foreach (var x in folds.Distinct())
        {
            content.MoveTo(x, m - far).LineTo(x, m - near);
            content.MoveTo(x, m + h + near).LineTo(x, m + h + far);
        }
        content.Stroke().RestoreState();
    }
}
