using Book.Pages;
using Book.Pdf.Export;
using Book.Pdf.Syntax;

namespace Book.Pdf.Print;

/// <summary>
/// Each page of a tree painted once into a form XObject, for editions that place pages on
/// other pages (the imposed booklet, the trimmed pages with marks). Fonts and images come from
/// one registry each, so every form points at the same embedded subsets and image objects:
/// nothing is duplicated.
/// </summary>
internal sealed class PageForms
{
    private readonly ObjectWriter _writer;
    private readonly FontRegistry _fonts;
    private readonly ImageRegistry _images;
    private readonly bool _compress;

    public PageForms(ObjectWriter writer, bool compress)
    {
        _writer = writer;
        _compress = compress;
        _fonts = new FontRegistry(writer);
        _images = new ImageRegistry(writer, compress);
    }

    /// <summary>Writes the form for one page: BBox is the page (grown by <paramref name="bleed"/> on every side for a
    /// page whose background or pictures run into the bleed), content as the reading edition paints it.</summary>
    public PdfReference Write(Page page, double bleed = 0)
    {
        var painted = PagePainter.Paint(page, _fonts, _images, _compress);
        var form = painted.Content;
        form["Type"] = PdfName.Key("XObject");
        form["Subtype"] = PdfName.Key("Form");
        form["BBox"] = bleed > 0 ? PdfArray.Numbers(-bleed, -bleed, page.Width + bleed, page.Height + bleed) : PdfArray.Numbers(0, 0, page.Width, page.Height);
        var resources = new ResourcesDict();
        foreach (var usage in painted.Fonts) resources.Font(usage.ResourceName, usage.Reference);
        foreach (var usage in painted.Images) resources.XObject(usage.ResourceName, usage.Reference);
        painted.AddShapeResources(resources);
        form["Resources"] = resources;
        return _writer.Add(form);
    }

    /// <summary>Embeds the font subsets (images were written with the first form showing them); call after every page has been written.</summary>
    public void WriteResources()
    {
        foreach (var usage in _fonts.Fonts)
            FontEmbedder.Write(_writer, usage, _compress);
    }
}
