using System.Globalization;
using Book.Model;
using Book.Pages;
using Book.Layout.Flow;
using Book.Layout.Paragraphs;
using Book.Layout.Styles;

namespace Book.Layout.Blocks;

using Text = Book.Model.Text;

/// <summary>
/// A section heading: bold (level 2) or italic (level 3 and below), space above, kept with what
/// follows. Before a chronology's entries a year heading is set close, and run in beside an event
/// dated by the year alone.
/// </summary>
public sealed class HeadingLayouter : BlockLayouter<Heading>
{
    protected override string? Role(Heading h) => "H" + Math.Clamp(h.Level, 1, 6).ToString(CultureInfo.InvariantCulture);

    protected override void Layout(BlockLayout layout, List<VItem> items, Heading h, BlockContext ctx)
    {
        var style = layout.Style;
        // A heading inside a note reads as a line of the note's text.
        if (ctx.Place == BlockPlace.Note)
        {
            layout.Paragraph(items, [new Text(InlineText.Plain(h.Content))], ctx, Alignment.Justify, ctx.Indent ? ctx.Size : 0, h.Span);
            return;
        }
        double size = h.Level <= 2 ? style.H2Size : style.H3Size;
        var flags = h.Level <= 2 ? FontFlags.Bold : FontFlags.Italic;
        // A chronology's year headings head a column of short entries: set them close.
        bool close = ctx.Next is ChronologyEntry;
        // An event the heading dates has an empty date column: the heading takes it.
        bool runIn = ctx.Next is ChronologyEntry { DatedByHeading: true };
        BlockLayout.Space(items, close ? ctx.Leading * 0.7 : h.Level <= 2 ? ctx.Leading * 1.2 : ctx.Leading * 0.8);
        var at = ctx with { Size = size, Leading = close ? size * 1.15 : Math.Max(ctx.Leading, size * 1.25) };
        // A heading directly in the division's text is a section start (the e-book's page list cites it);
        // one inside a quote, list or div is an ordinary link target.
        var content = h.Id is null || ctx.Depth == 0 ? h.Content : [new Target(h.Id), .. h.Content];
        if (h.Id is not null && ctx.Depth == 0) at = at with { Lead = [new StyledRun("", flags, size, layout.Language, Anchor: AnchorId.Heading(h.Id))] };
        var lines = layout.Paragraph(items, content, at, Alignment.Left, 0, h.Span, hyphenate: false, flags: flags);
        // Kept with what follows, and close to it: the space above a heading gives when a page is spread, not the heading.
        foreach (var l in lines) { l.BreakAfter = false; l.Stretch = 0; }
        // A heading wider than the date column ("ок. 1985–1989 гг." in bold) would run into the text: it keeps its own line.
        if (runIn && lines.Count == 1 && lines[0].Line.Width <= ChronologyLayouter.DateMeasure(style))
        {
            // Set on the first line of the entry below: no height of its own, the entry's baseline.
            var small = style.SmallLeading;
            var line = new LineItem { Line = lines[0].Line, X = lines[0].X, Height = 0, Baseline = small * 0.3 + BookStyle.Baseline(small), BreakAfter = false };
            items[items.IndexOf(lines[0])] = line;
            // The entry's opening space joins this one and so cannot be a page break either.
            items.Add(new SpaceItem { Height = 0, BreakAfter = false });
            return;
        }
        items.Add(new SpaceItem { Height = close ? 0 : ctx.Leading * 0.35, BreakAfter = false });
    }
}
