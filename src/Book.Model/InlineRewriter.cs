namespace Book.Model;

/// <summary>Rebuilds a book with every inline (in blocks, notes, tables, captions) mapped by a function.</summary>
public static class InlineRewriter
{
    public static BookDocument Rewrite(BookDocument book, Func<Inline, Inline> f) =>
        book with { Divisions = book.Divisions.Select(d => Rewrite(d, f)).ToList() };

    public static Division Rewrite(Division d, Func<Inline, Inline> f) => d with
    {
        Blocks = Blocks(d.Blocks, f),
        Notes = d.Notes.Select(n => n with { Blocks = Blocks(n.Blocks, f) }).ToList(),
    };

    public static IReadOnlyList<Block> Blocks(IReadOnlyList<Block> blocks, Func<Inline, Inline> f) => blocks.Select(b => Block(b, f)).ToList();

    public static Block Block(Block b, Func<Inline, Inline> f) => b switch
    {
        Heading h => h with { Content = Inlines(h.Content, f) },
        Paragraph p => p with { Content = Inlines(p.Content, f) },
        BlockQuote q => q with { Blocks = Blocks(q.Blocks, f) },
        ListBlock l => l with { Items = l.Items.Select(i => new ListItem(Blocks(i.Blocks, f))).ToList() },
        Div d => d with { Blocks = Blocks(d.Blocks, f) },
        Table t => t with
        {
            Caption = Inlines(t.Caption, f),
            Header = t.Header.Select(r => (IReadOnlyList<TableCell>)r.Select(c => c with { Content = Inlines(c.Content, f) }).ToList()).ToList(),
            Rows = t.Rows.Select(r => (IReadOnlyList<TableCell>)r.Select(c => c with { Content = Inlines(c.Content, f) }).ToList()).ToList(),
            Notes = t.Notes.Select(n => n with { Content = Inlines(n.Content, f) }).ToList(),
        },
        BarChart c => c with { Caption = Inlines(c.Caption, f), Notes = c.Notes.Select(n => n with { Content = Inlines(n.Content, f) }).ToList() },
        ChronologyEntry e => e with { Content = Inlines(e.Content, f) },
        IndexEntry e => e with { Term = Inlines(e.Term, f) },
        BibliographyEntry e => e with { Content = Inlines(e.Content, f) },
        _ => b,
    };

    public static IReadOnlyList<Inline> Inlines(IReadOnlyList<Inline> inlines, Func<Inline, Inline> f) => inlines.Select(i => Inline(i, f)).ToList();

    static Inline Inline(Inline i, Func<Inline, Inline> f) => f(i switch
    {
        Emphasis e => e with { Content = Inlines(e.Content, f) },
        Strong s => s with { Content = Inlines(s.Content, f) },
        Link l => l with { Content = Inlines(l.Content, f) },
        Span s => s with { Content = Inlines(s.Content, f) },
        IndexTerm t => t with { Content = Inlines(t.Content, f) },
        _ => i,
    });
}
