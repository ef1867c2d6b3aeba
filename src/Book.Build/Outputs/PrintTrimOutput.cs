using Book.Pdf.Print;

namespace Book.Build;

/// <summary>The pages one per sheet with bleed and crop marks, for a print shop that imposes itself.</summary>
public sealed class PrintTrimOutput : IOutputFormat
{
    public string Name => "print-trim";
    public string FileName(string slug) => slug + "-print-trim.pdf";
    public OutputNeeds Needs => OutputNeeds.Pages;
    public bool Concurrent => false;
    public string? Stage => null;

    public void Write(OutputInput input, Stream destination) =>
        TrimWriter.Write(input.RequirePages(), destination, new PrintWriteOptions { SeparateCover = PrintCoverOutput.Separate(input) });

    public string Describe(OutputInput input) => $"{(PrintCoverOutput.Separate(input) ? PrintCoverOutput.InteriorPages(input.RequirePages()) : input.RequirePages().Pages.Count)} pages with 3 mm bleed and crop marks";
}
