namespace Book.Model;

/// <summary>
/// Rebuilds a book node by node, in reading order: blocks as they stand, a division's notes where
/// their first mark is (so what a note holds is met where the reader meets it), notes no mark points
/// to after the text. Override the visit of the node you change; the base rebuilds the rest.
/// A new block or inline type needs one case in <see cref="VisitBlock"/> or <see cref="VisitInline"/>
/// and one virtual method here, not a case in every pass.
/// Division titles are left alone unless <see cref="VisitTitle"/> is overridden: they are display text,
/// repeated in running heads and contents, where citations and index marks do not belong.
/// Not thread-safe: one instance walks one book at a time.
/// </summary>
public abstract class ModelRewriter
{
    // The notes of the division being visited, by id, and those already visited (with their result).
    Dictionary<string, Note> _notes = new(StringComparer.Ordinal);
    Dictionary<string, Note> _visited = new(StringComparer.Ordinal);

    public virtual BookDocument Rewrite(BookDocument book) =>
        book with { Divisions = book.Divisions.Select(VisitDivision).ToList() };

    /// <summary>Blocks, notes met at their marks, then the unmarked notes; the notes keep their order.</summary>
    public virtual Division VisitDivision(Division d)
    {
        var (outerNotes, outerVisited) = (_notes, _visited);
        _notes = new(StringComparer.Ordinal);
        foreach (var n in d.Notes) _notes.TryAdd(n.Id, n);
        _visited = new(StringComparer.Ordinal);
        try
        {
            var title = VisitTitle(d.Title);
            var blocks = VisitBlocks(d.Blocks);
            foreach (var n in d.Notes) VisitNoteAt(n.Id);
            return d with { Title = title, Blocks = blocks, Notes = d.Notes.Select(n => _visited[n.Id]).ToList() };
        }
        finally { (_notes, _visited) = (outerNotes, outerVisited); }
    }

    /// <summary>The division's title, read before its text; left as it is by default.</summary>
    public virtual IReadOnlyList<Inline> VisitTitle(IReadOnlyList<Inline> title) => title;

    /// <summary>Visits note <paramref name="id"/> of the current division here, unless it was visited already.</summary>
    protected void VisitNoteAt(string id)
    {
        if (_visited.ContainsKey(id) || !_notes.TryGetValue(id, out var note)) return;
        _visited[id] = note; // a note that marks itself is not entered twice
        _visited[id] = VisitNote(note);
    }

    public virtual Note VisitNote(Note n) => n with { Blocks = VisitBlocks(n.Blocks) };

    // ---- blocks ----------------------------------------------------------------------------------

    public virtual IReadOnlyList<Block> VisitBlocks(IReadOnlyList<Block> blocks)
    {
        var result = new List<Block>(blocks.Count);
        foreach (var b in blocks) result.Add(VisitBlock(b));
        return result;
    }

    /// <summary>The one dispatch over block types.</summary>
    public virtual Block VisitBlock(Block b) => b switch
    {
        Heading h => VisitHeading(h),
        Paragraph p => VisitParagraph(p),
        BlockQuote q => VisitBlockQuote(q),
        ListBlock l => VisitList(l),
        Div d => VisitDiv(d),
        Table t => VisitTable(t),
        BarChart c => VisitBarChart(c),
        ChronologyEntry e => VisitChronologyEntry(e),
        IndexEntry e => VisitIndexEntry(e),
        BibliographyEntry e => VisitBibliographyEntry(e),
        _ => b, // ThematicBreak, ContentsBlock, ListOfBlock: nothing inside
    };

    public virtual Block VisitHeading(Heading h) => h with { Content = VisitInlines(h.Content) };
    public virtual Block VisitParagraph(Paragraph p) => p with { Content = VisitInlines(p.Content) };
    public virtual Block VisitBlockQuote(BlockQuote q) => q with { Blocks = VisitBlocks(q.Blocks) };
    public virtual Block VisitList(ListBlock l) => l with { Items = l.Items.Select(i => i with { Blocks = VisitBlocks(i.Blocks) }).ToList() };
    public virtual Block VisitDiv(Div d) => d with { Blocks = VisitBlocks(d.Blocks) };

    /// <summary>Caption, header rows, body rows, then the notes beneath.</summary>
    public virtual Block VisitTable(Table t) => t with
    {
        Caption = VisitInlines(t.Caption),
        Header = VisitRows(t.Header),
        Rows = VisitRows(t.Rows),
        Notes = VisitTableNotes(t.Notes),
    };

    public virtual Block VisitBarChart(BarChart c) => c with { Caption = VisitInlines(c.Caption), Notes = VisitTableNotes(c.Notes) };
    public virtual Block VisitChronologyEntry(ChronologyEntry e) => e with { Content = VisitInlines(e.Content) };
    public virtual Block VisitIndexEntry(IndexEntry e) => e with { Term = VisitInlines(e.Term) };
    public virtual Block VisitBibliographyEntry(BibliographyEntry e) => e with { Content = VisitInlines(e.Content) };

    public virtual IReadOnlyList<IReadOnlyList<TableCell>> VisitRows(IReadOnlyList<IReadOnlyList<TableCell>> rows) =>
        rows.Select(r => (IReadOnlyList<TableCell>)r.Select(c => c with { Content = VisitInlines(c.Content) }).ToList()).ToList();

    /// <summary>The notes under a table or chart (source lines and lettered notes).</summary>
    public virtual IReadOnlyList<TableNote> VisitTableNotes(IReadOnlyList<TableNote> notes) =>
        notes.Select(n => n with { Content = VisitInlines(n.Content) }).ToList();

    // ---- inlines ---------------------------------------------------------------------------------

    public virtual IReadOnlyList<Inline> VisitInlines(IReadOnlyList<Inline> inlines)
    {
        var result = new List<Inline>(inlines.Count);
        foreach (var i in inlines) result.Add(VisitInline(i));
        return result;
    }

    /// <summary>The one dispatch over inline types.</summary>
    public virtual Inline VisitInline(Inline i) => i switch
    {
        Text t => VisitText(t),
        Emphasis e => VisitEmphasis(e),
        Strong s => VisitStrong(s),
        Link l => VisitLink(l),
        Span s => VisitSpan(s),
        IndexTerm t => VisitIndexTerm(t),
        NoteRef r => VisitNoteRef(r),
        Citation c => VisitCitation(c),
        CrossRef r => VisitCrossRef(r),
        _ => i, // Code, LineBreak, Target, PageRef: leaves nobody rewrites yet
    };

    public virtual Inline VisitText(Text t) => t;
    public virtual Inline VisitEmphasis(Emphasis e) => e with { Content = VisitInlines(e.Content) };
    public virtual Inline VisitStrong(Strong s) => s with { Content = VisitInlines(s.Content) };
    public virtual Inline VisitLink(Link l) => l with { Content = VisitInlines(l.Content) };
    public virtual Inline VisitSpan(Span s) => s with { Content = VisitInlines(s.Content) };
    public virtual Inline VisitIndexTerm(IndexTerm t) => t with { Content = VisitInlines(t.Content) };
    public virtual Inline VisitCitation(Citation c) => c;
    public virtual Inline VisitCrossRef(CrossRef r) => r;

    /// <summary>The mark of a note: the note is visited here, the first time it is marked.</summary>
    public virtual Inline VisitNoteRef(NoteRef r)
    {
        VisitNoteAt(r.NoteId);
        return r;
    }
}
