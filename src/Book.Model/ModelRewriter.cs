namespace Book.Model;

/// <summary>
/// Rebuilds a book node by node, in reading order: blocks as they stand, a division's notes where
/// their first mark is (so what a note holds is met where the reader meets it), notes no mark points
/// to after the text. Override the visit of the node you change; the base rebuilds the rest.
/// A new block or inline type needs one case in <see cref="VisitBlock"/> or <see cref="VisitInline"/>
/// and one virtual method here, not a case in every pass.
/// Division titles are left alone unless <see cref="VisitTitle"/> is overridden: they are display text,
/// repeated in running heads and contents, where citations and index marks do not belong.
/// A node nothing changed in is returned as it was (the same instance, its lists not copied): most
/// passes change a few inlines of a large book, and copying the rest cost loading time.
/// Not thread-safe: one instance walks one book at a time.
/// </summary>
public abstract class ModelRewriter
{
    // The notes of the division being visited, by id, and those already visited (with their result).
    Dictionary<string, Note> _notes = new(StringComparer.Ordinal);
    Dictionary<string, Note> _visited = new(StringComparer.Ordinal);

    public virtual BookDocument Rewrite(BookDocument book) =>
        Map(book.Divisions, VisitDivision) is var d && ReferenceEquals(d, book.Divisions) ? book : book with { Divisions = d };

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
            var notes = Map(d.Notes, n => _visited[n.Id]);
            return ReferenceEquals(title, d.Title) && ReferenceEquals(blocks, d.Blocks) && ReferenceEquals(notes, d.Notes)
                ? d : d with { Title = title, Blocks = blocks, Notes = notes };
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

    public virtual Note VisitNote(Note n) => VisitBlocks(n.Blocks) is var b && ReferenceEquals(b, n.Blocks) ? n : n with { Blocks = b };

    // ---- blocks ----------------------------------------------------------------------------------

    public virtual IReadOnlyList<Block> VisitBlocks(IReadOnlyList<Block> blocks) => Map(blocks, VisitBlock);

    /// <summary>The one dispatch over block types.</summary>
    public virtual Block VisitBlock(Block b) => b switch
    {
        Heading h => VisitHeading(h),
        Paragraph p => VisitParagraph(p),
        BlockQuote q => VisitBlockQuote(q),
        ListBlock l => VisitList(l),
        DefinitionList l => VisitDefinitionList(l),
        Div d => VisitDiv(d),
        Table t => VisitTable(t),
        BarChart c => VisitBarChart(c),
        Figure f => VisitFigure(f),
        ChronologyEntry e => VisitChronologyEntry(e),
        IndexEntry e => VisitIndexEntry(e),
        BibliographyEntry e => VisitBibliographyEntry(e),
        LineBlock l => VisitLineBlock(l),
        _ => b, // ThematicBreak, CodeBlock, RawBlock, ContentsBlock, ListOfBlock: nothing to rewrite inside
    };

    public virtual Block VisitHeading(Heading h) => VisitInlines(h.Content) is var c && ReferenceEquals(c, h.Content) ? h : h with { Content = c };
    public virtual Block VisitParagraph(Paragraph p) => VisitInlines(p.Content) is var c && ReferenceEquals(c, p.Content) ? p : p with { Content = c };
    public virtual Block VisitBlockQuote(BlockQuote q) => VisitBlocks(q.Blocks) is var b && ReferenceEquals(b, q.Blocks) ? q : q with { Blocks = b };
    public virtual Block VisitList(ListBlock l) =>
        Map(l.Items, i => VisitBlocks(i.Blocks) is var b && ReferenceEquals(b, i.Blocks) ? i : i with { Blocks = b }) is var items && ReferenceEquals(items, l.Items) ? l : l with { Items = items };
    /// <summary>Each term, then its definitions.</summary>
    public virtual Block VisitDefinitionList(DefinitionList l) =>
        Map(l.Items, i =>
        {
            var term = VisitInlines(i.Term);
            var definitions = Map(i.Definitions, VisitBlocks);
            return ReferenceEquals(term, i.Term) && ReferenceEquals(definitions, i.Definitions) ? i : i with { Term = term, Definitions = definitions };
        }) is var items && ReferenceEquals(items, l.Items) ? l : l with { Items = items };
    public virtual Block VisitDiv(Div d) => VisitBlocks(d.Blocks) is var b && ReferenceEquals(b, d.Blocks) ? d : d with { Blocks = b };
    public virtual Block VisitLineBlock(LineBlock l) => Map(l.Lines, VisitInlines) is var lines && ReferenceEquals(lines, l.Lines) ? l : l with { Lines = lines };

    /// <summary>Caption, header rows, body rows, then the notes beneath.</summary>
    public virtual Block VisitTable(Table t)
    {
        var caption = VisitInlines(t.Caption);
        var header = VisitRows(t.Header);
        var rows = VisitRows(t.Rows);
        var notes = VisitTableNotes(t.Notes);
        return ReferenceEquals(caption, t.Caption) && ReferenceEquals(header, t.Header) && ReferenceEquals(rows, t.Rows) && ReferenceEquals(notes, t.Notes)
            ? t : t with { Caption = caption, Header = header, Rows = rows, Notes = notes };
    }

    public virtual Block VisitBarChart(BarChart c)
    {
        var caption = VisitInlines(c.Caption);
        var notes = VisitTableNotes(c.Notes);
        return ReferenceEquals(caption, c.Caption) && ReferenceEquals(notes, c.Notes) ? c : c with { Caption = caption, Notes = notes };
    }

    public virtual Block VisitFigure(Figure f) => VisitInlines(f.Caption) is var c && ReferenceEquals(c, f.Caption) ? f : f with { Caption = c };

    public virtual Block VisitChronologyEntry(ChronologyEntry e) => VisitInlines(e.Content) is var c && ReferenceEquals(c, e.Content) ? e : e with { Content = c };
    public virtual Block VisitIndexEntry(IndexEntry e) => VisitInlines(e.Term) is var c && ReferenceEquals(c, e.Term) ? e : e with { Term = c };
    public virtual Block VisitBibliographyEntry(BibliographyEntry e) => VisitInlines(e.Content) is var c && ReferenceEquals(c, e.Content) ? e : e with { Content = c };

    public virtual IReadOnlyList<IReadOnlyList<TableCell>> VisitRows(IReadOnlyList<IReadOnlyList<TableCell>> rows) =>
        Map(rows, r => Map(r, c => c.Blocks is { } blocks
            ? (VisitBlocks(blocks) is var b && ReferenceEquals(b, blocks) ? c : c with { Blocks = b })
            : (VisitInlines(c.Content) is var x && ReferenceEquals(x, c.Content) ? c : c with { Content = x })));

    /// <summary>The notes under a table or chart (source lines and lettered notes).</summary>
    public virtual IReadOnlyList<TableNote> VisitTableNotes(IReadOnlyList<TableNote> notes) =>
        Map(notes, n => VisitInlines(n.Content) is var c && ReferenceEquals(c, n.Content) ? n : n with { Content = c });

    // ---- inlines ---------------------------------------------------------------------------------

    public virtual IReadOnlyList<Inline> VisitInlines(IReadOnlyList<Inline> inlines) => Map(inlines, VisitInline);

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
        Styled s => VisitStyled(s),
        _ => i, // Code, TexMath, RawInline, LineBreak, Target, PageRef, Image: leaves nobody rewrites yet
    };

    public virtual Inline VisitText(Text t) => t;
    public virtual Inline VisitEmphasis(Emphasis e) => VisitInlines(e.Content) is var c && ReferenceEquals(c, e.Content) ? e : e with { Content = c };
    public virtual Inline VisitStrong(Strong s) => VisitInlines(s.Content) is var c && ReferenceEquals(c, s.Content) ? s : s with { Content = c };
    public virtual Inline VisitLink(Link l) => VisitInlines(l.Content) is var c && ReferenceEquals(c, l.Content) ? l : l with { Content = c };
    public virtual Inline VisitSpan(Span s) => VisitInlines(s.Content) is var c && ReferenceEquals(c, s.Content) ? s : s with { Content = c };
    public virtual Inline VisitStyled(Styled s) => VisitInlines(s.Content) is var c && ReferenceEquals(c, s.Content) ? s : s with { Content = c };
    public virtual Inline VisitIndexTerm(IndexTerm t) => VisitInlines(t.Content) is var c && ReferenceEquals(c, t.Content) ? t : t with { Content = c };
    public virtual Inline VisitCitation(Citation c) => c;
    public virtual Inline VisitCrossRef(CrossRef r) => r;

    /// <summary>The mark of a note: the note is visited here, the first time it is marked.</summary>
    public virtual Inline VisitNoteRef(NoteRef r)
    {
        VisitNoteAt(r.NoteId);
        return r;
    }

    /// <summary>
    /// Maps every item; the list itself when every item came back unchanged (the same instance),
    /// otherwise a new list (the unchanged items shared).
    /// </summary>
    protected static IReadOnlyList<T> Map<T>(IReadOnlyList<T> items, Func<T, T> f) where T : class
    {
        List<T>? result = null;
        for (int i = 0; i < items.Count; i++)
        {
            var item = items[i];
            var mapped = f(item);
            if (result is null && !ReferenceEquals(mapped, item))
            {
                result = new List<T>(items.Count);
                for (int j = 0; j < i; j++) result.Add(items[j]);
            }
            result?.Add(mapped);
        }
        return result ?? items;
    }
}
