using System.Text.RegularExpressions;
using Book.Csl;
using Book.Model;

namespace Book.Core.Citations;

/// <summary>
/// The CSL processor's rich text as model inlines: italic, bold, small caps, super- and subscript
/// map to their inlines; an upright span inside italics toggles back (as layout reads nested
/// emphasis); display blocks become their text with a space between; web addresses become links,
/// since styles print URLs and DOIs as plain text.
/// </summary>
public static partial class RichTextInlines
{
    public static List<Inline> Map(RichText text)
    {
        var output = new List<Inline>();
        foreach (var n in text.Nodes) Add(n, output, italic: false);
        var merged = Merge(output);
        // A field set apart ends with a space; at the very end it is not wanted.
        if (merged.Count > 0 && merged[^1] is Text last && last.Value.EndsWith(' '))
        {
            var trimmed = last.Value.TrimEnd(' ');
            if (trimmed.Length == 0) merged.RemoveAt(merged.Count - 1); else merged[^1] = new Text(trimmed);
        }
        return merged;
    }

    static void Add(RichNode node, List<Inline> output, bool italic)
    {
        if (node is RichRun run) { AddText(run.Text, output); return; }
        var span = (RichSpan)node;
        var kids = new List<Inline>();
        var inItalic = span.Style switch
        {
            RichStyle.Italic or RichStyle.Oblique => true,
            RichStyle.NormalStyle => false,
            _ => italic,
        };
        foreach (var c in span.Children) Add(c, kids, inItalic);
        kids = Merge(kids);
        if (kids.Count == 0) return;
        switch (span.Style)
        {
            case RichStyle.Italic or RichStyle.Oblique when !italic: output.Add(new Emphasis(kids)); break;
            case RichStyle.NormalStyle when italic: output.Add(new Emphasis(kids)); break; // toggles upright
            case RichStyle.Bold: output.Add(new Strong(kids)); break;
            case RichStyle.SmallCaps: output.Add(new Styled(InlineStyle.SmallCaps, kids)); break;
            case RichStyle.Superscript: output.Add(new Styled(InlineStyle.Superscript, kids)); break;
            case RichStyle.Subscript: output.Add(new Styled(InlineStyle.Subscript, kids)); break;
            case RichStyle.Link when span.Href is { Length: > 0 } href: output.Add(new Link(kids, href)); break;
            case RichStyle.LeftMargin or RichStyle.Block:
                // A label or block set apart by the style reads as its own field: end it with a space.
                output.AddRange(kids);
                if (InlineText.Plain(kids) is { Length: > 0 } s && !char.IsWhiteSpace(s[^1])) output.Add(new Text(" "));
                break;
            default: output.AddRange(kids); break;
        }
    }

    [GeneratedRegex(@"https?://[^\s<>""]+")]
    private static partial Regex WebAddress();

    /// <summary>Text with its web addresses as links; a closing period or comma stays outside.</summary>
    static void AddText(string text, List<Inline> output)
    {
        var at = 0;
        foreach (Match m in WebAddress().Matches(text))
        {
            var url = m.Value.TrimEnd('.', ',', ';', ':', ')', ']', '”', '’');
            if (url.Length < 10) continue;
            if (m.Index > at) output.Add(new Text(text[at..m.Index]));
            output.Add(new Link([new Text(url)], url));
            at = m.Index + url.Length;
        }
        if (at < text.Length) output.Add(new Text(text[at..]));
    }

    /// <summary>Adjacent texts joined, empty ones dropped.</summary>
    internal static List<Inline> Merge(List<Inline> inlines)
    {
        var merged = new List<Inline>(inlines.Count);
        foreach (var i in inlines)
        {
            if (i is Text { Value.Length: 0 }) continue;
            if (i is Text t && merged.Count > 0 && merged[^1] is Text p) merged[^1] = new Text(p.Value + t.Value);
            else merged.Add(i);
        }
        return merged;
    }
}
