using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;

namespace Book.Model;

/// <summary>
/// What the outputs can make of raw HTML in the Markdown: its text, for outputs that cannot take
/// markup (print), and whether its markup is XHTML an e-book may hold as it is. One place, so the
/// parser's warnings and the e-book's choice always agree.
/// </summary>
public static partial class RawHtml
{
    public static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";

    /// <summary>Phrasing elements an inline tag may open; images and embedded media are left out (they would need their files).</summary>
    static readonly HashSet<string> InlineElements = new(StringComparer.Ordinal)
    {
        "a", "abbr", "b", "bdi", "bdo", "br", "cite", "code", "data", "del", "dfn", "em", "i", "ins", "kbd", "mark", "q",
        "rp", "rt", "ruby", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var", "wbr",
    };

    /// <summary>Flow elements an HTML block may hold besides the phrasing ones.</summary>
    static readonly HashSet<string> BlockElements = new(StringComparer.Ordinal)
    {
        "address", "article", "aside", "blockquote", "caption", "col", "colgroup", "dd", "details", "div", "dl", "dt",
        "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li", "ol", "p",
        "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
    };

    static readonly HashSet<string> VoidElements = new(StringComparer.Ordinal) { "br", "wbr", "hr", "col" };

    /// <summary>Attributes kept as written: the global ones and those of the elements above (not event handlers or obsolete presentation).</summary>
    static readonly HashSet<string> AllowedAttributes = new(StringComparer.Ordinal)
    {
        "id", "class", "title", "lang", "dir", "style", "role", "translate", "hidden",
        "href", "hreflang", "rel", "datetime", "cite", "value", "colspan", "rowspan", "headers", "scope", "span",
        "start", "reversed", "type", "open", "abbr",
    };

    /// <summary>
    /// The text a reader would see, for outputs that print it: comments, scripts and styles dropped,
    /// tags taken out (a block element's edge becomes a space), entities decoded, spaces collapsed.
    /// </summary>
    public static string TextOf(string html)
    {
        var s = CommentPattern().Replace(html, " ");
        s = HiddenContentPattern().Replace(s, " ");
        s = TagPattern().Replace(s, m => InlineElements.Contains(m.Groups[1].Value.ToLowerInvariant()) && m.Groups[1].Value != "br" ? "" : " ");
        s = WebUtility.HtmlDecode(s);
        return SpacesPattern().Replace(s, " ").Trim();
    }

    /// <summary>True when the text is nothing but HTML comments (and space): not content, dropped by every output.</summary>
    public static bool IsComment(string html) => CommentPattern().Replace(html, "").Trim().Length == 0 && html.Contains("<!--", StringComparison.Ordinal);

    /// <summary>
    /// The block's nodes in the XHTML namespace when it is well-formed XHTML of elements an e-book may
    /// hold (comments dropped); null otherwise, with <paramref name="problem"/> saying why.
    /// </summary>
    public static IReadOnlyList<XNode>? ParseBlock(string html, out string? problem) => Parse(html, block: true, out problem);

    /// <summary>An inline fragment (<c>`&lt;b&gt;x&lt;/b&gt;`{=html}</c>) as XHTML nodes of phrasing elements only; null when it is not.</summary>
    public static IReadOnlyList<XNode>? ParseInline(string html) => Parse(html, block: false, out _);

    static IReadOnlyList<XNode>? Parse(string html, bool block, out string? problem)
    {
        XElement root;
        try
        {
            var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, IgnoreComments = true, IgnoreProcessingInstructions = true };
            using var reader = XmlReader.Create(new StringReader("<div xmlns=\"http://www.w3.org/1999/xhtml\">" + NumericEntities(html) + "</div>"), settings);
            root = XElement.Load(reader);
        }
        catch (XmlException)
        {
            problem = "it is not well-formed XHTML (every tag closed and nested, attribute values quoted)";
            return null;
        }
        foreach (var e in root.Descendants())
            if (Refused(e, block) is { } why) { problem = why; return null; }
        problem = null;
        return root.Nodes().ToList();
    }

    public enum TagKind { Open, Close, Void }

    /// <summary>One inline tag as read: an opening tag carries its element (attributes, no content).</summary>
    public sealed record Tag(TagKind Kind, string Name, XElement? Element);

    /// <summary>Reads one inline tag (<c>&lt;b&gt;</c>, <c>&lt;/b&gt;</c>, <c>&lt;br/&gt;</c>); null when it is not one an e-book may hold.</summary>
    public static Tag? ReadTag(string text) => ReadTag(text, out _);

    /// <summary><see cref="ReadTag(string)"/>, saying why a tag of the right shape is refused (an attribute or its value).</summary>
    public static Tag? ReadTag(string text, out string? refused)
    {
        refused = null;
        var m = TagShapePattern().Match(text.Trim());
        if (!m.Success) return null;
        string name = m.Groups[2].Value;
        if (!InlineElements.Contains(name)) return null;
        if (m.Groups[1].Value == "/")
            return m.Groups[3].Value.Trim().Length == 0 && m.Groups[4].Value.Length == 0 ? new Tag(TagKind.Close, name, null) : null;
        XElement e;
        try { e = XElement.Parse($"<{name} xmlns=\"http://www.w3.org/1999/xhtml\"{NumericEntities(m.Groups[3].Value)}/>"); }
        catch (XmlException) { return null; }
        if ((refused = Refused(e, block: false)) is not null) return null;
        e.Attributes().Where(a => a.IsNamespaceDeclaration).Remove(); // the element's name carries the namespace
        return new Tag(VoidElements.Contains(name) || m.Groups[4].Value == "/" ? TagKind.Void : TagKind.Open, name, e);
    }

    /// <summary>True for a line-break tag (<c>&lt;br&gt;</c>, <c>&lt;br/&gt;</c>), which print can honour as a line break.</summary>
    public static bool IsLineBreak(string tag) => LineBreakPattern().IsMatch(tag.Trim());

    /// <summary>True for an inline comment (<c>&lt;!-- … --&gt;</c>).</summary>
    public static bool IsInlineComment(string tag) => tag.StartsWith("<!--", StringComparison.Ordinal);

    /// <summary>
    /// Why the inline tags of one paragraph cannot go into the e-book as they stand (the first tag that
    /// is not inline XHTML, does not close what is open, or is never closed); null when they balance.
    /// </summary>
    public static string? InlineProblem(IEnumerable<string> tags)
    {
        var open = new Stack<string>();
        foreach (var t in tags)
        {
            var tag = ReadTag(t, out var refused);
            if (tag is null)
            {
                // A whole fragment (a raw span) stands on its own when it is inline XHTML.
                if (!t.TrimStart().StartsWith("</", StringComparison.Ordinal) && ParseInline(t) is not null) continue;
                return refused ?? $"{t} is not an inline XHTML tag";
            }
            switch (tag.Kind)
            {
                case TagKind.Open: open.Push(tag.Name); break;
                case TagKind.Close:
                    if (open.Count == 0) return $"{t} closes no open tag";
                    if (open.Pop() is var o && o != tag.Name) return $"{t} does not close <{o}>";
                    break;
            }
        }
        return open.Count > 0 ? $"<{open.Peek()}> is never closed" : null;
    }

    static string? Refused(XElement e, bool block)
    {
        string name = e.Name.LocalName;
        if (e.Name.Namespace != Xhtml) return $"<{e.Name.LocalName}> is not an XHTML element";
        if (!InlineElements.Contains(name) && !(block && BlockElements.Contains(name)))
            return $"<{name}> is not an element an e-book may hold here";
        foreach (var a in e.Attributes())
        {
            if (a.IsNamespaceDeclaration) continue;
            string an = a.Name.LocalName;
            bool ok = a.Name.Namespace == XNamespace.Xml ? an == "lang"
                : a.Name.Namespace == XNamespace.None && (AllowedAttributes.Contains(an) || an.StartsWith("data-", StringComparison.Ordinal) || an.StartsWith("aria-", StringComparison.Ordinal));
            if (!ok) return $"the attribute {an} of <{name}> is not XHTML an e-book may hold";
            // Values an e-book checker rejects, or a reader must not follow, make the tag unusable too.
            if (an == "lang" && !LanguageTag.IsWellFormed(a.Value)) return $"the lang of <{name}>: {LanguageTag.Problem(a.Value)}";
            if (an == "href" && RefusedScheme(a.Value) is { } scheme) return $"a '{scheme}:' link cannot go into a book";
        }
        return null;
    }

    /// <summary>Link schemes a book never carries: script runs in the reader, local files and inline data
    /// (which epubcheck rejects); null when <paramref name="url"/> has none of them.</summary>
    public static string? RefusedScheme(string url)
    {
        int colon = url.IndexOf(':');
        if (colon <= 0) return null;
        var scheme = url[..colon].Trim().ToLowerInvariant();
        return scheme is "javascript" or "vbscript" or "file" or "data" ? scheme : null;
    }

    /// <summary>HTML's named entities (&amp;nbsp; …) as numeric references, which XML reads; the five XML ones stay.</summary>
    static string NumericEntities(string html) => EntityPattern().Replace(html, m =>
    {
        if (m.Groups[1].Value is "amp" or "lt" or "gt" or "quot" or "apos") return m.Value;
        var decoded = WebUtility.HtmlDecode(m.Value);
        if (decoded == m.Value) return m.Value;
        var sb = new StringBuilder();
        foreach (var r in decoded.EnumerateRunes()) sb.Append("&#x").Append(r.Value.ToString("X", System.Globalization.CultureInfo.InvariantCulture)).Append(';');
        return sb.ToString();
    });

    [GeneratedRegex(@"<!--.*?-->", RegexOptions.Singleline)]
    private static partial Regex CommentPattern();
    [GeneratedRegex(@"<(script|style)\b.*?</\1\s*>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex HiddenContentPattern();
    [GeneratedRegex(@"</?([A-Za-z][A-Za-z0-9-]*)[^>]*>|<![^>]*>|<\?[^>]*>")]
    private static partial Regex TagPattern();
    [GeneratedRegex(@"[ \t\r\n]+")]
    private static partial Regex SpacesPattern();
    [GeneratedRegex(@"^<(/?)([a-z][a-z0-9]*)((?:\s[^<>]*?)?)\s*(/?)>$")]
    private static partial Regex TagShapePattern();
    [GeneratedRegex(@"^<br\s*/?>$", RegexOptions.IgnoreCase)]
    private static partial Regex LineBreakPattern();
    [GeneratedRegex(@"&([A-Za-z][A-Za-z0-9]{1,31});")]
    private static partial Regex EntityPattern();
}
