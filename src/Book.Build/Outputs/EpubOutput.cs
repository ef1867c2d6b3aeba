using Book.Epub;

namespace Book.Build;

/// <summary>
/// The e-book, from the model; the pages only say where the print pages start (its page-list).
/// Written on another thread while the PDFs are: it reads what they read and changes nothing.
/// </summary>
public sealed class EpubOutput : IOutputFormat
{
    public string Name => "epub";
    public string FileName(string slug) => slug + ".epub";
    public OutputNeeds Needs => OutputNeeds.Pages;
    public bool Concurrent => true;
    public string? Stage => "Writing the EPUB";

    public void Write(OutputInput input, Stream destination)
    {
        var (breaks, labels) = PageMap.From(input.Book, input.RequirePages());
        var options = new EpubOptions
        {
            Fonts = input.Fonts.ForEpub(), FontFamily = input.Fonts.Family,
            CodeFont = FontFaces.CodeForEpub, CodeFontFamily = FontFaces.CodeFamily,
            PageBreaks = breaks, PageLabels = labels, Modified = input.Date, Warning = input.Warning,
            Pictures = input.Pictures.Files.ToDictionary(f => f.Path, f => new EpubPicture(f.Bytes, f.MediaType), StringComparer.Ordinal),
            CoverPicture = input.Covers is { FrontBytes: { } bytes, Front: { } front } ? new EpubPicture(bytes, front.MediaType) : null,
        };
        EpubWriter.Write(input.Book, destination, options);
    }

    public string Describe(OutputInput input) => $"{input.Book.Divisions.Count} sections";
}
