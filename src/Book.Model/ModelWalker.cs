namespace Book.Model;

/// <summary>
/// Reads a book node by node in the order of <see cref="ModelRewriter"/> (reading order, a note where
/// its first mark is, unmarked notes after the text) without rebuilding it. Override the visits you
/// need; call the base to go on into a node's content.
/// </summary>
public abstract class ModelWalker
{
    Dictionary<string, Note> _notes = new(StringComparer.Ordinal);
    HashSet<string> _visited = new(StringComparer.Ordinal);

    public virtual void Walk(BookDocument book)
    {
        foreach (var d in book.Divisions) VisitDivision(d);
    }

    public virtual void VisitDivision(Division d)
    {
        var (outerNotes, outerVisited) = (_notes, _visited);
        _notes = new(StringComparer.Ordinal);
        foreach (var n in d.Notes) _notes.TryAdd(n.Id, n);
        _visited = new(StringComparer.Ordinal);
        try
        {
            VisitTitle(d.Title);
            VisitBlocks(d.Blocks);
            foreach (var n in d.Notes) VisitNoteAt(n.Id);
        }
        finally { (_notes, _visited) = (outerNotes, outerVisited); }
    }

    /// <summary>The division's title, read before its text; skipped by default (as <see cref="ModelRewriter"/> does).</summary>
    public virtual void VisitTitle(IReadOnlyList<Inline> title) { }

    /// <summary>Visits note <paramref name="id"/> of the current division here, unless it was visited already.</summary>
    protected void VisitNoteAt(string id)
    {
        if (_notes.TryGetValue(id, out var note) && _visited.Add(id)) VisitNote(note);
    }

    public virtual void VisitNote(Note n) => VisitBlocks(n.Blocks);

    public virtual void VisitBlocks(IReadOnlyList<Block> blocks)
    {
        foreach (var b in blocks) VisitBlock(b);
    }

    /// <summary>The one dispatch over block types.</summary>
    public virtual void VisitBlock(Block b)
    {
        switch (b)
        {
            case Heading h: VisitHeading(h); break;
            case Paragraph p: VisitParagraph(p); break;
            case BlockQuote q: VisitBlockQuote(q); break;
            case ListBlock l: VisitList(l); break;
            case DefinitionList l: VisitDefinitionList(l); break;
            case Div d: VisitDiv(d); break;
            case Table t: VisitTable(t); break;
            case BarChart c: VisitBarChart(c); break;
            case Figure f: VisitFigure(f); break;
            case ChronologyEntry e: VisitChronologyEntry(e); break;
            case IndexEntry e: VisitIndexEntry(e); break;
            case BibliographyEntry e: VisitBibliographyEntry(e); break;
            case LineBlock l: VisitLineBlock(l); break;
        }
    }

    public virtual void VisitHeading(Heading h) => VisitInlines(h.Content);
    public virtual void VisitParagraph(Paragraph p) => VisitInlines(p.Content);
    public virtual void VisitBlockQuote(BlockQuote q) => VisitBlocks(q.Blocks);
    public virtual void VisitList(ListBlock l) { foreach (var i in l.Items) VisitBlocks(i.Blocks); }
    /// <summary>Each term, then its definitions.</summary>
    public virtual void VisitDefinitionList(DefinitionList l)
    {
        foreach (var i in l.Items)
        {
            VisitInlines(i.Term);
            foreach (var d in i.Definitions) VisitBlocks(d);
        }
    }
    public virtual void VisitDiv(Div d) => VisitBlocks(d.Blocks);
    public virtual void VisitLineBlock(LineBlock l) { foreach (var line in l.Lines) VisitInlines(line); }

    public virtual void VisitTable(Table t)
    {
        VisitInlines(t.Caption);
        foreach (var row in t.Header) foreach (var c in row) VisitCell(c);
        foreach (var row in t.Rows) foreach (var c in row) VisitCell(c);
        foreach (var n in t.Notes) VisitInlines(n.Content);
    }

    void VisitCell(TableCell c)
    {
        if (c.Blocks is { } blocks) VisitBlocks(blocks); else VisitInlines(c.Content);
    }

    public virtual void VisitBarChart(BarChart c)
    {
        VisitInlines(c.Caption);
        foreach (var n in c.Notes) VisitInlines(n.Content);
    }

    public virtual void VisitFigure(Figure f) => VisitInlines(f.Caption);

    public virtual void VisitChronologyEntry(ChronologyEntry e) => VisitInlines(e.Content);
    public virtual void VisitIndexEntry(IndexEntry e) => VisitInlines(e.Term);
    public virtual void VisitBibliographyEntry(BibliographyEntry e) => VisitInlines(e.Content);

    public virtual void VisitInlines(IReadOnlyList<Inline> inlines)
    {
        foreach (var i in inlines) VisitInline(i);
    }

    /// <summary>Inlines with content are entered; a note mark enters its note the first time.</summary>
    public virtual void VisitInline(Inline i)
    {
        switch (i)
        {
            case Emphasis e: VisitInlines(e.Content); break;
            case Strong s: VisitInlines(s.Content); break;
            case Link l: VisitInlines(l.Content); break;
            case Span s: VisitInlines(s.Content); break;
            case Styled s: VisitInlines(s.Content); break;
            case IndexTerm t: VisitInlines(t.Content); break;
            case NoteRef r: VisitNoteAt(r.NoteId); break;
        }
    }
}
