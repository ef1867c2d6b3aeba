using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace Book.Epub;

/// <summary>Namespaces, element helpers and the one serializer every XML file of the book goes through.</summary>
static class Xhtml
{
    public static readonly XNamespace Ns = "http://www.w3.org/1999/xhtml";
    public static readonly XNamespace Epub = "http://www.idpf.org/2007/ops";
    public static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    public static readonly XNamespace Opf = "http://www.idpf.org/2007/opf";
    public static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";

    public static XElement E(string name, params object?[] content) => new(Ns + name, content);
    public static XAttribute A(string name, object value) => new(name, value);
    public static XAttribute Type(string epubType) => new(Epub + "type", epubType);
    public static XAttribute Role(string role) => new("role", role);
    public static XAttribute? Class(string? cls) => string.IsNullOrEmpty(cls) ? null : new XAttribute("class", cls);

    /// <summary>Text with characters XML cannot hold (C0 controls, lone surrogates) dropped.</summary>
    public static XText T(string s) => new(CleanText(s));

    public static string CleanText(string s)
    {
        bool ok = true;
        for (int i = 0; i < s.Length && ok; i++)
        {
            char c = s[i];
            if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) { i++; continue; }
            ok = XmlConvert.IsXmlChar(c);
        }
        if (ok) return s;
        var sb = new StringBuilder(s.Length);
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) { sb.Append(c).Append(s[++i]); continue; }
            if (XmlConvert.IsXmlChar(c)) sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>An XHTML page: html/head/body with the book's language and stylesheet.</summary>
    public static XElement Page(string title, string language, string? bodyType, string? stylesheet, params object?[] body)
    {
        var html = new XElement(Ns + "html",
            new XAttribute("xmlns", Ns.NamespaceName),
            new XAttribute(XNamespace.Xmlns + "epub", Epub.NamespaceName),
            new XAttribute(XNamespace.Xml + "lang", language),
            new XAttribute("lang", language),
            E("head",
                E("meta", A("charset", "utf-8")),
                E("title", T(title)),
                stylesheet is null ? null : E("link", A("rel", "stylesheet"), A("type", "text/css"), A("href", stylesheet))),
            E("body", bodyType is null ? null : Type(bodyType), body));
        return html;
    }

    static readonly HashSet<string> BlockContainers = new(StringComparer.Ordinal)
    {
        "html", "head", "body", "section", "nav", "div", "aside", "blockquote", "figure", "ol", "ul", "dl",
        "table", "thead", "tbody", "tr", "svg", "g", "package", "metadata", "manifest", "spine", "container", "rootfiles",
    };

    /// <summary>
    /// Serializes with "\n" between the children of block containers only: indenting mixed content
    /// would add spaces a reader renders. UTF-8 without BOM, LF line ends, stable attribute order.
    /// </summary>
    public static byte[] Serialize(XElement root, bool htmlDoctype)
    {
        root = new XElement(root);
        AddNewlines(root);
        var settings = new XmlWriterSettings
        {
            Encoding = new UTF8Encoding(false),
            Indent = false,
            NewLineChars = "\n",
            NewLineHandling = NewLineHandling.Replace,
            OmitXmlDeclaration = true,
        };
        var ms = new MemoryStream();
        // The prolog by hand: XmlWriter puts no line break after it and writes "<!DOCTYPE html >".
        ms.Write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"u8);
        if (htmlDoctype) ms.Write("<!DOCTYPE html>\n"u8);
        using (var w = XmlWriter.Create(ms, settings)) root.WriteTo(w);
        ms.WriteByte((byte)'\n');
        return ms.ToArray();
    }

    static void AddNewlines(XElement e)
    {
        foreach (var child in e.Elements()) AddNewlines(child);
        if (!BlockContainers.Contains(e.Name.LocalName)) return;
        if (e.Nodes().OfType<XText>().Any(t => !string.IsNullOrWhiteSpace(t.Value))) return;
        var kids = e.Nodes().ToList();
        if (kids.Count == 0) return;
        // Rebuilt in one pass: XNode.AddBeforeSelf walks the singly linked sibling list, so inserting
        // before every child was quadratic (a 40,000-row table spent 45 s here).
        var spaced = new List<XNode>(kids.Count * 2 + 1);
        foreach (var k in kids) { spaced.Add(new XText("\n")); spaced.Add(k); }
        spaced.Add(new XText("\n"));
        e.RemoveNodes();
        e.Add(spaced);
    }
}
