namespace Book.Pdf.Syntax;

/// <summary>A /Link annotation, written through typed setters (as pdf-writer's <c>Annotation</c>).</summary>
public sealed class LinkAnnotationDict : PdfDictionary
{
    public LinkAnnotationDict() : base("Annot") => this["Subtype"] = PdfName.Key("Link");

    /// <summary>The clickable rectangle in default user space (lower-left, upper-right).</summary>
    public LinkAnnotationDict Rect(double x0, double y0, double x1, double y1) { this["Rect"] = PdfArray.Numbers(x0, y0, x1, y1); return this; }

    /// <summary>/Border; pass one shared [0 0 0] to draw none.</summary>
    public LinkAnnotationDict Border(PdfArray border) { this["Border"] = border; return this; }

    /// <summary>/F annotation flags (4 = Print).</summary>
    public LinkAnnotationDict Flags(PdfNumber flags) { this["F"] = flags; return this; }

    /// <summary>/Dest: a named or explicit destination inside the document.</summary>
    public LinkAnnotationDict Dest(PdfObject destination) { this["Dest"] = destination; return this; }

    /// <summary>/A: a URI action; the URI must already be 7-bit ASCII.</summary>
    public LinkAnnotationDict Uri(string asciiUri)
    {
        var action = new PdfDictionary("Action");
        action["S"] = PdfName.Key("URI");
        action["URI"] = PdfString.Ascii(asciiUri);
        this["A"] = action;
        return this;
    }

    /// <summary>/P: the page the annotation is on.</summary>
    public LinkAnnotationDict Page(PdfReference page) { this["P"] = page; return this; }

    public LinkAnnotationDict StructParent(int key) { this["StructParent"] = key; return this; }
}
