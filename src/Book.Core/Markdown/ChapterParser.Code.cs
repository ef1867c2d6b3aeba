using System.Text;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Book.Core.Markdown;

public sealed partial class ChapterParser
{
    /// <summary>Tab stops in code, as Pandoc's default (--tab-stop=4).</summary>
    const int TabStop = 4;

    /// <summary>
    /// A fenced or indented code block, verbatim: every line with its leading spaces, blank lines
    /// kept, tabs expanded to 4-column stops. Its language is the first word of the info string
    /// (<c>```python</c>) or the first class of its attributes (<c>``` {.python}</c>).
    /// </summary>
    Model.CodeBlock CodeBlock(LeafBlock b, Model.SourceSpan span)
    {
        // An empty fenced block has no line array at all (Lines.Lines is null): read by count.
        var lines = new List<string>(b.Lines.Count);
        for (int i = 0; i < b.Lines.Count; i++) lines.Add(ExpandTabs(b.Lines.Lines[i].Slice.ToString()));
        // CommonMark: blank lines at the end of an indented block are not part of it (a fence keeps them).
        if (b is not FencedCodeBlock)
            while (lines.Count > 0 && string.IsNullOrWhiteSpace(lines[^1])) lines.RemoveAt(lines.Count - 1);
        string? language = null;
        if (b is FencedCodeBlock f)
        {
            language = f.Info?.Split((char[]?)null, 2, StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
            if (language is null or { Length: 0 } || language.StartsWith('{'))
                language = f.TryGetAttributes()?.Classes?.FirstOrDefault();
            if (language is { } l && l.StartsWith('.')) language = l[1..];
        }
        return new Model.CodeBlock(string.Join('\n', lines), string.IsNullOrEmpty(language) ? null : language) { Span = span };
    }

    static string ExpandTabs(string line)
    {
        if (!line.Contains('\t')) return line;
        var sb = new StringBuilder(line.Length + 8);
        foreach (char c in line)
        {
            if (c == '\t') sb.Append(' ', TabStop - sb.Length % TabStop);
            else sb.Append(c);
        }
        return sb.ToString();
    }
}
