using Book.Model;
using Markdig.Extensions.Footnotes;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Markdig.Renderers.Html;
using MdBlock = Markdig.Syntax.Block;

namespace Book.Core.Markdown;

/// <summary>A chapter file as parsed: its title and id from the first level-1 heading, blocks and notes.</summary>
public sealed record ParsedChapter(
    string? Id,
    IReadOnlyList<Model.Inline> Title,
    IReadOnlyList<Model.Block> Blocks,
    IReadOnlyList<Note> Notes,
    IReadOnlyDictionary<string, string> FrontMatter,
    Model.SourceSpan? TitleSpan)
{
    /// <summary>True when the file could not be parsed at all (its error is already reported).</summary>
    public bool Unreadable { get; init; }
    /// <summary>False when the title heading says <c>{-}</c> or <c>.unnumbered</c>: the chapter gets no number.</summary>
    public bool TitleNumbered { get; init; } = true;
    /// <summary>False when the title heading says <c>.unlisted</c>: the chapter stays out of the contents and the navigation.</summary>
    public bool TitleListed { get; init; } = true;
}

/// <summary>Turns one Markdown file into model blocks. Knows Markdig; the model does not.</summary>
public sealed partial class ChapterParser
{
    /// <summary>Deeper nesting than this is refused: real books never need it and it guards the stack.</summary>
    public const int MaxNesting = 40;

    readonly string _file;
    readonly DiagnosticBag _diags;
    readonly IBlockExtensions? _extensions;
    readonly string _notePrefix;
    readonly List<Note> _notes = new();
    readonly Dictionary<Footnote, string> _footnoteIds = new();
    int _depth, _inlineDepth;
    bool _depthReported;

    public ChapterParser(string file, string notePrefix, DiagnosticBag diags, IBlockExtensions? extensions = null)
    {
        _file = file; _notePrefix = notePrefix; _diags = diags; _extensions = extensions;
    }

    public Model.SourceSpan Where(int line, int column) => new(_file, _lineBase + line + 1, _columnBase + column + 1);
    public Model.SourceSpan Where(MarkdownObject o) => Where(o.Line, o.Column);
    public DiagnosticBag Diagnostics => _diags;
    /// <summary>Notes registered so far, e.g. by <see cref="ParseInlines"/> on fragments (chronology entries).</summary>
    public IReadOnlyList<Note> Notes => _notes;

    public ParsedChapter Parse(string markdown)
    {
        var doc = ParseMarkdown(WithTextTables(markdown), 0, 0);
        if (doc is null) return new ParsedChapter(null, [], [], _notes, new Dictionary<string, string>(StringComparer.Ordinal), null) { Unreadable = true };
        var front = new Dictionary<string, string>(StringComparer.Ordinal);
        string? id = null; IReadOnlyList<Model.Inline> title = []; Model.SourceSpan? titleSpan = null;
        bool numbered = true, listed = true;
        var blocks = new List<Model.Block>();
        NumberExamples(doc, markdown);
        CheckFootnoteDefinitions(markdown);
        var children = doc.ToList();
        for (int i = 0; i < children.Count; i++)
        {
            var b = children[i];
            if (b is YamlFrontMatterBlock y) { ReadFrontMatter(y, front); continue; }
            if (b is HeadingBlock { Level: 1 } h && titleSpan is null && blocks.Count == 0)
            {
                var heading = Heading(h);
                (title, id, numbered, listed) = (heading.Content, heading.Id, heading.Numbered, heading.Listed);
                titleSpan = Where(h);
                continue;
            }
            blocks.AddRange(Block(b, children, ref i));
        }
        if (front.TryGetValue("title", out var t) && titleSpan is null) title = [new Model.Text(t)];
        return new ParsedChapter(id, title, blocks, _notes, front, titleSpan) { TitleNumbered = numbered, TitleListed = listed };
    }

    /// <summary>
    /// A second definition of a note label is never shown (Markdig keeps the first): say so at it, as
    /// Pandoc does. Markdig drops definitions from its tree after parsing, so the source lines are read
    /// (outside fenced code).
    /// </summary>
    void CheckFootnoteDefinitions(string markdown)
    {
        if (!markdown.Contains("[^", StringComparison.Ordinal)) return;
        Dictionary<string, int>? first = null;
        string? fence = null;
        int line = 0;
        foreach (var raw in markdown.AsSpan().EnumerateLines())
        {
            var text = raw.TrimStart(' ');
            bool shallow = raw.Length - text.Length <= 3;
            if (shallow && (text.StartsWith("```") || text.StartsWith("~~~")))
            {
                var mark = text[..3].ToString();
                if (fence is null) fence = mark; else if (fence == mark) fence = null;
            }
            else if (fence is null && shallow && text.StartsWith("[^") && text.IndexOf("]:") is > 2 and var close)
            {
                var label = text[2..close].ToString();
                first ??= new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
                if (!first.TryAdd(label, line))
                    _diags.Warning(Where(line, raw.Length - text.Length), $"the note [^{label}] is defined twice (first on line {Where(first[label], 0).Line}); this definition is left out");
            }
            line++;
        }
    }

    /// <summary>Parses a Markdown fragment (a chronology entry, a cell) as inline content.</summary>
    public IReadOnlyList<Model.Inline> ParseInlines(string markdown, int line = 0, int column = 0)
    {
        // Inline notes and spans parse their content through here again: that recursion is nesting too.
        if (!Enter(Where(line, column))) { _depth--; return []; }
        try { return ParseInlinesAt(markdown, line, column); }
        finally { _depth--; }
    }

    IReadOnlyList<Model.Inline> ParseInlinesAt(string markdown, int line, int column)
    {
        var doc = ParseMarkdown(markdown, line, column);
        var result = new List<Model.Inline>();
        if (doc is null) return result;
        foreach (var b in doc)
            if (b is LeafBlock { Inline: not null } lb)
            {
                if (result.Count > 0) result.Add(new Model.Text(" "));
                result.AddRange(Inlines(lb.Inline, line, column));
            }
        return result;
    }

    /// <summary>Markdig refuses absurdly deep nesting (hundreds of '>' or brackets) with an ArgumentException;
    /// that is the user's input, so it becomes a diagnostic like our own nesting limit.</summary>
    Markdig.Syntax.MarkdownDocument? ParseMarkdown(string markdown, int line, int column)
    {
        if (NestingGuard.FindTooDeep(markdown, MaxNesting) is var (l, c))
        {
            _diags.Error(Where(line + l, l == 0 ? column + c : c), $"nesting deeper than {MaxNesting} levels (lists or quotes inside each other); flatten the structure");
            return null;
        }
        try { return Markdig.Markdown.Parse(markdown, MarkdownPipelines.Book); }
        catch (ArgumentException)
        {
            // Markdig does not say where: the line with the most delimiters is the likely place.
            int at = DensestLine(markdown);
            _diags.Error(Where(line + at, at == 0 ? column : 0), $"nesting deeper than Markdig allows (emphasis or brackets inside each other, or a table too large); flatten the structure");
            return null;
        }
    }

    static int DensestLine(string markdown)
    {
        int best = 0, bestCount = -1, line = 0, count = 0;
        foreach (char c in markdown)
        {
            if (c == '\n') { if (count > bestCount) (best, bestCount) = (line, count); line++; count = 0; }
            else if (c is '*' or '_' or '[' or ']' or '>' or '|' or '-' or '`') count++;
        }
        return count > bestCount ? line : best;
    }

    static void ReadFrontMatter(YamlFrontMatterBlock y, Dictionary<string, string> into)
    {
        foreach (var l in y.Lines.Lines)
        {
            var s = l.Slice.ToString();
            int colon = s.IndexOf(':');
            if (colon <= 0 || s.StartsWith(' ')) continue;
            into[s[..colon].Trim()] = s[(colon + 1)..].Trim().Trim('"', '\'');
        }
    }

    internal IReadOnlyList<Model.Block> Blocks(IEnumerable<MdBlock> source)
    {
        var list = source.ToList();
        var result = new List<Model.Block>();
        // Blocks met inside inline content (a footnote's) are paragraphs of their own.
        int inlineDepth = _htmlCheckDepth; _htmlCheckDepth = 0;
        try { for (int i = 0; i < list.Count; i++) result.AddRange(Block(list[i], list, ref i)); }
        finally { _htmlCheckDepth = inlineDepth; }
        return result;
    }

    bool Enter(MarkdownObject at) => Enter(Where(at));

    bool Enter(Model.SourceSpan at)
    {
        if (++_depth <= MaxNesting) return true;
        if (!_depthReported)
        {
            _diags.Error(at, $"nesting deeper than {MaxNesting} levels (lists, quotes or notes inside each other); flatten the structure");
            _depthReported = true;
        }
        return false;
    }

    IEnumerable<Model.Block> Block(MdBlock b, List<MdBlock> siblings, ref int index)
    {
        var span = Where(b);
        switch (b)
        {
            case HeadingBlock h:
            {
                int level = h.Level;
                if (level == 1)
                {
                    _diags.Warning(span, "a second level-1 heading in one chapter file is set as a section; start a new chapter file instead");
                    level = 2;
                }
                var parts = Heading(h);
                return [new Model.Heading(level, parts.Id, parts.Content) { Span = span, Numbered = parts.Numbered, Listed = parts.Listed }];
            }
            case ParagraphBlock p when LineBlock(p) is { } lines:
                return [lines];
            case ParagraphBlock p when PlaceholderTable(p) is { } textTable:
                return [TextTable(textTable, span)];
            case ParagraphBlock p when OpensWithTable(p) && index + 1 < siblings.Count && siblings[index + 1] is Markdig.Extensions.Tables.Table next:
            {
                // A caption before a pipe table (Pandoc's table_captions allow it either side).
                index++;
                return [PipeTable(next, siblings, ref index, p)];
            }
            case ParagraphBlock p when index + 1 < siblings.Count && siblings[index + 1] is ParagraphBlock next && LargeParagraphsExtension.Continues(next) is not null:
                return [new Paragraph(JoinPieces(p, siblings, ref index)) { Span = span }];
            case ParagraphBlock p when FigureOf(p) is { } figure:
                return [figure];
            case ParagraphBlock p:
                if (_extensions?.TryParagraph(this, p, siblings, ref index) is { } handled) return handled;
                return [new Paragraph(Inlines(p.Inline)) { Span = span }];
            case QuoteBlock q:
                if (!Enter(q)) { _depth--; return []; }
                try { return [new BlockQuote(Blocks(q)) { Span = span }]; } finally { _depth--; }
            case Markdig.Syntax.ListBlock l:
            {
                if (!Enter(l)) { _depth--; return []; }
                try { return [List(l, span)]; }
                finally { _depth--; }
            }
            case Markdig.Extensions.DefinitionLists.DefinitionList dl:
                if (!Enter(dl)) { _depth--; return []; }
                try { return [DefinitionList(dl, span)]; } finally { _depth--; }
            case ThematicBreakBlock:
                return [new Model.ThematicBreak { Span = span }];
            case FencedCodeBlock raw when RawFence(raw, span) is { } rawBlock:
                return [rawBlock];
            case Markdig.Syntax.CodeBlock code: // fenced or indented
                return [CodeBlock(code, span)];
            case Markdig.Extensions.CustomContainers.CustomContainer c:
            {
                if (_extensions?.TryDiv(this, c) is { } divBlocks) return divBlocks;
                if (!Enter(c)) { _depth--; return []; }
                try
                {
                    var a = c.TryGetAttributes();
                    UnusedLang(a?.Properties, span, "div");
                    return [new Div(a?.Classes?.ToList() ?? [], a?.Id, Blocks(c)) { Span = span }];
                }
                finally { _depth--; }
            }
            case Markdig.Extensions.Tables.Table t:
                return [PipeTable(t, siblings, ref index, null)];
            case HtmlBlock html:
                return HtmlBlockFor(html, span);
            case LinkReferenceDefinitionGroup or FootnoteGroup or BlankLineBlock or YamlFrontMatterBlock:
                return [];
            case ContainerBlock cb:
                return Blocks(cb);
            default:
                return [];
        }
    }

    /// <summary>A paragraph Markdig was given in pieces (<see cref="LargeParagraphsExtension"/>), joined again.</summary>
    List<Model.Inline> JoinPieces(ParagraphBlock first, List<MdBlock> siblings, ref int index)
    {
        var inlines = Inlines(first.Inline).ToList();
        while (index + 1 < siblings.Count && siblings[index + 1] is ParagraphBlock next && LargeParagraphsExtension.Continues(next) is { } between)
        {
            index++;
            if (between.Length > 0) inlines.Add(new Model.Text(between));
            inlines.AddRange(Inlines(next.Inline));
        }
        return inlines;
    }

    /// <summary>
    /// Registers a note (from [^x] or ^[...]) and returns its mark. Its id counts the file's notes;
    /// its number is left 0: the resolve pipeline numbers notes once, after citations add theirs.
    /// </summary>
    internal NoteRef AddNote(Func<IReadOnlyList<Model.Block>> content)
    {
        string id = $"{_notePrefix}-fn{_notes.Count + 1}";
        var placeholder = new Note(id, 0, []);
        int at = _notes.Count;
        _notes.Add(placeholder);
        var blocks = content();
        _notes[at] = placeholder with { Blocks = blocks };
        return new NoteRef(id, 0);
    }

    internal NoteRef FootnoteRef(Footnote fn)
    {
        if (_footnoteIds.TryGetValue(fn, out var known)) return new NoteRef(known, 0);
        NoteRef? r = null;
        r = AddNote(() =>
        {
            _footnoteIds[fn] = _notePrefix + "-fn" + (_notes.Count);
            if (!Enter(fn)) { _depth--; return []; }
            try { return Blocks(fn); } finally { _depth--; }
        });
        _footnoteIds[fn] = r.NoteId;
        return r;
    }
}

/// <summary>Hooks for block syntax built elsewhere (data tables, charts, captions).</summary>
public interface IBlockExtensions
{
    IEnumerable<Model.Block>? TryDiv(ChapterParser parser, Markdig.Extensions.CustomContainers.CustomContainer div);
    IEnumerable<Model.Block>? TryParagraph(ChapterParser parser, ParagraphBlock p, List<MdBlock> siblings, ref int index);
}
