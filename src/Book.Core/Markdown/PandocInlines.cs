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

/// <summary>Finds the bracket that closes the one at <paramref name="open"/>, honouring nesting and escapes.</summary>
static class Brackets
{
    public static int FindClose(string text, int open, int end)
    {
        int depth = 0;
        for (int i = open; i < end; i++)
        {
            char c = text[i];
            if (c == '\\') { i++; continue; }
            if (c == '[') depth++;
            else if (c == ']' && --depth == 0) return i;
        }
        return -1;
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
