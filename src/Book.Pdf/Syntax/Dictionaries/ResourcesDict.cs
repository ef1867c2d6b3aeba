namespace Book.Pdf.Syntax;

/// <summary>
/// A /Resources dictionary of a page or form: the names its content stream uses for fonts and
/// XObjects. Each category appears when its first entry is added, in that order.
/// </summary>
public sealed class ResourcesDict : PdfDictionary
{
    private PdfDictionary? _fonts, _xobjects;

    public ResourcesDict Font(string name, PdfReference font)
    {
        if (_fonts is null) this["Font"] = _fonts = new PdfDictionary();
        _fonts[name] = font;
        return this;
    }

    public ResourcesDict XObject(string name, PdfReference xobject)
    {
        if (_xobjects is null) this["XObject"] = _xobjects = new PdfDictionary();
        _xobjects[name] = xobject;
        return this;
    }
}
