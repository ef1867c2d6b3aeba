namespace Book.Model;

/// <summary>One line of a list of tables or figures: its label, caption and the anchor its page is found by.</summary>
public sealed record ListOfEntry(string Label, IReadOnlyList<Inline> Caption, string Anchor);

/// <summary>What a list of tables or figures holds, collected once for both renderers.</summary>
public static class ListOf
{
    /// <summary>
    /// Every numbered table (or chart and figure) of the book in reading order, wherever it stands: in a div,
    /// a quotation or a list item, so the list holds exactly what numbering labelled.
    /// </summary>
    public static IReadOnlyList<ListOfEntry> Entries(BookDocument book, ListOfKind kind)
    {
        var collector = new Collector(kind);
        collector.Walk(book);
        return collector.Entries;
    }

    sealed class Collector(ListOfKind kind) : ModelWalker
    {
        public List<ListOfEntry> Entries { get; } = new();

        // Numbering labels the text, not notes; nor does this look there.
        public override void VisitNote(Note n) { }
        public override void VisitInlines(IReadOnlyList<Inline> inlines) { }

        public override void VisitTable(Table t)
        {
            if (kind == ListOfKind.Tables && t.Label is { } label) Entries.Add(new ListOfEntry(label, t.Caption, Anchors.AnchorOf(t.Id, label)));
        }

        public override void VisitBarChart(BarChart c)
        {
            if (kind == ListOfKind.Figures && c.Label is { } label) Entries.Add(new ListOfEntry(label, c.Caption, Anchors.AnchorOf(c.Id, label)));
        }

        public override void VisitFigure(Figure f)
        {
            if (kind == ListOfKind.Figures && f.Label is { } label) Entries.Add(new ListOfEntry(label, f.Caption, Anchors.AnchorOf(f.Id, label)));
        }
    }
}
