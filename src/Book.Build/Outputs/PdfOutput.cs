using Book.Images;
using Book.Pdf;

namespace Book.Build;

/// <summary>The reading edition: the typeset pages as a tagged PDF (PDF/A-2b unless book.yaml says <c>pdfa: false</c>).</summary>
public sealed class PdfOutput : IOutputFormat
{
    public string Name => "pdf";
    public string FileName(string slug) => slug + ".pdf";
    public OutputNeeds Needs => OutputNeeds.Pages;
    public bool Concurrent => false;
    public string? Stage => "Writing the PDF";

    public void Write(OutputInput input, Stream destination) =>
        PdfWriter.Write(input.RequirePages(), destination, new PdfWriteOptions(Warning: input.Warning, Archival: input.Settings.PdfA,
            ScreenPpi: input.Settings.ScreenPpi, Resampler: PictureResampler.Instance));

    public string Describe(OutputInput input) => $"{input.RequirePages().Pages.Count} pages";
}
