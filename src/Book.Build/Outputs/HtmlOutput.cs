using Book.Build.Saving;
using Book.Epub;
using Book.Fonts;
using Book.Web;

namespace Book.Build;

/// <summary>
/// The web edition: a folder (<c>out/&lt;slug&gt;-web/</c>) made from the model, with the printed page
/// numbers of the same build's pages. Its files travel to the save as one bundle (<see cref="FolderBundle"/>)
/// and are swapped in as a whole folder.
/// </summary>
public sealed class HtmlOutput : IOutputFormat
{
    public string Name => "html";
    public string FileName(string slug) => slug + "-web";
    public OutputNeeds Needs => OutputNeeds.Pages;
    public bool Concurrent => true;
    public bool Folder => true;
    public string? Stage => "Writing the web edition";

    public void Write(OutputInput input, Stream destination)
    {
        var pages = input.RequirePages();
        var (breaks, _) = PageMap.From(input.Book, pages);
        var labels = AllLabels(pages);
        var f = input.Fonts;
        var faces = new List<WebFont>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (face, style, weight) in new[] { (f.Regular, "normal", 400), (f.Italic, "italic", 400), (f.Bold, "normal", 700), (f.BoldItalic, "italic", 700) })
            if (seen.Add(face.FileName)) faces.Add(new WebFont(face.FileName, face.Font, style, weight));
        var options = new WebOptions
        {
            Fonts = faces, FontFamily = f.Family, PageBreaks = breaks, PageLabels = labels, Warning = input.Warning,
            Pictures = input.Pictures.Files.ToDictionary(p => p.Path, p => new EpubPicture(p.Bytes, p.MediaType), StringComparer.Ordinal),
            CoverPicture = input.Covers is { FrontBytes: { } bytes, Front: { } front } ? new EpubPicture(bytes, front.MediaType) : null,
        };
        FolderBundle.Pack(WebSite.Write(input.Book, options), destination);
    }

    public string Describe(OutputInput input) => "a web site";

    /// <summary>
    /// The printed page of every anchor, for the index's locators and page references. PageMap's labels
    /// stop, page by page, at the anchor that starts the page's citation (the e-book has always cited
    /// that way); the web edition names the page of each term.
    /// </summary>
    static Dictionary<string, string> AllLabels(Book.Pages.PageTree tree)
    {
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var page in tree.Pages)
        {
            var label = Book.Layout.Typesetter.Folio(page);
            foreach (var a in page.Items.OfType<Book.Pages.Anchor>()) labels.TryAdd(a.Name, label);
        }
        return labels;
    }
}
