using Book.Core.Sources;
using Book.Model;
using Book.Pages;
using Book.Pdf.Print;

namespace Book.Build;

/// <summary>The print edition: the pages imposed as a saddle-stitched booklet, with the book's creep,
/// on the sheet book.yaml names or else the one the page size calls for (A5 on A4, A4 on A3…).</summary>
public sealed class PrintOutput : IOutputFormat
{
    public string Name => "print";
    public string FileName(string slug) => slug + "-print.pdf";
    public OutputNeeds Needs => OutputNeeds.Pages;
    public bool Concurrent => false;
    public string? Stage => null;

    public void Write(OutputInput input, Stream destination) =>
        BookletWriter.Write(input.RequirePages(), destination,
            new PrintWriteOptions(Creep: input.Settings.Creep, Sheet: Configured(input.Settings), Warning: input.Warning)
            {
                SeparateCover = PrintCoverOutput.Separate(input),
            });

    public string Describe(OutputInput input)
    {
        var tree = input.RequirePages();
        var sheet = Configured(input.Settings) ?? Natural(tree);
        // A landscape side turns over its short edge; a portrait one (pages side by side on a tall sheet) over its long edge.
        string edge = sheet.Width >= sheet.Height ? "short" : "long";
        int pages = PrintCoverOutput.Separate(input) ? PrintCoverOutput.InteriorPages(tree) : tree.Pages.Count;
        return $"{SaddleStitch.PaddedCount(pages) / 2} sides of {sheet.Name}, print both sides flipping on the {edge} edge";
    }

    /// <summary>An unknown sheet name in book.yaml is an error at its place, before anything is typeset.</summary>
    public static void CheckSheet(BuildSettings settings, DiagnosticBag diags)
    {
        if (settings.PrintSheet is { } s && PrintSheet.Named(s.Name) is null)
            diags.Error(s.Span, $"unknown print sheet '{s.Name}'; use one of {string.Join(", ", PrintSheet.Standard.Select(p => p.Name))}");
    }

    static PrintSheet? Configured(BuildSettings settings) => settings.PrintSheet is { } s ? PrintSheet.Named(s.Name) : null;

    static PrintSheet Natural(PageTree tree) =>
        tree.Pages.Count == 0 ? PrintSheet.A4 : PrintSheet.For(tree.Pages[0].Width, tree.Pages[0].Height);
}
