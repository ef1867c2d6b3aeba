using Markdig;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Parsers.Inlines;
using Markdig.Renderers;
using Markdig.Syntax.Inlines;

namespace Book.Core.Markdown;

/// <summary>A Pandoc bracketed span <c>[text]{lang=az .index #id}</c>; its text is parsed again as Markdown.</summary>
public sealed class BracketedSpanNode : LeafInline
{
    public required string Markdown { get; init; }
    public required PandocAttributes Attributes { get; init; }
    public int ContentLine { get; init; }
    public int ContentColumn { get; init; }
}

/// <summary>A Pandoc inline note <c>^[text]</c>; its text is parsed again as Markdown.</summary>
public sealed class InlineNoteNode : LeafInline
{
    public required string Markdown { get; init; }
    public int ContentLine { get; init; }
    public int ContentColumn { get; init; }
}

/// <summary>Attributes as Pandoc writes them: <c>#id .class key=value key="quoted value"</c>.</summary>
public sealed record PandocAttributes(string? Id, IReadOnlyList<string> Classes, IReadOnlyDictionary<string, string> Properties)
{
    public static readonly PandocAttributes Empty = new(null, [], new Dictionary<string, string>());

    public string? Get(string key) => Properties.TryGetValue(key, out var v) ? v : null;

    /// <summary>Parses the text between the braces; null when it is not an attribute list.</summary>
    public static PandocAttributes? Parse(string s)
    {
        string? id = null; var classes = new List<string>(); var props = new Dictionary<string, string>(StringComparer.Ordinal);
        int i = 0;
        while (i < s.Length)
        {
            while (i < s.Length && char.IsWhiteSpace(s[i])) i++;
            if (i >= s.Length) break;
            // Pandoc's shorthand for the class "unnumbered" ("# Preface {-}").
            if (s[i] == '-' && (i + 1 == s.Length || char.IsWhiteSpace(s[i + 1]))) { classes.Add("unnumbered"); i++; continue; }
            if (s[i] == '#' || s[i] == '.')
            {
                char kind = s[i++]; int start = i;
                while (i < s.Length && !char.IsWhiteSpace(s[i])) i++;
                if (i == start) return null;
                if (kind == '#') id = s[start..i]; else classes.Add(s[start..i]);
                continue;
            }
            int ks = i;
            while (i < s.Length && s[i] != '=' && !char.IsWhiteSpace(s[i])) i++;
            if (i >= s.Length || s[i] != '=' || i == ks) return null;
            string key = s[ks..i]; i++;
            string value;
            if (i < s.Length && (s[i] == '"' || s[i] == '\''))
            {
                char q = s[i++]; int vs = i;
                while (i < s.Length && s[i] != q) i++;
                if (i >= s.Length) return null;
                value = s[vs..i]; i++;
            }
            else
            {
                int vs = i;
                while (i < s.Length && !char.IsWhiteSpace(s[i])) i++;
                value = s[vs..i];
            }
            props[key] = value;
        }
        return new PandocAttributes(id, classes, props);
    }
}

/// <summary>
/// Finds the bracket that closes the one at <c>open</c>, honouring nesting, escapes and code
/// spans (a backtick run up to the next run of the same length hides its brackets, as in Pandoc).
/// The pairs of a whole paragraph are found in one pass and kept for the parser's next calls on
/// it: searching afresh from every '[' made a paragraph of unclosed brackets quadratic.
/// </summary>
static class Brackets
{
    [ThreadStatic] static string? _text;
    [ThreadStatic] static int _from, _end;
    [ThreadStatic] static Dictionary<int, int>? _pairs;

    public static int FindClose(string text, int open, int end)
    {
        if (!ReferenceEquals(text, _text) || end != _end || open < _from || _pairs is null)
        {
            _pairs = Pair(text, open, end);
            _text = text; _from = open; _end = end;
        }
        return _pairs.TryGetValue(open, out var close) ? close : -1;
    }

    static Dictionary<int, int> Pair(string text, int from, int end)
    {
        var codeEnd = CodeSpans(text, from, end);
        var pairs = new Dictionary<int, int>();
        var open = new Stack<int>();
        for (int i = from; i < end; i++)
        {
            char c = text[i];
            if (c == '\\') { i++; continue; }
            if (c == '`')
            {
                if (codeEnd.TryGetValue(i, out var after)) { i = after - 1; continue; }
                while (i + 1 < end && text[i + 1] == '`') i++;
            }
            else if (c == '[') open.Push(i);
            else if (c == ']' && open.Count > 0) pairs[open.Pop()] = i;
        }
        return pairs;
    }

    /// <summary>Code spans as start of the opening run → end of the closing run (exclusive).</summary>
    static Dictionary<int, int> CodeSpans(string text, int from, int end)
    {
        var runs = new List<(int Start, int Length)>();
        for (int i = from; i < end; i++)
        {
            if (text[i] == '\\') { i++; continue; }
            if (text[i] != '`') continue;
            int s = i;
            while (i + 1 < end && text[i + 1] == '`') i++;
            runs.Add((s, i - s + 1));
        }
        // Each run's closer is the next run of the same length; found right to left in one pass.
        var next = new int[runs.Count];
        var lastOfLength = new Dictionary<int, int>();
        for (int k = runs.Count - 1; k >= 0; k--)
        {
            next[k] = lastOfLength.TryGetValue(runs[k].Length, out var n) ? n : -1;
            lastOfLength[runs[k].Length] = k;
        }
        var spans = new Dictionary<int, int>();
        for (int k = 0; k < runs.Count; k++)
        {
            if (next[k] < 0) continue;
            var close = runs[next[k]];
            spans[runs[k].Start] = close.Start + close.Length;
            // Runs inside the span are code, not openers: skip to its closer.
            k = next[k];
        }
        return spans;
    }
}

/// <summary>Parses <c>[text]{attrs}</c> before the link parser sees the bracket.</summary>
public sealed class BracketedSpanParser : InlineParser
{
    public BracketedSpanParser() => OpeningCharacters = ['['];

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        string text = slice.Text; int start = slice.Start;
        if (start + 1 <= slice.End && (text[start + 1] == '^' || text[start + 1] == '@')) return false;
        int close = Brackets.FindClose(text, start, slice.End + 1);
        if (close < 0 || close + 1 > slice.End || text[close + 1] != '{') return false;
        int brace = text.IndexOf('}', close + 2);
        if (brace < 0 || brace > slice.End) return false;
        var attrs = PandocAttributes.Parse(text[(close + 2)..brace]);
        if (attrs is null) return false;
        var pos = processor.GetSourcePosition(start + 1, out int line, out int column);
        processor.Inline = new BracketedSpanNode
        {
            Markdown = text[(start + 1)..close], Attributes = attrs,
            Span = new Markdig.Syntax.SourceSpan(pos, pos + brace - start), Line = line, Column = column,
            ContentLine = line, ContentColumn = column,
        };
        slice.Start = brace + 1;
        return true;
    }
}

/// <summary>Parses Pandoc's inline notes <c>^[text]</c>.</summary>
public sealed class InlineNoteParser : InlineParser
{
    public InlineNoteParser() => OpeningCharacters = ['^'];

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        string text = slice.Text; int start = slice.Start;
        if (start + 1 > slice.End || text[start + 1] != '[') return false;
        int close = Brackets.FindClose(text, start + 1, slice.End + 1);
        if (close < 0) return false;
        var pos = processor.GetSourcePosition(start + 2, out int line, out int column);
        processor.Inline = new InlineNoteNode
        {
            Markdown = text[(start + 2)..close],
            Span = new Markdig.Syntax.SourceSpan(pos, pos + close - start), Line = line, Column = column,
            ContentLine = line, ContentColumn = column,
        };
        slice.Start = close + 1;
        return true;
    }
}

/// <summary>Registers the Pandoc inline syntax Markdig lacks.</summary>
public sealed class PandocInlinesExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.InlineParsers.Contains<BracketedSpanParser>())
            pipeline.InlineParsers.InsertBefore<LinkInlineParser>(new BracketedSpanParser());
        if (!pipeline.InlineParsers.Contains<InlineNoteParser>())
            pipeline.InlineParsers.Insert(0, new InlineNoteParser());
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer) { }
}

/// <summary>
/// Keeps <c>{…}</c> as text unless it is an attribute list where Pandoc reads one: after a link,
/// an image or inline code, or at the end of a line after a space (a heading's or a caption's).
/// Markdig's generic attributes take any braces and attach them to the paragraph, so
/// <c>f{x}</c> printed "f".
/// </summary>
public sealed class LiteralBracesParser : InlineParser
{
    public LiteralBracesParser() => OpeningCharacters = ['{'];

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        if (IsAttributeList(processor, slice)) return false; // Markdig's generic attributes take it
        // `x`{=html}: a raw span's format stays with the literal after the code, where the parser reads it.
        if (processor.Inline is CodeInline && slice.PeekChar() == '=') return false;
        int start = slice.Start;
        var pos = processor.GetSourcePosition(start, out int line, out int column);
        processor.Inline = new LiteralInline("{") { Span = new Markdig.Syntax.SourceSpan(pos, pos), Line = line, Column = column };
        slice.SkipChar();
        return true;
    }

    static bool IsAttributeList(InlineProcessor processor, StringSlice slice)
    {
        string text = slice.Text; int start = slice.Start;
        int close = -1;
        for (int i = start + 1; i <= slice.End && text[i] is not ('\n' or '\r'); i++)
            if (text[i] == '}') { close = i; break; }
        if (close < 0 || PandocAttributes.Parse(text[(start + 1)..close]) is not { } attrs) return false;
        if (attrs.Id is null && attrs.Classes.Count == 0 && attrs.Properties.Count == 0) return false;
        if (processor.Inline is LinkInline or CodeInline && start > 0 && text[start - 1] is not (' ' or '\t')) return true;
        bool afterSpace = start == 0 || text[start - 1] is ' ' or '\t';
        int j = close + 1;
        while (j <= slice.End && text[j] is ' ' or '\t') j++;
        return afterSpace && (j > slice.End || text[j] is '\n' or '\r');
    }
}

/// <summary>Puts <see cref="LiteralBracesParser"/> before Markdig's generic attributes; registered after them.</summary>
public sealed class LiteralBracesExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (pipeline.InlineParsers.Contains<LiteralBracesParser>()) return;
        int at = pipeline.InlineParsers.FindIndex(p => p is Markdig.Extensions.GenericAttributes.GenericAttributesParser);
        pipeline.InlineParsers.Insert(Math.Max(0, at), new LiteralBracesParser());
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer) { }
}
