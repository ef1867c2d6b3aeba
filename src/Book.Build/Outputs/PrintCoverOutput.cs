using System.Globalization;
using Book.Core.Sources;
using Book.Pages;
using Book.Pdf.Print;

namespace Book.Build;

/// <summary>
/// The separate cover (<c>binding: { cover: separate }</c>): back | spine | front as one spread with bleed
/// and crop marks. Written beside the print editions whenever the binding asks for it; the spine is
/// <see cref="BindingSetting.Spine"/> of the interior's page count (pages / 2 × caliper, perfect binding),
/// none for a saddle-stitched booklet.
/// </summary>
public sealed class PrintCoverOutput : IOutputFormat
{
    public string Name => "print-cover";
    public string FileName(string slug) => slug + "-cover.pdf";
    public OutputNeeds Needs => OutputNeeds.Pages;
    public bool Concurrent => false;
    public string? Stage => null;

    /// <summary>True when the print editions leave the covers to this file.</summary>
    public static bool Separate(OutputInput input) => input.Settings.Binding.SeparateCover && input.Book.Meta.Cover is not null;

    /// <summary>The pages between the covers, as printed: whole sheets of four for a saddle-stitched booklet, whole leaves for a perfect-bound block.</summary>
    public static int InteriorPages(PageTree tree)
    {
        int n = tree.Pages.Count(p => p.Style != FolioStyle.Cover);
        return n;
    }

    static int PrintedInterior(OutputInput input)
    {
        int n = InteriorPages(input.RequirePages());
        return input.Settings.Binding.Method == BindingMethod.SaddleStitch ? SaddleStitch.PaddedCount(n) : n + n % 2;
    }

    public void Write(OutputInput input, Stream destination)
    {
        var tree = input.RequirePages();
        if (input.Book.Meta.Cover is null)
            throw new InvalidOperationException("the book has no covers; book.yaml's cover: makes them");
        var design = input.Book.Meta.Cover;
        CoverWriter.Write(tree, destination, new PrintWriteOptions
        {
            Spine = input.Settings.Binding.Spine(PrintedInterior(input)),
            SpineGray = design.Background,
        });
    }

    public string Describe(OutputInput input)
    {
        double spine = input.Settings.Binding.Spine(PrintedInterior(input));
        return spine > 0
            ? $"cover spread with a {(spine / PrintSheet.PointsPerMm).ToString("0.#", CultureInfo.InvariantCulture)} mm spine for {PrintedInterior(input)} pages, 3 mm bleed and crop marks"
            : "cover spread (back | front) with 3 mm bleed and crop marks";
    }
}
