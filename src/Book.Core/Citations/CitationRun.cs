using Book.Model;

namespace Book.Core.Citations;

/// <summary>
/// One reading of the book by <see cref="CitationResolver"/>: the first collects the citations
/// into <see cref="CitationTexts"/>, the second puts their formatted text in place. Both walk the
/// book in the same order and make the same calls, so the n-th citation read gets the n-th text.
/// </summary>
sealed class CitationRun(Bibliography bib, CitationTexts texts, DiagnosticBag diags) : ModelRewriter
{
    public readonly HashSet<string> Cited = new(StringComparer.Ordinal);

    // Body: citations become footnotes (note styles) or stay in the text (in-text styles);
    // Inline: their text stays where they are (inside notes); Table: lettered notes under the table.
    enum Mode { Body, Inline, Table }

    // Per division.
    List<Note> _notes = new();
    HashSet<string> _usedIds = new(StringComparer.Ordinal);
    string _divisionId = "";
    int _citeCounter;
    // The footnote being read or last made, numbered across the book as the processor counts notes.
    int _noteIndex;
    // Sources cited inside the existing note being read, if any (null outside notes).
    HashSet<string>? _noteKeys;
    Mode _mode = Mode.Body;

    bool Known(string key) => bib.TryGet(key, out _);
    bool Note => !texts.InText;

    /// <summary>The division with its citations resolved: new notes join the written ones (numbered later, by NoteNumberingStage).</summary>
    public override Division VisitDivision(Division d)
    {
        _divisionId = d.Id;
        _usedIds = new HashSet<string>(d.Notes.Select(n => n.Id), StringComparer.Ordinal);
        _notes = new();
        _citeCounter = 0;
        _mode = Mode.Body;
        // "Ibid." does not reach back into the previous chapter.
        texts.Break();
        // The base visits each written note at its first mark, and those no mark points to after
        // the text (kept rather than silently lost).
        var visited = base.VisitDivision(d);
        return visited with { Notes = _notes };
    }

    // The bibliography and the index hold no citations; they are left as they are.
    public override Block VisitBibliographyEntry(BibliographyEntry e) => e;
    public override Block VisitIndexEntry(IndexEntry e) => e;

    T In<T>(Mode mode, Func<T> read)
    {
        var outer = _mode;
        _mode = mode;
        try { return read(); }
        finally { _mode = outer; }
    }

    // Table notes being collected from the cells of the table being read (null outside tables).
    List<(string Key, TableNote Note)>? _cellNotes;
    char _nextMark;

    /// <summary>
    /// With a note style, a citation in a table cell becomes a lettered note under the table, not a
    /// footnote at the page foot: the mark stays with its figure even when the table breaks across
    /// pages. The same citation in several cells shares one note.
    /// </summary>
    public override Block VisitTable(Table t)
    {
        var caption = VisitInlines(t.Caption);
        if (_mode != Mode.Body || !Note)
            return t with { Caption = caption, Header = VisitRows(t.Header), Rows = VisitRows(t.Rows), Notes = VisitTableNotes(t.Notes) };
        var letters = t.Notes.Where(n => n.Mark is [>= 'a' and <= 'z']).Select(n => n.Mark[0]).ToList();
        _nextMark = letters.Count == 0 ? 'a' : (char)(letters.Max() + 1);
        _cellNotes = new();
        var header = In(Mode.Table, () => VisitRows(t.Header));
        var rows = In(Mode.Table, () => VisitRows(t.Rows));
        var cellNotes = _cellNotes.Select(x => x.Note).ToList();
        _cellNotes = null;
        var notes = VisitTableNotes(t.Notes).ToList();
        // Lettered notes stay together, in letter order, before the "*" and plain notes.
        int at = notes.FindLastIndex(n => n.Mark is [>= 'a' and <= 'z']) + 1;
        notes.InsertRange(at, cellNotes);
        return t with { Caption = caption, Header = header, Rows = rows, Notes = notes };
    }

    Inline TableNoteMark(Citation c)
    {
        var key = string.Join("; ", c.Items.Select(i => $"{i.Prefix}|{i.Key}|{i.Locator}|{i.Suffix}"));
        var found = _cellNotes!.FindIndex(x => x.Key == key);
        string mark;
        if (found >= 0) mark = _cellNotes[found].Note.Mark;
        else
        {
            mark = _nextMark <= 'z' ? _nextMark.ToString() : "\u2020";
            _nextMark++;
            _cellNotes.Add((key, new TableNote(mark, AsNote(Aside(c)))));
        }
        return new Span([new Text(mark)], null, ["table-note-mark"]);
    }

    // Notes under a table are source lines set with the table: citations there read inline.
    // Each ends with a period, as a note does, whether it came from the data or a cell's citation.
    public override IReadOnlyList<TableNote> VisitTableNotes(IReadOnlyList<TableNote> notes) =>
        notes.Select(n => n with { Content = new InlineBuilder().AddRange(In(Mode.Inline, () => VisitInlines(n.Content))).Punct(".").Build() }).ToList();

    /// <summary>A note set beside the running footnotes: it neither refers back nor is referred to by "ibid.".</summary>
    List<Inline> Aside(Citation c)
    {
        texts.Break();
        var text = Formatted(c);
        texts.Break();
        return text;
    }

    public override IReadOnlyList<Inline> VisitInlines(IReadOnlyList<Inline> inlines)
    {
        var output = new List<Inline>();
        for (var i = 0; i < inlines.Count; i++)
        {
            switch (inlines[i])
            {
                case Citation c when _mode == Mode.Body && Note:
                {
                    if (c.Narrative) output.AddRange(AuthorText(c));
                    else TrimTrailingSpace(output);
                    var mark = CitationNote(c);
                    if (!c.Narrative && i + 1 < inlines.Count && inlines[i + 1] is Text next)
                    {
                        var n = 0;
                        while (n < next.Value.Length && next.Value[n] is '.' or ',' or ';' or ':' or '!' or '?') n++;
                        if (n > 0)
                        {
                            output.Add(new Text(next.Value[..n]));
                            inlines = Replace(inlines, i + 1, next.Value[n..]);
                        }
                    }
                    output.Add(mark);
                    break;
                }
                case Citation c when _mode == Mode.Table:
                    if (c.Narrative) output.AddRange(AuthorText(c));
                    else TrimTrailingSpace(output);
                    output.Add(TableNoteMark(c));
                    break;
                case Citation c when c.Narrative && !Note:
                    // "Doe (1999)": the author in the text, the rest as the style cites it.
                    output.AddRange(AuthorText(c));
                    output.Add(new Text(" "));
                    output.AddRange(Formatted(c, suppressAuthor: true));
                    break;
                case Citation c when _noteKeys is not null && !c.Narrative && Note:
                    // Inside a written note a bracketed citation is set in parentheses, as Pandoc
                    // does for note styles: the source never runs into the sentence.
                    // The style's closing period stays out of the parentheses, as in Pandoc.
                    output.Add(new Text("("));
                    output.AddRange(WithoutFinalPeriod(Formatted(c)));
                    output.Add(new Text(")"));
                    break;
                case Citation c:
                    output.AddRange(Formatted(c));
                    break;
                default: output.Add(VisitInline(inlines[i])); break;
            }
        }
        return RichTextInlines.Merge(output);
    }

    static IReadOnlyList<Inline> Replace(IReadOnlyList<Inline> inlines, int index, string text)
    {
        var copy = inlines.ToList();
        copy[index] = new Text(text);
        return copy;
    }

    static void TrimTrailingSpace(List<Inline> output)
    {
        if (output.Count > 0 && output[^1] is Text t)
        {
            var trimmed = t.Value.TrimEnd();
            if (trimmed.Length == 0) output.RemoveAt(output.Count - 1);
            else output[^1] = new Text(trimmed);
        }
    }

    // ---- notes ------------------------------------------------------------------------------

    public override Note VisitNote(Note note)
    {
        // The note is read where its mark stands (the base calls this at its first mark).
        var outer = _noteKeys;
        _noteKeys = new HashSet<string>(StringComparer.Ordinal);
        _noteIndex++;
        var blocks = In(Mode.Inline, () => VisitBlocks(note.Blocks));
        // "Ibid." may only follow a note that cited exactly one source: one citing none or
        // several breaks the chain.
        if (_noteKeys.Count != 1) texts.Break();
        outer?.UnionWith(_noteKeys);
        _noteKeys = outer;
        var read = note with { Blocks = blocks };
        _notes.Add(read);
        return read;
    }

    NoteRef CitationNote(Citation c)
    {
        string id;
        do id = $"{_divisionId}-cite-{++_citeCounter}"; while (!_usedIds.Add(id));
        _noteIndex++;
        _notes.Add(new Note(id, 0, [new Paragraph(AsNote(Formatted(c)))]));
        return new NoteRef(id, 0); // numbered with the rest by NoteNumberingStage
    }

    static List<Inline> WithoutFinalPeriod(List<Inline> text)
    {
        if (text.Count == 0 || text[^1] is not Text t) return text;
        var v = t.Value;
        var quotes = v.Length - v.TrimEnd('”', '’', '"').Length; // “Title.” keeps its quote, not the period
        if (v.Length > quotes && v[v.Length - quotes - 1] == '.') text[^1] = new Text(v.Remove(v.Length - quotes - 1, 1));
        return text;
    }

    /// <summary>A note's text opens with a capital ("See …") and ends with a period.</summary>
    static List<Inline> AsNote(List<Inline> text) =>
        InlineBuilder.CapitalizeFirst(new InlineBuilder().AddRange(text).Punct(".").Build());

    List<Inline> AuthorText(Citation c)
    {
        var b = new InlineBuilder();
        for (var k = 0; k < c.Items.Count; k++)
        {
            if (k > 0) b.Text(k == c.Items.Count - 1 ? (c.Items.Count > 2 ? ", and " : " and ") : ", ");
            var author = texts.Author(c.Items[k], Known, firstMention: !Cited.Contains(c.Items[k].Key));
            if (!Known(c.Items[k].Key)) b.Text(c.Items[k].Key);
            else b.AddRange(author);
        }
        return b.Build();
    }

    /// <summary>A citation's formatted text; unknown keys are reported (on the first reading) and printed as written.</summary>
    List<Inline> Formatted(Citation c, bool suppressAuthor = false)
    {
        var text = texts.Add(c.Items, _noteIndex, Known, suppressAuthor);
        foreach (var item in c.Items)
        {
            if (Known(item.Key)) Cited.Add(item.Key);
            else
            {
                if (!texts.Formatting) Unknown(item.Key, c.Span);
                text = new InlineBuilder().AddRange(text).Sep("; ").Text(item.Key).Build();
            }
            _noteKeys?.Add(item.Key);
        }
        return text;
    }

    void Unknown(string key, SourceSpan? span)
    {
        var suggestion = DidYouMean.Closest(key, bib.Keys, ignoreCase: true);
        diags.Error(span, $"unknown citation key '{key}'" + (suggestion is null ? "" : $" (did you mean '{suggestion}'?)"));
    }
}
