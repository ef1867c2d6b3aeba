namespace Book.Pdf.Syntax;

/// <summary>A /FontDescriptor, written through typed setters (as pdf-writer's <c>FontDescriptor</c>); metrics in glyph space (1/1000 em).</summary>
public sealed class FontDescriptorDict : PdfDictionary
{
    public FontDescriptorDict() : base("FontDescriptor") { }

    public FontDescriptorDict FontName(string name) { this["FontName"] = new PdfName(name); return this; }
    public FontDescriptorDict FontFamily(string family) { this["FontFamily"] = PdfString.Text(family); return this; }
    /// <summary>/Flags: FixedPitch 1, Serif 2, Symbolic 4, Script 8, Nonsymbolic 32, Italic 64…</summary>
    public FontDescriptorDict Flags(int flags) { this["Flags"] = flags; return this; }
    public FontDescriptorDict FontBBox(double xMin, double yMin, double xMax, double yMax) { this["FontBBox"] = PdfArray.Numbers(xMin, yMin, xMax, yMax); return this; }
    public FontDescriptorDict ItalicAngle(double degrees) { this["ItalicAngle"] = degrees; return this; }
    public FontDescriptorDict Ascent(double value) { this["Ascent"] = value; return this; }
    public FontDescriptorDict Descent(double value) { this["Descent"] = value; return this; }
    public FontDescriptorDict CapHeight(double value) { this["CapHeight"] = value; return this; }
    public FontDescriptorDict XHeight(double value) { this["XHeight"] = value; return this; }
    public FontDescriptorDict StemV(double value) { this["StemV"] = value; return this; }
    /// <summary>/FontFile2: the embedded TrueType program.</summary>
    public FontDescriptorDict FontFile2(PdfReference file) { this["FontFile2"] = file; return this; }
}
