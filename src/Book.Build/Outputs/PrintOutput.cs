using Book.Pdf;

namespace Book.Build;

/// <summary>The print edition: the pages imposed as a saddle-stitched booklet, with the book's creep.</summary>
public sealed class PrintOutput : IOutputFormat
{
    public string Name => "print";
    public string FileName(string slug) => slug + "-print.pdf";
    public OutputNeeds Needs => OutputNeeds.Pages;
    public bool Concurrent => false;
    public string? Stage => null;

    public void Write(OutputInput input, Stream destination) =>
        BookletWriter.Write(input.RequirePages(), destination, new PrintWriteOptions(Creep: input.Settings.Creep));

    public string Describe(OutputInput input) =>
        $"{SaddleStitch.PaddedCount(input.RequirePages().Pages.Count) / 2} sides of A4, print both sides flipping on the short edge";
}
