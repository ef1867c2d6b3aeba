using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Book.Tests.CommonMark;

/// <summary>
/// The block and inline structure of an HTML fragment, as one comparable string: the spec's HTML
/// and the EPUB's XHTML go through the same steps.
/// <list type="bullet">
/// <item>Kept: the elements the model represents (p, h1–h6, blockquote, ul, ol with its start, li,
///   pre, code, em, strong, a with its href, br, hr, table parts, img with its alt, del); every
///   other element (section, div, span…) is dropped, its content kept.</item>
/// <item>h1 is compared as h2: the first level-1 heading of a chapter is its title, so each example
///   is parsed after a title heading and its own level-1 headings become level-2 sections.</item>
/// <item>A p directly in an li is dropped (tight and loose lists differ only in that, which the
///   model does not represent); its content is kept with a space around it.</item>
/// <item>EPUB-only markup is ignored: ids, classes, epub:type, note marks and the notes aside.</item>
/// <item>Text: entities decoded (by the HTML parser), smart punctuation folded back to ASCII
///   (the pipeline uses SmartyPants, CommonMark does not), whitespace collapsed, and spaces
///   next to block tags removed. An href is compared percent-decoded.</item>
/// </list>
/// </summary>
public static class HtmlShape
{
    static readonly HtmlParser Parser = new();

    static readonly HashSet<string> Kept = new(StringComparer.Ordinal)
    {
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "ul", "ol", "li", "pre", "code", "em", "strong",
        "a", "br", "hr", "table", "thead", "tbody", "tr", "th", "td", "img", "del",
        "dl", "dt", "dd", "sup", "sub",
    };

    static readonly HashSet<string> Void = new(StringComparer.Ordinal) { "br", "hr", "img" };

    public static string Structure(string html)
    {
        var body = Body(html);
        var sb = new StringBuilder();
        foreach (var n in body.ChildNodes) Walk(n, sb);
        return Tidy(sb.ToString());
    }

    /// <summary>Only the text, for raw HTML, which the model keeps as text if at all.</summary>
    public static string TextOnly(string html)
    {
        var sb = new StringBuilder();
        foreach (var n in Body(html).ChildNodes) WalkText(n, sb);
        return Tidy(sb.ToString());
    }

    static void WalkText(INode node, StringBuilder sb)
    {
        if (node is IText t) { sb.Append(Escape(Fold(t.Data))); return; }
        if (node is not IElement e || IsEpubOnly(e)) return;
        bool block = Blocks.Contains(e.LocalName);
        if (block) sb.Append(' ');
        foreach (var c in e.ChildNodes) WalkText(c, sb);
        if (block) sb.Append(' ');
    }

    static readonly HashSet<string> Blocks = new(StringComparer.Ordinal)
    {
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "ul", "ol", "li", "pre", "hr", "br", "table", "tr", "th", "td", "div",
    };

    static IElement Body(string html) => Parser.ParseDocument("<!DOCTYPE html><html><body>" + html + "</body></html>").Body!;

    static void Walk(INode node, StringBuilder sb)
    {
        if (node is IText t)
        {
            // A code block's spaces and line ends are what the reader sees: kept exactly (marked so
            // the collapsing below leaves them alone), folding nothing.
            if (t.ParentElement?.Closest("pre") is not null) sb.Append(Verbatim(Escape(t.Data)));
            else sb.Append(Escape(Fold(t.Data)));
            return;
        }
        if (node is not IElement e) return;
        if (IsEpubOnly(e)) return;
        string name = e.LocalName;
        if (name == "h1") name = "h2";
        if (Pandoc(e, sb)) return;
        if (name == "p" && e.ParentElement?.LocalName == "li")
        {
            sb.Append(' ');
            foreach (var c in e.ChildNodes) Walk(c, sb);
            sb.Append(' ');
            return;
        }
        if (!Kept.Contains(name))
        {
            foreach (var c in e.ChildNodes) Walk(c, sb);
            return;
        }
        sb.Append('<').Append(name);
        if (name == "ol" && e.GetAttribute("start") is { } start && start != "1") sb.Append(" start=").Append(start);
        if (name == "a") sb.Append(" href=").Append(Href(e.GetAttribute("href")));
        if (name == "img") sb.Append(" alt=").Append(Escape(Fold(e.GetAttribute("alt") ?? "")));
        sb.Append('>');
        if (Void.Contains(name)) return;
        if (name == "pre")
        {
            // One final line end inside a pre shows nothing (CommonMark writes it, Pandoc and we do not).
            var inner = new StringBuilder();
            foreach (var c in e.ChildNodes) Walk(c, inner);
            var code = inner.ToString();
            if (code.EndsWith(VerbatimNewline + "</code>", StringComparison.Ordinal)) code = code[..^(VerbatimNewline.Length + 7)] + "</code>";
            else if (code.EndsWith(VerbatimNewline, StringComparison.Ordinal)) code = code[..^VerbatimNewline.Length];
            sb.Append(code).Append("</pre>");
            return;
        }
        foreach (var c in e.ChildNodes) Walk(c, sb);
        sb.Append("</").Append(name).Append('>');
    }

    const string VerbatimNewline = "\u23CE";
    static string Verbatim(string s) => s.Replace(" ", "\u00B7", StringComparison.Ordinal).Replace("\t", "\u2192", StringComparison.Ordinal).Replace("\n", VerbatimNewline, StringComparison.Ordinal);

    /// <summary>
    /// Pandoc's constructs that HTML spells with classes or attributes, written as one pseudo-element
    /// each so both sides compare alike: small caps, line blocks, task boxes, TeX math (its source,
    /// without the delimiters each writer adds: $…$ here, \(…\) in Pandoc's), and an ol's type.
    /// </summary>
    static bool Pandoc(IElement e, StringBuilder sb)
    {
        string? pseudo = e.ClassList.Contains("smallcaps") ? "smallcaps" : e.ClassList.Contains("line-block") ? "line-block" : null;
        if (pseudo is not null)
        {
            sb.Append('<').Append(pseudo).Append('>');
            foreach (var c in e.ChildNodes) Walk(c, sb);
            sb.Append("</").Append(pseudo).Append('>');
            return true;
        }
        if (e.LocalName == "input" && e.GetAttribute("type") == "checkbox")
        {
            sb.Append(e.HasAttribute("checked") ? "<box checked>" : "<box>");
            return true;
        }
        if (e.ClassList.Contains("math"))
        {
            var tex = e.TextContent.Trim();
            foreach (var (open, close) in new[] { ("$$", "$$"), ("$", "$"), ("\\(", "\\)"), ("\\[", "\\]") })
                if (tex.Length >= open.Length + close.Length && tex.StartsWith(open, StringComparison.Ordinal) && tex.EndsWith(close, StringComparison.Ordinal))
                { tex = tex[open.Length..^close.Length]; break; }
            sb.Append("<math>").Append(Escape(tex.Trim())).Append("</math>");
            return true;
        }
        if (e.LocalName == "ol" && e.GetAttribute("type") is { } type && type != "1")
        {
            sb.Append("<ol type=").Append(type);
            if (e.GetAttribute("start") is { } start && start != "1") sb.Append(" start=").Append(start);
            sb.Append('>');
            foreach (var c in e.ChildNodes) Walk(c, sb);
            sb.Append("</ol>");
            return true;
        }
        return false;
    }

    static bool IsEpubOnly(IElement e) =>
        e.Attributes.Any(a => a.Name.Contains("type", StringComparison.Ordinal) && a.Name.Contains("epub", StringComparison.Ordinal))
        || e.ClassList.Contains("footnotes") || e.ClassList.Contains("noteref");

    static string Href(string? href)
    {
        if (href is null) return "(none)";
        return "\"" + Escape(Uri.UnescapeDataString(href)).Replace(" ", "%20", StringComparison.Ordinal) + "\"";
    }

    static string Escape(string s) => s.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);

    /// <summary>SmartyPants' typography back to what was typed.</summary>
    static string Fold(string s) => s
        .Replace('\u201C', '"').Replace('\u201D', '"').Replace('\u2018', '\'').Replace('\u2019', '\'')
        .Replace("\u2014", "---", StringComparison.Ordinal).Replace("\u2013", "--", StringComparison.Ordinal)
        .Replace("\u2026", "...", StringComparison.Ordinal).Replace("\u00AB", "<<", StringComparison.Ordinal).Replace("\u00BB", ">>", StringComparison.Ordinal);

    static readonly Regex Spaces = new(@"\s+", RegexOptions.Compiled);
    static readonly Regex AroundBlocks = new(@" ?(</?(?:p|h[1-6]|blockquote|ul|ol|li|pre|hr|table|thead|tbody|tr|th|td|br|dl|dt|dd)\b[^>]*>) ?", RegexOptions.Compiled);

    static string Tidy(string s) => AroundBlocks.Replace(Spaces.Replace(s, " "), "$1").Trim();
}
