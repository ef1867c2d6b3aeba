using System.Globalization;
using System.Security;
using System.Text;
using Book.Pages;

namespace Book.Pdf.Export;

/// <summary>
/// The XMP packet of a PDF/A-2b file. PDF/A requires it to say what the document
/// information dictionary says, entry for entry (title, author, subject, keywords, creator
/// tool, producer, dates), and to claim the conformance level (pdfaid:part 2, B).
/// </summary>
public static class XmpMetadata
{
    public const int PdfAPart = 2;
    public const string PdfAConformance = "B";

    /// <summary>The packet as UTF-8 bytes; the same info gives the same bytes.</summary>
    public static byte[] Build(DocumentInfo info, string producer)
    {
        var sb = new StringBuilder();
        sb.Append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n");
        sb.Append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n");
        sb.Append(" <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n");
        sb.Append("  <rdf:Description rdf:about=\"\"\n");
        sb.Append("    xmlns:dc=\"http://purl.org/dc/elements/1.1/\"\n");
        sb.Append("    xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"\n");
        sb.Append("    xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\"\n");
        sb.Append("    xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n");
        sb.Append("   <dc:format>application/pdf</dc:format>\n");
        if (!string.IsNullOrEmpty(info.Title))
            sb.Append("   <dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">").Append(Escape(info.Title)).Append("</rdf:li></rdf:Alt></dc:title>\n");
        if (!string.IsNullOrEmpty(info.Author))
            sb.Append("   <dc:creator><rdf:Seq><rdf:li>").Append(Escape(info.Author)).Append("</rdf:li></rdf:Seq></dc:creator>\n");
        if (!string.IsNullOrEmpty(info.Subject))
            sb.Append("   <dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">").Append(Escape(info.Subject)).Append("</rdf:li></rdf:Alt></dc:description>\n");
        if (!string.IsNullOrEmpty(info.Language))
            sb.Append("   <dc:language><rdf:Bag><rdf:li>").Append(Escape(info.Language)).Append("</rdf:li></rdf:Bag></dc:language>\n");
        if (!string.IsNullOrEmpty(info.Creator))
            sb.Append("   <xmp:CreatorTool>").Append(Escape(info.Creator)).Append("</xmp:CreatorTool>\n");
        if (info.Date is { } date)
        {
            string d = Format(date);
            sb.Append("   <xmp:CreateDate>").Append(d).Append("</xmp:CreateDate>\n");
            sb.Append("   <xmp:ModifyDate>").Append(d).Append("</xmp:ModifyDate>\n");
            sb.Append("   <xmp:MetadataDate>").Append(d).Append("</xmp:MetadataDate>\n");
        }
        if (!string.IsNullOrEmpty(producer))
            sb.Append("   <pdf:Producer>").Append(Escape(producer)).Append("</pdf:Producer>\n");
        if (!string.IsNullOrEmpty(info.Keywords))
            sb.Append("   <pdf:Keywords>").Append(Escape(info.Keywords)).Append("</pdf:Keywords>\n");
        sb.Append("   <pdfaid:part>").Append(PdfAPart.ToString(CultureInfo.InvariantCulture)).Append("</pdfaid:part>\n");
        sb.Append("   <pdfaid:conformance>").Append(PdfAConformance).Append("</pdfaid:conformance>\n");
        sb.Append("  </rdf:Description>\n");
        sb.Append(" </rdf:RDF>\n");
        sb.Append("</x:xmpmeta>\n");
        sb.Append("<?xpacket end=\"w\"?>");
        return new UTF8Encoding(false).GetBytes(sb.ToString());
    }

    /// <summary>The same instant as the /Info dates (always UTC), in XMP's ISO 8601 form.</summary>
    public static string Format(DateTimeOffset date) =>
        date.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture) + "+00:00";

    private static string Escape(string text)
    {
        // XML 1.0 forbids most control characters even when escaped; metadata never needs them.
        var clean = new StringBuilder(text.Length);
        foreach (char c in text)
            if (c >= 0x20 || c is '\t' or '\n' or '\r') clean.Append(c);
        return SecurityElement.Escape(clean.ToString());
    }
}
