using System.Globalization;
using Book.Model;
using Book.Pages;
using Book.Layout.Flow;
using Book.Layout.Paragraphs;
using Book.Layout.Styles;

namespace Book.Layout.Blocks;

using Text = Book.Model.Text;

public sealed partial class BlockLayout
{
    /// <summary>
    /// Sets the notes of a division at note size, number first, linked back to the mark. Every block
    /// of a note goes through the same layouters as the text (in the <see cref="BlockPlace.Note"/>
    /// place), so a list or a quote in a note prints; the note area stacks the lines, with their
    /// indents, at the note leading. A table or chart becomes one drawn box spanning whole rows.
    /// </summary>
    public FootnoteSet Notes(IReadOnlyList<Note> notes)
    {
        var set = new FootnoteSet { PairWidth = style.NotePairWidth };
        var ctx = new BlockContext(0, style.TextWidth, style.NoteSize, style.NoteLeading, FontFlags.None, false) { Place = BlockPlace.Note };
        // A note's own blocks are tagged as a whole (the Note element below), not under the division.
        var outer = Parent;
        var items = new List<VItem>();
        foreach (var n in notes)
        {
            var rows = new List<NoteRow>();
            var lines = new List<TextLine>();
            // Detached until the paragraph citing it takes it in (AttachNotes).
            var element = outer is null ? null : new StructElement("Note");
            bool first = true;
            var blocks = n.Blocks.Count > 0 ? n.Blocks : [new Model.Paragraph([])];
            for (int i = 0; i < blocks.Count; i++)
            {
                var b = blocks[i];
                var at = ctx with { Indent = !first, Previous = i > 0 ? blocks[i - 1] : null, Next = i + 1 < blocks.Count ? blocks[i + 1] : null };
                if (first)
                {
                    var number = NoteNumber(n);
                    // Text takes the number on its first line; anything else (a list, a quote) starts below it.
                    if (b is Model.Paragraph or Heading) at = at with { Lead = number };
                    else
                    {
                        var numberLines = setter.Set(number, new ParagraphSpec(ctx.Width, ctx.Leading, Alignment.Left, 0, 0, 0, false, language), out _);
                        foreach (var l in numberLines) { lines.Add(l); rows.Add(new NoteRow(l)); }
                    }
                }
                items.Clear();
                // A table or chart keeps its own structure (table, rows, cells; figure), inside the note.
                Parent = b is Model.Table or BarChart ? element : null;
                Block(items, b, at);
                Parent = null;
                TakeRows(items, rows, lines, b);
                first = false;
            }
            foreach (var l in lines) l.Tag = element;
            set.Add(n.Id, rows);
        }
        Parent = outer;
        return set;
    }

    /// <summary>A note's number, linked back to its mark, and the en space after it.</summary>
    List<StyledRun> NoteNumber(Note n) =>
    [
        new StyledRun(n.Number.ToString(CultureInfo.InvariantCulture), FontFlags.None, style.NoteSize, null,
            LinkDest: AnchorId.Mark(n.Id), Anchor: AnchorId.Note(n.Id), NoBreak: true),
        new StyledRun("\u2002", FontFlags.None, style.NoteSize, null),
    ];

    /// <summary>
    /// The note area is a stack of rows: each line keeps its indent (moved into the line), spaces
    /// between blocks go. A block that draws (a table, a chart) becomes one box, its lines and
    /// rules stacked as they were set, spanning as many rows as its height needs.
    /// </summary>
    void TakeRows(List<VItem> items, List<NoteRow> rows, List<TextLine> lines, Block b)
    {
        if (!items.Any(it => it is DrawItem))
        {
            foreach (var it in items)
                if (it is LineItem l)
                {
                    if (l.X != 0) l.Line.Shift(l.X);
                    lines.Add(l.Line);
                    rows.Add(new NoteRow(l.Line));
                }
            return;
        }
        // Spaces before and after the block are the text's, not the note's.
        int from = 0, to = items.Count;
        while (from < to && items[from] is SpaceItem) from++;
        while (to > from && items[to - 1] is SpaceItem) to--;
        // A box is never split across pages, so it may be no taller than a page's note area can be.
        double max = style.TextHeight - style.NoteRuleGap - 2 * style.NoteLeading, height = 0;
        int end = from;
        for (; end < to && height + items[end].Height <= max + 0.01; end++) height += items[end].Height;
        if (end < to)
            diags.Warning(b.Span, "this table or chart is too tall for the foot of a page and is cut there; move it into the text");
        var box = new DrawItem { Height = height };
        double y = 0;
        for (int k = from; k < end; k++)
        {
            switch (items[k])
            {
                case LineItem l: box.Lines.Add((l, l.X, y)); break;
                case DrawItem d:
                    foreach (var p in d.Items) box.Items.Add(PageComposer.Offset(p, 0, y));
                    foreach (var (l, x, ly) in d.Lines) box.Lines.Add((l, x, y + ly));
                    break;
            }
            y += items[k].Height;
        }
        rows.AddRange(NoteRow.ForBox(box, style.NoteLeading));
    }
}
