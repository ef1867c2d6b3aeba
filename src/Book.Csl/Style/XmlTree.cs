using System.Xml;
using System.Xml.Linq;

namespace Book.Csl;

/// <summary>CSL XML (styles and locales) → <see cref="El"/> trees, with XML errors turned into
/// <see cref="CslException"/> at their line and column.</summary>
static class XmlTree
{
    public static El Load(string xml, string fileName)
    {
        XDocument doc;
        try { doc = XDocument.Parse(xml, LoadOptions.SetLineInfo | LoadOptions.PreserveWhitespace); }
        catch (XmlException e) { throw new CslException(fileName, e.LineNumber, e.LinePosition, e.Message); }
        return Convert(doc.Root!);
    }

    static El Convert(XElement x)
    {
        var li = (IXmlLineInfo)x;
        var el = new El { Name = x.Name.LocalName, Line = li.LineNumber, Col = li.LinePosition };
        foreach (var a in x.Attributes())
        {
            if (a.IsNamespaceDeclaration) continue;
            var name = a.Name.Namespace == XNamespace.Xml ? "xml:" + a.Name.LocalName : a.Name.LocalName;
            el.A[name] = a.Value;
        }
        foreach (var k in x.Elements()) el.Kids.Add(Convert(k));
        if (!x.HasElements) el.Text = x.Value;
        return el;
    }
}
