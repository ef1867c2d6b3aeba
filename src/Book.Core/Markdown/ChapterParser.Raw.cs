using System.Text.RegularExpressions;
using Book.Model;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Book.Core.Markdown;

/// <summary>
/// Raw content (Pandoc's raw_html and raw_attribute): HTML blocks, <c>```{=format}</c> blocks, inline
/// tags and <c>`x`{=format}</c> spans. The model keeps them for the outputs that take them; what each
/// output makes of them is said here, once, at the source's place, since the outputs have no file
/// positions: print has no HTML and sets only an HTML block's text; the e-book takes well-formed
/// XHTML; no output takes LaTeX or other formats.
/// </summary>
public sealed partial class ChapterParser
{
    [GeneratedRegex(@"^\{=([A-Za-z][A-Za-z0-9_+-]*)\}")]
    private static partial Regex RawFormatPattern();

    /// <summary>Nesting of <see cref="Inlines"/> calls: the inline HTML check runs on a whole paragraph, once.</summary>
    int _htmlCheckDepth;

    /// <summary>An HTML block: a comment is dropped (it is not content); anything else is kept for the e-book, its text for print.</summary>
    IEnumerable<Model.Block> HtmlBlockFor(HtmlBlock html, Model.SourceSpan span)
    {
        var text = html.Lines.ToString();
        if (html.Type == HtmlBlockType.Comment && RawHtml.IsComment(text)) return [];
        bool printed = RawHtml.TextOf(text).Length > 0;
        if (RawHtml.ParseBlock(text, out var problem) is null)
            _diags.Warning(span, $"raw HTML: {problem}, so the EPUB as well as the PDF keeps only its text; write it in Markdown to have it typeset");
        else if (printed)
            _diags.Warning(span, "raw HTML: the PDF cannot set its tags and prints only its text (the EPUB keeps the HTML); write it in Markdown to have it typeset");
        else
            _diags.Warning(span, "raw HTML: the PDF cannot set it and leaves it out (the EPUB keeps the HTML)");
        return [new RawBlock("html", text) { Span = span, FromHtmlBlock = true }];
    }

    /// <summary>The <c>{=format}</c> of a fenced block written for one output format; null for an ordinary fence.</summary>
    static string? RawFenceFormat(FencedCodeBlock f)
    {
        var info = (f.Info + " " + f.Arguments).Trim();
        var m = RawFormatPattern().Match(info);
        return m.Success && m.Length == info.Length ? m.Groups[1].Value.ToLowerInvariant() : null;
    }

    /// <summary>A <c>```{=format}</c> block: HTML for the e-book only; any other format for no output this tool writes.</summary>
    Model.Block? RawFence(FencedCodeBlock f, Model.SourceSpan span)
    {
        if (RawFenceFormat(f) is not { } format) return null;
        var text = string.Join("\n", f.Lines.Lines.Take(f.Lines.Count).Select(x => x.Slice.ToString()));
        if (format == "html")
        {
            if (RawHtml.ParseBlock(text, out var problem) is null)
                _diags.Warning(span, $"raw HTML ({{=html}}) is left out of the PDF, and the EPUB keeps only its text: {problem}");
            else
                _diags.Warning(span, "raw HTML ({=html}) is for the EPUB only and is left out of the PDF");
        }
        else _diags.Warning(span, $"raw {format} ({{={format}}}) is left out: neither the PDF nor the EPUB can take {format}");
        return new RawBlock(format, text) { Span = span };
    }

    /// <summary>The format and the length of the <c>{=format}</c> that follows a code span, when it does.</summary>
    static (string Format, int Length)? RawSpanFormat(CodeInline code)
    {
        if (code.NextSibling is not LiteralInline lit) return null;
        var m = RawFormatPattern().Match(lit.Content.ToString());
        return m.Success ? (m.Groups[1].Value.ToLowerInvariant(), m.Length) : null;
    }

    Model.Inline RawSpan(CodeInline code, string format, int lb)
    {
        if (format != "html")
            _diags.Warning(Where(code.Line + lb, code.Column), $"raw {format} `{code.Content}` is left out: neither the PDF nor the EPUB can take {format}");
        return new RawInline(format, code.Content);
    }

    /// <summary>
    /// One warning for a paragraph's inline HTML, naming its first tag: print drops the tags (a
    /// <c>&lt;br&gt;</c> excepted, which breaks the line) and keeps the text between them; the
    /// e-book keeps them too, unless they fail to balance as XHTML within their paragraph.
    /// </summary>
    void CheckInlineHtml(IEnumerable<Markdig.Syntax.Inlines.Inline> container, IReadOnlyList<Model.Inline> result, int lb, int cb)
    {
        if (_htmlCheckDepth > 0) return;
        string? first = null, epubProblem = null;
        void Walk(IReadOnlyList<Model.Inline> list)
        {
            var tags = new List<string>();
            foreach (var i in list)
                switch (i)
                {
                    case RawInline { Format: "html" } r:
                        tags.Add(r.Text);
                        if (first is null && !RawHtml.IsLineBreak(r.Text)) first = r.Text;
                        break;
                    case Emphasis e: Walk(e.Content); break;
                    case Strong s: Walk(s.Content); break;
                    case Styled s: Walk(s.Content); break;
                    case Link l: Walk(l.Content); break;
                    case Span s: Walk(s.Content); break;
                    case IndexTerm t: Walk(t.Content); break;
                }
            if (tags.Count > 0) epubProblem ??= RawHtml.InlineProblem(tags);
        }
        Walk(result);
        if (first is null && epubProblem is null) return;
        // A paragraph's container, or the inlines of one line-block line: the first tag or raw span in it.
        Markdig.Syntax.Inlines.Inline? First<T>() where T : Markdig.Syntax.Inlines.Inline
        {
            foreach (var i in container)
            {
                if (i is T t) return t;
                if (i is ContainerInline c && c.FindDescendants<T>().FirstOrDefault() is { } d) return d;
            }
            return null;
        }
        var at = First<HtmlInline>() ?? First<CodeInline>() ?? container.FirstOrDefault();
        var span = at is null ? Where(lb, cb) : Where(at.Line + lb, at.Column + (at.Line == 0 ? cb : 0));
        string name = Shorten(first ?? "<br>");
        _diags.Warning(span, epubProblem is null
            ? $"inline HTML ({name}): the PDF cannot set its tags and leaves them out, printing the text between them (the EPUB keeps them)"
            : $"inline HTML ({name}) is left out of the PDF and of the EPUB, where {epubProblem}; the text between the tags is kept");
    }

    static string Shorten(string s) => s.Length > 40 ? s[..40] + "\u2026" : s;
}
