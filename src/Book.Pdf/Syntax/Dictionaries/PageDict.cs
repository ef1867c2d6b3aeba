namespace Book.Pdf.Syntax;

/// <summary>A /Page object of the page tree, written through typed setters (as pdf-writer's <c>Page</c>).</summary>
public sealed class PageDict : PdfDictionary
{
    public PageDict() : base("Page") { }

    public PageDict Parent(PdfReference pages) { this["Parent"] = pages; return this; }

    public PageDict MediaBox(double x0, double y0, double x1, double y1) { this["MediaBox"] = PdfArray.Numbers(x0, y0, x1, y1); return this; }

    /// <summary>/BleedBox: the page plus the bleed a print shop may print into.</summary>
    public PageDict BleedBox(double x0, double y0, double x1, double y1) { this["BleedBox"] = PdfArray.Numbers(x0, y0, x1, y1); return this; }

    /// <summary>/TrimBox: the finished page after cutting.</summary>
    public PageDict TrimBox(double x0, double y0, double x1, double y1) { this["TrimBox"] = PdfArray.Numbers(x0, y0, x1, y1); return this; }

    public PageDict Resources(ResourcesDict resources) { this["Resources"] = resources; return this; }

    public PageDict Contents(PdfReference content) { this["Contents"] = content; return this; }

    /// <summary>/StructParents: the page's key in the structure parent tree.</summary>
    public PageDict StructParents(int key) { this["StructParents"] = key; return this; }

    /// <summary>/Tabs: S tabs through annotations in structure order.</summary>
    public PageDict Tabs(string order) { this["Tabs"] = PdfName.Key(order); return this; }

    public PageDict Annots(PdfArray annotations) { this["Annots"] = annotations; return this; }
}
