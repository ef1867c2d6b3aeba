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
    /// indents, at the note leading.
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
            var lines = new List<TextLine>();
            // Detached until the paragraph citing it takes it in (AttachNotes).
            var element = outer is null ? null : new StructElement("Note");
            Parent = null;
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
                        lines.AddRange(numberLines);
                    }
                }
                items.Clear();
                Block(items, b, at);
                TakeLines(items, lines, b);
                first = false;
            }
            foreach (var l in lines) l.Tag = element;
            set.Add(n.Id, lines);
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
    /// The note area is a stack of lines: each line keeps its indent (moved into the line), spaces
    /// between blocks go. A drawn box (a table, a chart) cannot be set at the foot of a page.
    /// </summary>
    void TakeLines(List<VItem> items, List<TextLine> lines, Block b)
    {
        foreach (var it in items)
        {
            switch (it)
            {
                case LineItem l:
                    if (l.X != 0) l.Line.Shift(l.X);
                    lines.Add(l.Line);
                    break;
                case DrawItem:
                    diags.Warning(b.Span, "a table or chart inside a note cannot be set at the foot of the page and is left out of the PDF; move it into the text");
                    return;
            }
        }
    }
}
