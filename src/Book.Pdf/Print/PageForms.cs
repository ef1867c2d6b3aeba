using Book.Pages;
using Book.Pdf.Export;
using Book.Pdf.Syntax;

namespace Book.Pdf.Print;

/// <summary>
/// Each page of a tree painted once into a form XObject, for editions that place pages on
/// other pages (the imposed booklet, the trimmed pages with marks). Fonts come from one
/// registry, so every form points at the same embedded subsets: nothing is duplicated.
/// </summary>
internal sealed class PageForms
{
    private readonly ObjectWriter _writer;
    private readonly FontRegistry _fonts;

    public PageForms(ObjectWriter writer)
    {
        _writer = writer;
        _fonts = new FontRegistry(writer);
    }

    /// <summary>Writes the form for one page: BBox is the page, content as the reading edition paints it.</summary>
    public PdfReference Write(Page page, bool compress)
    {
        var (form, usedFonts) = PagePainter.Paint(page, _fonts, compress);
        form["Type"] = PdfName.Key("XObject");
        form["Subtype"] = PdfName.Key("Form");
        form["BBox"] = PdfArray.Numbers(0, 0, page.Width, page.Height);
        var resources = new ResourcesDict();
        foreach (var usage in usedFonts) resources.Font(usage.ResourceName, usage.Reference);
        form["Resources"] = resources;
        return _writer.Add(form);
    }

    /// <summary>Embeds the font subsets; call after every page has been written.</summary>
    public void WriteFonts(bool compress)
    {
        foreach (var usage in _fonts.Fonts)
            FontEmbedder.Write(_writer, usage, compress);
    }
}
