using Book.Layout.Paragraphs;

namespace Book.Layout.Pages;

/// <summary>One page's share of a division: body items with their y offsets, and the note lines at its foot.</summary>
public sealed class PageContent
{
    public List<(VItem Item, double Y)> Body { get; } = new();
    public List<TextLine> Notes { get; } = new();
    public double BodyHeight { get; set; }
    /// <summary>How many of the first body items are a table header repeated from the previous page.</summary>
    public int RepeatedHeader { get; set; }
}

/// <summary>
/// Breaks a division's vertical list into pages. Each note starts on the page of its mark;
/// only the last note referenced on a page may be split, its rest continuing at the foot of
/// the next page. Breaks fall only where items allow them (widows, orphans, keeps), and a
/// table broken across pages repeats its header.
/// </summary>
public sealed class PageBuilder(double textHeight, double noteLeading, double noteSeparation, FootnoteSet notes)
{
    public List<PageContent> Build(IReadOnlyList<VItem> items, double firstPageOffset = 0, int offsetPages = 1)
    {
        var pages = new List<PageContent>();
        var carried = new List<TextLine>();
        int i = 0;
        bool first = true;
        IReadOnlyList<VItem>? repeatHeader = null;
        while (i < items.Count || carried.Count > 0)
        {
            while (i < items.Count && items[i] is SpaceItem or PageBreakItem && !(first && items[i] is SpaceItem)) i++;
            var page = new PageContent();
            double y = pages.Count < offsetPages ? firstPageOffset : 0;
            first = pages.Count + 1 < offsetPages;
            int headerCount = 0;
            if (repeatHeader is not null && i < items.Count)
                foreach (var h in repeatHeader) { page.Body.Add((h, y)); y += h.Height; headerCount++; }
            repeatHeader = null;

            double carriedH = Math.Min(carried.Count * noteLeading, textHeight * 0.5);
            var fullNotes = 0.0;          // complete notes before the last one referenced
            var lastNote = (Id: (string?)null, Height: 0.0);
            int lastBreak = -1, j = i;
            bool overflow = false;
            for (; j < items.Count; j++)
            {
                var it = items[j];
                if (it is PageBreakItem) { lastBreak = j; break; }
                double newY = y + it.Height;
                double full = fullNotes; var last = lastNote;
                foreach (var id in NoteIds(it))
                {
                    if (last.Id is not null) full += last.Height;
                    last = (id, notes.Lines(id).Count * noteLeading);
                }
                double lastMin = Math.Min(last.Height, 2 * noteLeading);
                bool anyNotes = carriedH > 0 || last.Id is not null;
                double need = newY + (anyNotes ? noteSeparation + carriedH + full + lastMin : 0);
                if (need > textHeight + 0.01 && (j > i || page.Body.Count > 0)) { overflow = true; break; }
                page.Body.Add((it, y));
                y = newY; fullNotes = full; lastNote = last;
                if (it.BreakAfter) lastBreak = j;
                if (need > textHeight + 0.01) { lastBreak = j; overflow = true; j++; break; }
            }
            int end;
            if (!overflow) end = j < items.Count && items[j] is PageBreakItem ? j : items.Count - 1;
            else end = lastBreak >= i ? lastBreak : j - 1;
            if (end < i && i < items.Count) end = i; // an item taller than the page still has to go somewhere
            // The page holds the repeated header (if any) and items i..end.
            page.Body.RemoveRange(headerCount, page.Body.Count - headerCount);
            y = headerCount > 0 ? page.Body[^1].Y + page.Body[^1].Item.Height : (pages.Count < offsetPages ? firstPageOffset : 0);
            for (int k = i; k <= end && k < items.Count; k++)
            {
                if (items[k] is PageBreakItem) continue;
                page.Body.Add((items[k], y));
                y += items[k].Height;
            }
            page.BodyHeight = y;
            page.RepeatedHeader = headerCount;
            if (end + 1 < items.Count && items[end + 1].ContinuationHeader is { } header && items[end] is not PageBreakItem) repeatHeader = header;

            // Notes: what was carried, then those referenced on this page, as far as they fit.
            var pending = new List<TextLine>(carried);
            foreach (var (it, _) in page.Body)
                foreach (var id in NoteIds(it)) pending.AddRange(notes.Lines(id));
            double room = textHeight - page.BodyHeight - noteSeparation;
            int fit = pending.Count == 0 ? 0 : Math.Max(1, (int)Math.Floor((room + 0.01) / noteLeading));
            fit = Math.Min(fit, pending.Count);
            page.Notes.AddRange(pending.Take(fit));
            carried = pending.Skip(fit).ToList();
            pages.Add(page);
            i = end + 1;
            if (i >= items.Count && carried.Count == 0) break;
        }
        return pages;
    }

    static IEnumerable<string> NoteIds(VItem it) => it switch
    {
        LineItem l => l.Line.NoteIds,
        DrawItem d => d.Lines.SelectMany(x => x.Line.Line.NoteIds),
        _ => [],
    };
}
