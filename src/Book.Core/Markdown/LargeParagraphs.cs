using Markdig;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Syntax;

namespace Book.Core.Markdown;

/// <summary>
/// Markdig keeps every emphasis or bracket delimiter of a paragraph open, each inside the one
/// before, until the paragraph ends: each new inline walks down that chain (quadratic time) and
/// past 10,240 of them Markdig gives up with "too deeply nested", though nothing is nested.
/// A paragraph with more delimiters than any prose has is therefore cut, as it closes, into
/// pieces of a bounded number of delimiters at places where emphasis, brackets and code spans
/// look balanced; the pieces are parsed as paragraphs and <see cref="ChapterParser"/> joins them
/// back into one. Ordinary paragraphs are never cut.
/// </summary>
public sealed class LargeParagraphsExtension : IMarkdownExtension
{
    /// <summary>Paragraphs with more delimiter characters than this are cut.</summary>
    public const int Threshold = 1000;
    const int Piece = 400;

    static readonly object ContinuesKey = new();

    /// <summary>For a later piece of the paragraph before it: what stood between them (a space or nothing); else null.</summary>
    public static string? Continues(ParagraphBlock p) => p.GetData(ContinuesKey) as string;

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        var paragraphs = pipeline.BlockParsers.Find<ParagraphBlockParser>();
        if (paragraphs is not null) paragraphs.Closed += Cut;
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer) { }

    static bool IsDelimiter(char c) => c is '*' or '_' or '[' or ']' or '`' or '~' or '^' or '<' or '!' or '\'' or '"' or '{';

    static void Cut(BlockProcessor processor, Block block)
    {
        if (block is not ParagraphBlock p || p.Parent is not { } parent || !p.ProcessInlines) return;
        var lines = p.Lines;
        int delimiters = 0;
        for (int l = 0; l < lines.Count && delimiters <= Threshold; l++)
        {
            var slice = lines.Lines[l].Slice;
            for (int i = slice.Start; i <= slice.End; i++) if (IsDelimiter(slice.Text[i])) delimiters++;
        }
        if (delimiters <= Threshold || IsPipeTable(lines)) return;

        var pieces = new List<ParagraphBlock>();
        var current = NewPiece(p, lines.Lines[0]);
        int count = 0, stars = 0, underscores = 0, brackets = 0, ticks = 0;
        for (int l = 0; l < lines.Count; l++)
        {
            var line = lines.Lines[l];
            var slice = line.Slice;
            int from = slice.Start;
            for (int i = slice.Start; i <= slice.End; i++)
            {
                char c = slice.Text[i];
                if (IsDelimiter(c)) count++;
                switch (c)
                {
                    case '*': stars++; break;
                    case '_': underscores++; break;
                    case '[': brackets++; break;
                    case ']': brackets = Math.Max(0, brackets - 1); break;
                    case '`': ticks++; break;
                    case '\\': i++; continue;
                }
                if (count < Piece) continue;
                bool space = c is ' ' or '\t';
                bool balanced = stars % 2 == 0 && underscores % 2 == 0 && brackets == 0 && ticks % 2 == 0;
                // Balanced and at a space; or at a space at all after twice as many; or anywhere after four times.
                if (!(space && (balanced || count >= 2 * Piece)) && !(count >= 4 * Piece && !char.IsLowSurrogate(c))) continue;
                if (i - 1 < from) continue; // nothing of this line before the cut
                Append(current, line, from, i - 1); // a forced cut keeps c for the next piece
                pieces.Add(current);
                int next = space ? i + 1 : i;
                while (space && next <= slice.End && slice.Text[next] is ' ' or '\t') next++;
                current = NewPiece(p, line);
                current.SetData(ContinuesKey, space ? " " : "");
                from = next; i = next - 1;
                count = stars = underscores = brackets = ticks = 0;
            }
            if (from <= slice.End) Append(current, line, from, slice.End);
        }
        if (current.Lines.Count > 0) pieces.Add(current);
        if (pieces.Count < 2) return;

        // The first piece takes the paragraph's place; the others follow it.
        p.Lines = pieces[0].Lines;
        int at = parent.IndexOf(p);
        for (int k = 1; k < pieces.Count; k++) parent.Insert(at + k, pieces[k]);
    }

    /// <summary>A pipe table is a paragraph until its inlines are parsed: never cut one.</summary>
    static bool IsPipeTable(StringLineGroup lines)
    {
        if (lines.Count < 2) return false;
        var second = lines.Lines[1].Slice;
        bool pipe = false;
        for (int i = second.Start; i <= second.End; i++)
        {
            char c = second.Text[i];
            if (c == '|') pipe = true;
            else if (c is not ('-' or ':' or ' ' or '\t')) return false;
        }
        return pipe;
    }

    static ParagraphBlock NewPiece(ParagraphBlock p, StringLine at) =>
        new((BlockParser)p.Parser!) { Line = at.Line, Column = at.Column, Span = p.Span, ProcessInlines = true };

    static void Append(ParagraphBlock piece, StringLine line, int from, int to)
    {
        var slice = new StringSlice(line.Slice.Text, from, to);
        int offset = from - line.Slice.Start;
        piece.AppendLine(ref slice, line.Column + offset, line.Line, line.Position + offset, false);
    }
}
