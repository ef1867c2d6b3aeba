using System.Text;
using System.Text.RegularExpressions;
using Book.Model;
using Markdig.Extensions.Footnotes;
using Markdig.Syntax.Inlines;
using MdInline = Markdig.Syntax.Inlines.Inline;

namespace Book.Core.Markdown;

public sealed partial class ChapterParser
{
    [GeneratedRegex(@"@((?:tbl|fig|sec):[A-Za-z0-9_](?:[A-Za-z0-9_:\-\.]*[A-Za-z0-9_])?)")]
    private static partial Regex CrossRefPattern();

    internal IReadOnlyList<Model.Inline> Inlines(ContainerInline? container, int lineBase = 0, int columnBase = 0) =>
        container is null ? [] : Inlines((IEnumerable<MdInline>)container, lineBase, columnBase);

    /// <summary>A run of Markdig inlines (one line of a line block) as model inlines.</summary>
    List<Model.Inline> Inlines(IEnumerable<MdInline> container, int lineBase = 0, int columnBase = 0)
    {
        var result = new List<Model.Inline>();
        var text = new StringBuilder();
        int textLine = 0, textColumn = 0;
        _htmlCheckDepth++;
        try { Convert(container, result, text, ref textLine, ref textColumn, lineBase, columnBase); }
        finally { _htmlCheckDepth--; }
        Flush(result, text, textLine, textColumn);
        SmallCapsSpans(result);
        CheckInlineHtml(container, result, lineBase, columnBase);
        return result;
    }

    void Convert(IEnumerable<MdInline> container, List<Model.Inline> result, StringBuilder text, ref int tl, ref int tc, int lb, int cb)
    {
        int skip = 0; // characters of the next literal already taken ("{=format}" after a raw code span)
        foreach (var top in container) ConvertTree(top, result, text, ref tl, ref tc, lb, cb, ref skip);
    }

    /// <summary>
    /// One inline and what is inside it. Plain containers (delimiters Markdig left unmatched, one
    /// inside the next) are walked with a stack of where to resume, not by recursion: they are as
    /// deep as the paragraph is long. The walk never goes past <paramref name="top"/> to its siblings.
    /// </summary>
    void ConvertTree(MdInline top, List<Model.Inline> result, StringBuilder text, ref int tl, ref int tc, int lb, int cb, ref int skip)
    {
        Stack<MdInline>? resume = null;
        for (var inline = top; ; )
        {
            if (inline is null)
            {
                if (resume is null || resume.Count == 0) break;
                inline = resume.Pop();
            }
            var following = ReferenceEquals(inline, top) ? null : inline.NextSibling;
            if (inline is not LiteralInline) skip = 0;
            switch (inline)
            {
                case LiteralInline lit:
                    AppendText(text, ref tl, ref tc, lit.Content.AsSpan()[Math.Min(skip, lit.Content.Length)..], lit, lb, cb);
                    skip = 0;
                    break;
                case HtmlEntityInline ent:
                    text.Append(ent.Transcoded.AsSpan());
                    break;
                case LineBreakInline br:
                    if (br.IsHard) { Flush(result, text, tl, tc); result.Add(new Model.LineBreak()); }
                    else text.Append(' ');
                    break;
                case CodeInline code:
                    Flush(result, text, tl, tc);
                    if (RawSpanFormat(code) is { } raw)
                    {
                        result.Add(RawSpan(code, raw.Format, lb));
                        skip = raw.Length;
                    }
                    else result.Add(new Code(code.Content));
                    break;
                case TexMathNode math:
                    Flush(result, text, tl, tc);
                    _diags.Warning(Where(math.Line + lb, math.Column + (math.Line == 0 ? cb : 0)), "math is not typeset; its TeX source is printed in the code font");
                    result.Add(new TexMath(math.Tex, math.Display));
                    break;
                case EmphasisInline em when !EnterInline(em, lb, text):
                    break;
                case EmphasisInline em when em.DelimiterChar is '~' or '^':
                    Flush(result, text, tl, tc);
                    try { result.AddRange(StyledFor(em, lb, cb)); }
                    finally { _inlineDepth--; }
                    break;
                case EmphasisInline em:
                    Flush(result, text, tl, tc);
                    try
                    {
                        var inner = Inlines(em, lb, cb);
                        result.Add(em.DelimiterCount >= 2 ? new Strong(inner) : new Emphasis(inner));
                    }
                    finally { _inlineDepth--; }
                    break;
                case LinkInline link when link.IsImage:
                    Flush(result, text, tl, tc);
                    result.Add(ImageOf(link, lb, cb));
                    break;
                case LinkInline link when !EnterInline(link, lb, text):
                    break;
                case LinkInline link:
                    Flush(result, text, tl, tc);
                    try { result.Add(LinkOrText(Inlines(link, lb, cb), link.GetDynamicUrl?.Invoke() ?? link.Url ?? "", Where(link.Line + lb, link.Column))); }
                    finally { _inlineDepth--; }
                    break;
                case AutolinkInline auto:
                    Flush(result, text, tl, tc);
                    result.Add(new Link([new Model.Text(auto.Url)], auto.IsEmail ? "mailto:" + auto.Url : auto.Url));
                    break;
                case FootnoteLink { IsBackLink: true }:
                    break;
                case FootnoteLink fl:
                    Flush(result, text, tl, tc);
                    result.Add(FootnoteRef(fl.Footnote));
                    break;
                case InlineNoteNode note:
                    Flush(result, text, tl, tc);
                    // A fragment's positions are relative to it: add this fragment's base, as for citations.
                    result.Add(AddNote(() =>
                    {
                        // A note is a paragraph of its own: its inline HTML is checked on its own.
                        int depth = _htmlCheckDepth; _htmlCheckDepth = 0;
                        try { return [new Paragraph(ParseInlines(note.Markdown, note.ContentLine + lb, note.ContentColumn + (note.ContentLine == 0 ? cb : 0)))]; }
                        finally { _htmlCheckDepth = depth; }
                    }));
                    break;
                case BracketedSpanNode span:
                    Flush(result, text, tl, tc);
                    result.Add(SpanFor(span, lb, cb));
                    break;
                case Citations.CitationNode cite when ExampleNumber(cite.Value) is { } example:
                    // "@good" names an example item of this file: Pandoc prints its number, not a citation.
                    if (text.Length == 0) { tl = cite.Line + lb; tc = cite.Column + (cite.Line == 0 ? cb : 0); }
                    text.Append(example);
                    break;
                case Citations.CitationNode cite:
                    Flush(result, text, tl, tc);
                    result.Add(cite.Value with { Span = Where(cite.Line + lb, cite.Column) });
                    break;
                case Markdig.Extensions.TaskLists.TaskList box when IsTaskBox(box):
                    break; // the box is the list item's (ListItem.Checked)
                case Markdig.Extensions.TaskLists.TaskList box:
                    // Markdig finds "[ ]" anywhere in an item; only the one that opens it is a box.
                    if (text.Length == 0) { tl = box.Line + lb; tc = box.Column + (box.Line == 0 ? cb : 0); }
                    text.Append(box.Checked ? "[x]" : "[ ]");
                    break;
                case HtmlInline html:
                    // A comment is not content: every output drops it. A tag goes to the outputs that take HTML.
                    if (RawHtml.IsInlineComment(html.Tag)) break;
                    Flush(result, text, tl, tc);
                    result.Add(new RawInline("html", html.Tag));
                    break;
                case ContainerInline nested:
                    // An unmatched delimiter ('[' of no link) is text: its own characters, then what follows it.
                    if (nested is DelimiterInline d) AppendText(text, ref tl, ref tc, d.ToLiteral(), d, lb, cb);
                    if (following is not null) (resume ??= new()).Push(following);
                    inline = nested.FirstChild;
                    continue;
            }
            inline = following;
        }
    }

    static void AppendText(StringBuilder text, ref int tl, ref int tc, ReadOnlySpan<char> s, MdInline at, int lb, int cb)
    {
        if (text.Length == 0) { tl = at.Line + lb; tc = at.Column + (at.Line == 0 ? cb : 0); }
        text.Append(s);
    }

    /// <summary>
    /// Counts one level of inline nesting (emphasis in emphasis, links). Past <see cref="MaxNesting"/>
    /// the level is refused at its place and its text kept unstyled, so that neither this
    /// converter nor any later walk of the model recurses as deep as the input goes.
    /// </summary>
    bool EnterInline(ContainerInline at, int lineBase, StringBuilder text)
    {
        if (++_inlineDepth <= MaxNesting) return true;
        _inlineDepth--;
        if (!_depthReported)
        {
            _diags.Error(Where(at.Line + lineBase, at.Column), $"nesting deeper than {MaxNesting} levels (emphasis or links inside each other); flatten the structure");
            _depthReported = true;
        }
        AppendPlain(at, text);
        return false;
    }

    /// <summary>The text of an inline tree, walked with a stack of its own: the tree may be as deep as the input.</summary>
    static void AppendPlain(ContainerInline root, StringBuilder text)
    {
        var stack = new Stack<MdInline>();
        for (var c = root.LastChild; c is not null; c = c.PreviousSibling) stack.Push(c);
        while (stack.Count > 0)
        {
            switch (stack.Pop())
            {
                case LiteralInline lit: text.Append(lit.Content.AsSpan()); break;
                case CodeInline code: text.Append(code.Content); break;
                case HtmlEntityInline ent: text.Append(ent.Transcoded.AsSpan()); break;
                case LineBreakInline: text.Append(' '); break;
                case ContainerInline c:
                    if (c is DelimiterInline d) text.Append(d.ToLiteral());
                    for (var k = c.LastChild; k is not null; k = k.PreviousSibling) stack.Push(k);
                    break;
            }
        }
    }

    Model.Inline SpanFor(BracketedSpanNode span, int lb, int cb)
    {
        var content = ParseInlines(span.Markdown, span.ContentLine + lb, span.ContentColumn + (span.ContentLine == 0 ? cb : 0));
        var a = span.Attributes;
        var lang = Lang(a.Get("lang"), Where(span.ContentLine + lb, span.ContentColumn));
        if (a.Classes.Contains("index"))
            return new IndexTerm(content, a.Get("entry") ?? InlineText.Plain(content));
        if (a.Classes.Contains("smallcaps"))
        {
            // Pandoc's small caps; a language or other classes stay on a span inside.
            var rest = a.Classes.Where(c => c != "smallcaps").ToList();
            return new Styled(InlineStyle.SmallCaps, lang is null && rest.Count == 0 ? content : [new Span(content, lang, rest)]);
        }
        return new Span(content, lang, a.Classes);
    }

    /// <summary>Emits buffered text, splitting out @tbl:/@fig:/@sec: cross-references.</summary>
    void Flush(List<Model.Inline> result, StringBuilder text, int line, int column)
    {
        if (text.Length == 0) return;
        var s = text.ToString();
        text.Clear();
        int last = 0;
        foreach (Match m in CrossRefPattern().Matches(s))
        {
            if (m.Index > 0 && (char.IsLetterOrDigit(s[m.Index - 1]))) continue; // an e-mail address
            if (m.Index > last) Append(result, s[last..m.Index]);
            result.Add(new CrossRef(m.Groups[1].Value, Where(line, column + m.Index)));
            last = m.Index + m.Length;
        }
        if (last < s.Length) Append(result, s[last..]);
        // Markdig leaves a note mark without a definition as text: it would print "[^x]" unannounced.
        if (s.Contains("[^", StringComparison.Ordinal))
            foreach (Match m in UndefinedNotePattern().Matches(s))
                _diags.Warning(Where(line, column + m.Index), $"the note [^{m.Groups[1].Value}] has no definition; it is printed as written (add a line '[^{m.Groups[1].Value}]: …')");
    }

    [GeneratedRegex(@"\[\^([^\]\s\[]+)\]")]
    private static partial Regex UndefinedNotePattern();

    static void Append(List<Model.Inline> result, string s)
    {
        if (result.Count > 0 && result[^1] is Model.Text prev) result[^1] = new Model.Text(prev.Value + s);
        else result.Add(new Model.Text(s));
    }
}
