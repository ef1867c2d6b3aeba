using Book.Model;
using Markdig.Helpers;
using Markdig.Parsers;

namespace Book.Core.Citations;

/// <summary>
/// Markdig inline parser for Pandoc citations. It opens on '[' (and must run before the link
/// parser, which then still gets every bracket that is not a citation: links, footnote marks
/// <c>[^1]</c>, spans) and on '@' for narrative citations. Code spans are consumed by Markdig's
/// code parser before we see them, and code blocks are never inline-parsed.
/// </summary>
public sealed class CitationInlineParser : InlineParser
{
    public CitationInlineParser() => OpeningCharacters = ['[', '@'];

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var text = slice.Text;
        var start = slice.Start;
        var limit = slice.End + 1;
        Citation citation;
        int end;
        if (slice.CurrentChar == '[')
        {
            if (!CitationSyntax.TryParseBracketed(text, start, limit, out var items, out end)) return false;
            citation = new Citation(items, false, null);
        }
        else
        {
            if (!CitationSyntax.TryParseNarrative(text, start, limit, out var item, out end)) return false;
            citation = new Citation([item], true, null);
        }

        var startPos = processor.GetSourcePosition(start, out var line, out var column);
        var file = processor.Context?.Properties.TryGetValue(CitationExtension.SourceFileKey, out var f) == true ? f as string : null;
        processor.Inline = new CitationNode
        {
            Value = citation with { Span = new SourceSpan(file ?? "", line + 1, column + 1) },
            Span = new Markdig.Syntax.SourceSpan(startPos, processor.GetSourcePosition(end - 1)),
            Line = line,
            Column = column,
        };
        slice.Start = end;
        return true;
    }
}
