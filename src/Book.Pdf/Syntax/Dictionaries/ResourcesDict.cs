namespace Book.Pdf.Syntax;

/// <summary>
/// A /Resources dictionary of a page or form: the names its content stream uses for fonts and
/// XObjects. Each category appears when its first entry is added, in that order.
/// </summary>
public sealed class ResourcesDict : PdfDictionary
{
    private PdfDictionary? _fonts, _xobjects, _states, _patterns;

    public ResourcesDict Font(string name, PdfReference font)
    {
        if (_fonts is null) this["Font"] = _fonts = new PdfDictionary();
        _fonts[name] = font;
        return this;
    }

    /// <summary>A graphics state parameter dictionary (opacity), written in place.</summary>
    public ResourcesDict ExtGState(string name, PdfDictionary state)
    {
        if (_states is null) this["ExtGState"] = _states = new PdfDictionary();
        _states[name] = state;
        return this;
    }

    /// <summary>A shading pattern (a gradient), written in place: it is small, and its matrix belongs to one placement.</summary>
    public ResourcesDict Pattern(string name, PdfDictionary pattern)
    {
        if (_patterns is null) this["Pattern"] = _patterns = new PdfDictionary();
        _patterns[name] = pattern;
        return this;
    }

    public ResourcesDict XObject(string name, PdfReference xobject)
    {
        if (_xobjects is null) this["XObject"] = _xobjects = new PdfDictionary();
        _xobjects[name] = xobject;
        return this;
    }
}
