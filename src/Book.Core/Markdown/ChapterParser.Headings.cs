using Book.Model;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Book.Core.Markdown;

public sealed partial class ChapterParser
{
    /// <summary>A heading's text, id and flags: <c>{-}</c> or <c>.unnumbered</c> unnumber it, <c>.unlisted</c> keeps it out of the contents.</summary>
    public const int MaxHeadingCharacters = 1000;

    sealed record HeadingParts(IReadOnlyList<Model.Inline> Content, string? Id, bool Numbered, bool Listed);

    /// <summary>
    /// Markdig's generic attributes read <c>{#id .unnumbered}</c> but not Pandoc's <c>{-}</c> (nor
    /// <c>{#id -}</c>), which they leave as text at the end of the heading: that text is read here as
    /// Pandoc reads it and taken off, so the braces never print.
    /// </summary>
    HeadingParts Heading(HeadingBlock h)
    {
        // A heading is repeated in the running heads, the contents, the outline and the e-book's nav:
        // a page of text there is a mistake (a missing blank line, a runaway '#'), and would cost as much
        // again in every place it is repeated.
        if (h.Span.Length > MaxHeadingCharacters)
        {
            _diags.Error(Where(h), $"a heading of {h.Span.Length:N0} characters; headings are at most {MaxHeadingCharacters:N0} (is a blank line missing after it?)");
            return new HeadingParts([new Model.Text("…")], null, true, true);
        }
        var a = h.TryGetAttributes();
        UnusedLang(a?.Properties, Where(h), "heading");
        string? id = a?.Id;
        var classes = new List<string>(a?.Classes ?? []);
        var content = Inlines(h.Inline).ToList();
        if (content is [.., Model.Text last] && TrailingAttributes(last.Value) is var (before, attrs))
        {
            content.RemoveAt(content.Count - 1);
            if (before.Length > 0) content.Add(new Model.Text(before));
            id ??= attrs.Id;
            classes.AddRange(attrs.Classes);
            UnusedLang(attrs.Properties, Where(h), "heading");
        }
        return new HeadingParts(content, id, !classes.Contains("unnumbered"), !classes.Contains("unlisted"));
    }

    /// <summary>A Pandoc attribute block ending the text ("Title {#id -}"): the text before it and the attributes; null when none.</summary>
    static (string Before, PandocAttributes Attributes)? TrailingAttributes(string text)
    {
        var t = text.TrimEnd();
        if (!t.EndsWith('}')) return null;
        int open = t.LastIndexOf('{');
        if (open < 0 || PandocAttributes.Parse(t[(open + 1)..^1]) is not { } attrs) return null;
        return (t[..open].TrimEnd(), attrs);
    }
}
