using System.Xml.Linq;
using Book.Epub;

namespace Book.Web;

/// <summary>
/// Serializes a page as HTML that is also well-formed XML: the e-book's serializer without the XML
/// declaration, without the EPUB vocabulary (epub:type, xml:lang: the roles and lang stay), and with
/// every empty element that HTML does not know as void written open and closed (an HTML parser reads
/// "&lt;span/&gt;" as an open span).
/// </summary>
static class HtmlText
{
    static readonly HashSet<string> Void = new(StringComparer.Ordinal) { "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr" };

    public static byte[] Serialize(XElement page)
    {
        var root = new XElement(page);
        foreach (var e in root.DescendantsAndSelf().ToList())
        {
            foreach (var a in e.Attributes().ToList())
                if (a.Name.Namespace == Xhtml.Epub || a.Name.Namespace == XNamespace.Xml
                    || (a.IsNamespaceDeclaration && a.Value == Xhtml.Epub.NamespaceName))
                    a.Remove();
            if (e.Name.Namespace == Xhtml.Ns && !e.Nodes().Any() && !Void.Contains(e.Name.LocalName)) e.Value = "";
        }
        var bytes = Xhtml.Serialize(root, htmlDoctype: true);
        var declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"u8;
        return bytes.AsSpan().StartsWith(declaration) ? bytes[declaration.Length..] : bytes;
    }
}
