namespace Book.Pdf.Syntax;

/// <summary>
/// The document catalog, written through typed setters (as pdf-writer's <c>Catalog</c>). Keys come
/// out in the order they are set, so a caller that sets them in one fixed order writes the same bytes.
/// </summary>
public sealed class CatalogDict : PdfDictionary
{
    public CatalogDict() : base("Catalog") { }

    public CatalogDict Pages(PdfReference pages) { this["Pages"] = pages; return this; }

    /// <summary>/PageLabels: a number tree from page index to label style.</summary>
    public CatalogDict PageLabels(PdfDictionary numberTree) { this["PageLabels"] = numberTree; return this; }

    /// <summary>/Names with a /Dests name tree (the named destinations links point at).</summary>
    public CatalogDict Destinations(PdfReference destsTree)
    {
        var names = new PdfDictionary();
        names["Dests"] = destsTree;
        this["Names"] = names;
        return this;
    }

    public CatalogDict Outlines(PdfReference outlines) { this["Outlines"] = outlines; return this; }

    /// <summary>/PageMode, e.g. UseOutlines to open the bookmarks pane.</summary>
    public CatalogDict PageMode(string mode) { this["PageMode"] = PdfName.Key(mode); return this; }

    public CatalogDict ViewerPreferences(ViewerPreferencesDict preferences) { this["ViewerPreferences"] = preferences; return this; }

    /// <summary>/Lang as a BCP 47 tag; nothing is written for an empty one.</summary>
    public CatalogDict Lang(string? language) { SetText("Lang", language); return this; }

    public CatalogDict StructTreeRoot(PdfReference root) { this["StructTreeRoot"] = root; return this; }

    /// <summary>/MarkInfo &lt;&lt;/Marked true&gt;&gt;: the file is a tagged PDF.</summary>
    public CatalogDict Marked()
    {
        var markInfo = new PdfDictionary();
        markInfo["Marked"] = true;
        this["MarkInfo"] = markInfo;
        return this;
    }

    public CatalogDict Metadata(PdfReference xmp) { this["Metadata"] = xmp; return this; }

    public CatalogDict OutputIntents(PdfArray intents) { this["OutputIntents"] = intents; return this; }
}
