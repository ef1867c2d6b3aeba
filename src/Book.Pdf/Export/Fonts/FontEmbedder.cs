using System.Text;
using Book.Pdf.Syntax;

namespace Book.Pdf.Export;

/// <summary>
/// Writes one used font as Type0 / CIDFontType2 with Identity-H encoding, an embedded
/// TrueType subset (glyph ids unchanged, so /CIDToGIDMap /Identity) and a ToUnicode CMap.
/// </summary>
internal static class FontEmbedder
{
    /// <summary>
    /// What embedding a font takes work to make (the subset, compressed, its ToUnicode CMap, its
    /// widths), made before any object is written, so it can be made on another thread while
    /// pages are still being written. Depends only on the glyphs recorded.
    /// </summary>
    public sealed record Prepared(string BaseFont, double DefaultWidth, PdfArray Widths, PdfStream FontFile, PdfStream ToUnicode);

    public static Prepared Prepare(FontUsage usage, bool compress)
    {
        var font = usage.Font;
        string tag = SubsetTag.For(font.PostScriptName, usage.Glyphs);
        string baseFont = tag + "+" + SanitizeName(font.PostScriptName);
        var (dw, w) = WidthsArray.Build(usage.UsedWidths());
        byte[] subset = font.Subset(usage.Glyphs);
        var fontFile = PdfStream.Create(subset, compress);
        fontFile["Length1"] = subset.Length;
        var cmap = Encoding.ASCII.GetBytes(ToUnicodeCMap.Build(usage.Unicode));
        return new Prepared(baseFont, dw, w, fontFile, PdfStream.Create(cmap, compress));
    }

    public static void Write(ObjectWriter writer, FontUsage usage, bool compress) => Write(writer, usage, Prepare(usage, compress));

    public static void Write(ObjectWriter writer, FontUsage usage, Prepared prepared)
    {
        var font = usage.Font;
        string baseFont = prepared.BaseFont;
        double scale = 1000.0 / (font.UnitsPerEm > 0 ? font.UnitsPerEm : 1000);

        var cidFontRef = writer.Allocate();
        var descriptorRef = writer.Allocate();
        var fontFileRef = writer.Allocate();
        var toUnicodeRef = writer.Allocate();

        var type0 = new PdfDictionary("Font");
        type0["Subtype"] = new PdfName("Type0");
        type0["BaseFont"] = new PdfName(baseFont);
        type0["Encoding"] = new PdfName("Identity-H");
        type0["DescendantFonts"] = new PdfArray(cidFontRef);
        type0["ToUnicode"] = toUnicodeRef;
        writer.Write(usage.Reference, type0);

        var (dw, w) = (prepared.DefaultWidth, prepared.Widths);
        var cidFont = new PdfDictionary("Font");
        cidFont["Subtype"] = new PdfName("CIDFontType2");
        cidFont["BaseFont"] = new PdfName(baseFont);
        var systemInfo = new PdfDictionary();
        systemInfo["Registry"] = PdfString.Ascii("Adobe");
        systemInfo["Ordering"] = PdfString.Ascii("Identity");
        systemInfo["Supplement"] = 0;
        cidFont["CIDSystemInfo"] = systemInfo;
        cidFont["FontDescriptor"] = descriptorRef;
        cidFont["DW"] = dw;
        if (w.Count > 0) cidFont["W"] = w;
        cidFont["CIDToGIDMap"] = PdfName.Key("Identity");
        writer.Write(cidFontRef, cidFont);

        var bbox = font.BoundingBox;
        bool italic = font.IsItalic || font.ItalicAngle != 0;
        var descriptor = new FontDescriptorDict().FontName(baseFont);
        if (!string.IsNullOrEmpty(font.FamilyName)) descriptor.FontFamily(font.FamilyName);
        descriptor.Flags(FontClassification.Flags(font.Data.Span, font.GetGlyph('I'), font.IsFixedPitch, italic))
            .FontBBox(Math.Round(bbox.XMin * scale), Math.Round(bbox.YMin * scale),
                Math.Round(bbox.XMax * scale), Math.Round(bbox.YMax * scale))
            .ItalicAngle(font.ItalicAngle)
            .Ascent(Math.Round(font.Ascender * scale))
            .Descent(Math.Round(font.Descender * scale))
            // CapHeight is required; a font without OS/2 v2 data falls back to its ascender.
            .CapHeight(Math.Round((font.CapHeight != 0 ? font.CapHeight : font.Ascender) * scale));
        if (font.XHeight != 0) descriptor.XHeight(Math.Round(font.XHeight * scale));
        descriptor.StemV(EstimateStemV(font.WeightClass)).FontFile2(fontFileRef);
        writer.Write(descriptorRef, descriptor);

        writer.Write(fontFileRef, prepared.FontFile);
        writer.Write(toUnicodeRef, prepared.ToUnicode);
    }

    /// <summary>
    /// Fonts carry no stem width; this common estimate from the weight class
    /// (≈88 for 400, ≈166 for 700) is what viewers expect to see.
    /// </summary>
    internal static int EstimateStemV(int weightClass)
    {
        int weight = weightClass > 0 ? weightClass : 400;
        return (int)Math.Round(50 + weight * weight / (65.0 * 65.0));
    }

    /// <summary>PostScript names are printable ASCII without delimiters; be safe with odd fonts.</summary>
    private static string SanitizeName(string name)
    {
        var sb = new StringBuilder(name.Length);
        foreach (char c in name)
            sb.Append(c is > ' ' and < '\x7F' && "()<>[]{}/%#".IndexOf(c) < 0 ? c : '-');
        return sb.Length > 0 ? sb.ToString() : "Font";
    }
}
