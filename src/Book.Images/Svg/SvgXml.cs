using System.Text;
using System.Text.RegularExpressions;
using System.Xml;

namespace Book.Images.Svg;

/// <summary>
/// Reads an SVG file's XML into <see cref="SvgElement"/>s, safely: no DTD is processed and nothing is
/// ever fetched (no resolver), a DOCTYPE that declares anything (where entities would live) is refused,
/// and the file's size, its nesting and its number of elements are bounded before they can cost much.
/// </summary>
internal static partial class SvgXml
{
    public const int MaxBytes = 16 * 1024 * 1024;
    public const int MaxDepth = 64;
    public const int MaxElements = 100_000;

    public const string SvgNamespace = "http://www.w3.org/2000/svg";
    const string XLinkNamespace = "http://www.w3.org/1999/xlink";

    /// <summary>
    /// Whether the bytes are an XML text whose root element is svg: an optional byte-order mark, XML
    /// declaration, comments, processing instructions and DOCTYPE, then &lt;svg (or &lt;prefix:svg).
    /// </summary>
    public static bool Sniff(ReadOnlySpan<byte> bytes)
    {
        var (root, doctype) = Prolog(Decode(bytes[..Math.Min(bytes.Length, 4096)]));
        // A DOCTYPE naming svg counts too, so a file declaring entities is refused as SVG, not called "not a picture".
        return root is not null ? root == "svg" || root.EndsWith(":svg", StringComparison.Ordinal)
            : doctype is not null && doctype.StartsWith("<!DOCTYPE svg", StringComparison.Ordinal);
    }

    /// <summary>The root element's name (null when the text does not reach one) and the DOCTYPE before it, if any.</summary>
    static (string? Root, string? Doctype) Prolog(string text)
    {
        int i = 0;
        string? doctype = null;
        while (true)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
            if (i >= text.Length || text[i] != '<') return (null, doctype);
            if (At(text, i, "<?")) i = Skip(text, i, "?>");
            else if (At(text, i, "<!--")) i = Skip(text, i, "-->");
            else if (At(text, i, "<!DOCTYPE"))
            {
                // An internal subset ([ … ]) may hold '>' inside: it ends at "]", then ">".
                int bracket = text.IndexOf('[', i), close = text.IndexOf('>', i);
                int end = bracket >= 0 && (close < 0 || bracket < close) ? Skip(text, bracket, "]") : close;
                if (end < 0) return (null, text[i..]);
                end = text.IndexOf('>', end);
                if (end < 0) return (null, text[i..]);
                doctype = text[i..(end + 1)];
                i = end + 1;
            }
            else
            {
                int j = i + 1;
                while (j < text.Length && (char.IsLetterOrDigit(text[j]) || text[j] is '_' or '-' or '.' or ':')) j++;
                return (text[(i + 1)..j], doctype);
            }
            if (i < 0) return (null, doctype);
        }
    }

    static bool At(string s, int i, string what) => string.CompareOrdinal(s, i, what, 0, what.Length) == 0;
    static int Skip(string s, int i, string end) { int k = s.IndexOf(end, i, StringComparison.Ordinal); return k < 0 ? -1 : k + end.Length; }

    static string Decode(ReadOnlySpan<byte> b)
    {
        if (b.Length >= 2 && b[0] == 0xFF && b[1] == 0xFE) return Encoding.Unicode.GetString(b[2..]);
        if (b.Length >= 2 && b[0] == 0xFE && b[1] == 0xFF) return Encoding.BigEndianUnicode.GetString(b[2..]);
        if (b.Length >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF) b = b[3..];
        return Encoding.UTF8.GetString(b);
    }

    /// <exception cref="SvgFormatException">the XML is malformed, declares entities, or is too big or deep</exception>
    public static SvgElement Load(ReadOnlyMemory<byte> bytes)
    {
        if (bytes.Length > MaxBytes)
            throw new SvgFormatException($"an SVG file of {bytes.Length / (1024 * 1024)} MB (at most {MaxBytes / (1024 * 1024)} MB are read)");
        var settings = new XmlReaderSettings
        {
            // Never expand or fetch: a DTD is not read (a subset that declares anything is refused
            // below), and with no resolver no external entity or DTD can be opened.
            DtdProcessing = DtdProcessing.Ignore,
            XmlResolver = null,
            MaxCharactersFromEntities = 0,
            MaxCharactersInDocument = MaxBytes,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
        };
        // SVG's own DTD named in a DOCTYPE is harmless (it is never read); a DOCTYPE with declarations is where entity bombs live.
        var (_, doctype) = Prolog(Decode(bytes.Span));
        if (doctype is not null && (doctype.Contains('[') || doctype.Contains("<!ENTITY", StringComparison.Ordinal)))
            throw new SvgFormatException("an SVG file whose DOCTYPE declares entities or other markup; entity declarations are refused");
        using var stream = new MemoryStream(bytes.ToArray(), writable: false);
        using var reader = XmlReader.Create(stream, settings);
        var info = (IXmlLineInfo)reader;
        var stack = new Stack<SvgElement>();
        SvgElement? root = null;
        int count = 0;
        try
        {
            while (reader.Read())
            {
                switch (reader.NodeType)
                {
                    case XmlNodeType.DocumentType:
                        if (!string.IsNullOrWhiteSpace(reader.Value))
                            throw new SvgFormatException("an SVG file whose DOCTYPE declares entities or other markup; entity declarations are refused");
                        break;
                    case XmlNodeType.Element:
                        {
                            if (++count > MaxElements) throw new SvgFormatException($"an SVG file with more than {MaxElements:N0} elements");
                            if (stack.Count >= MaxDepth)
                                throw new SvgFormatException($"an SVG file nested deeper than {MaxDepth} elements (line {info.LineNumber})");
                            var element = new SvgElement(ElementName(reader), info.LineNumber, info.LinePosition);
                            ReadAttributes(reader, element);
                            if (stack.TryPeek(out var parent)) parent.Content.Add(element);
                            else root = element;
                            if (!reader.IsEmptyElement) stack.Push(element);
                            break;
                        }
                    case XmlNodeType.EndElement:
                        stack.Pop();
                        break;
                    case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace:
                        if (stack.TryPeek(out var owner) && owner.Name is "text" or "tspan" or "style") owner.Content.Add(reader.Value);
                        break;
                    case XmlNodeType.EntityReference:
                        throw new SvgFormatException($"an SVG file using an entity (&{reader.Name};) at line {info.LineNumber}; entities are refused");
                }
            }
        }
        catch (XmlException e)
        {
            throw new SvgFormatException($"an SVG file with malformed XML at {e.LineNumber}:{e.LinePosition}: {Reason(e.Message)}");
        }
        if (root is null) throw new SvgFormatException("an SVG file without a root element");
        if (root.Name != "svg") throw new SvgFormatException($"an XML file whose root is <{root.Name}>, not <svg>");
        return root;
    }

    /// <summary>An element's local name when it is SVG's (or has no namespace, as hand-written files often do); a foreign element keeps its prefix, so it is never drawn.</summary>
    static string ElementName(XmlReader reader) =>
        reader.NamespaceURI is SvgNamespace or "" ? reader.LocalName : reader.Name;

    static void ReadAttributes(XmlReader reader, SvgElement element)
    {
        if (!reader.MoveToFirstAttribute()) return;
        do
        {
            string ns = reader.NamespaceURI;
            if (ns == "") element.Attributes[reader.LocalName] = reader.Value;
            else if (ns == XLinkNamespace && reader.LocalName == "href") element.Attributes.TryAdd("href", reader.Value);
            else if (reader.Name == "xml:space") element.Attributes["xml:space"] = reader.Value;
        }
        while (reader.MoveToNextAttribute());
        reader.MoveToElement();
    }

    /// <summary>The XML parser's message without its own " Line n, position m." (the caller gives line:column first).</summary>
    static string Reason(string message) => LinePosition().Replace(message, "").Trim();

    [GeneratedRegex(@"\s*Line \d+, position \d+\.\s*$")]
    private static partial Regex LinePosition();
}
