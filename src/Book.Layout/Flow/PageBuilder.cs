using Book.Pages;
using Book.Layout.Paragraphs;

namespace Book.Layout.Flow;

/// <summary>One page's share of a division: body items with their y offsets, and the note lines at its foot.</summary>
public sealed class PageContent
{
    public List<(VItem Item, double Y)> Body { get; } = new();
    public List<NoteRow> Notes { get; } = new();
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
public sealed class PageBuilder(double textHeight, double noteLeading, double noteSeparation, FootnoteSet notes, double leading = 0)
{
    /// <summary>A table or figure taller than this share of the page breaks where it stands rather than floating.</summary>
    const double MaxFloatShare = 0.7;

    /// <summary>Pages the text runs on from end on the text block's last line (<see cref="Flow.FlushBottom"/>);
    /// off for index columns and the short texts of the front matter.</summary>
    public bool FlushBottom { get; init; }

    public List<PageContent> Build(IReadOnlyList<VItem> source, double firstPageOffset = 0, int offsetPages = 1)
    {
        // Floats move within the list: work on a copy.
        var items = source.Any(x => x.Float is not null) ? source.ToList() : source;
        var deferred = new List<VItem>();
        var pages = new List<PageContent>();
        var carried = new List<NoteRow>();
        // Which note each carried row belongs to, and its row number in that note (null for a paired short note).
        var carriedOwner = new List<(string? Id, int Row)>();
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
            // A box carried over is not split: the page keeps room for all of it.
            if (carried is [{ Box: not null }, ..]) carriedH = Math.Max(carriedH, (1 + carried.Skip(1).TakeWhile(r => r.InBox).Count()) * noteLeading);
            // Rows the notes referenced so far need; only the last note may split, so it counts at most two rows.
            var tally = new NoteTally(notes);
            int lastBreak = -1, j = i;
            bool overflow = false;
            for (; j < items.Count; j++)
            {
                var it = items[j];
                if (it is PageBreakItem) { lastBreak = j; break; }
                if (it.Float is { } group && page.Body.Count > headerCount && (j == 0 || items[j - 1].Float != group)
                    && Defer((List<VItem>)items, j, group, y, tally, carriedH, deferred))
                {
                    j--;
                    continue;
                }
                double newY = y + it.Height;
                var t = tally;
                foreach (var id in NoteIds(it)) t = t.Add(id);
                bool anyNotes = carriedH > 0 || t.Rows > 0;
                double need = newY + (anyNotes ? noteSeparation + carriedH + (t.Rows - t.LastRows + t.LastMin) * noteLeading : 0);
                if (need > textHeight + 0.01 && (j > i || page.Body.Count > 0)) { overflow = true; break; }
                page.Body.Add((it, y));
                y = newY; tally = t;
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
            if (deferred.Count > 0)
            {
                // Deferred floats open the next page, after the rest of a table broken here.
                int at = end + 1;
                while (at < items.Count && items[at].ContinuationHeader is not null) at++;
                // A space this page ended on (before a heading, say) was dropped at the break: it goes after the
                // floats instead, so what follows them keeps its distance (less the floats' own closing space).
                double dropped = 0;
                for (int k = end; k >= i && items[k] is SpaceItem sp; k--) dropped = Math.Max(dropped, sp.Height);
                double closing = deferred[^1] is SpaceItem c ? c.Height : 0;
                if (dropped > closing && at == end + 1 && at < items.Count && items[at] is not SpaceItem)
                    deferred.Add(new SpaceItem { Height = dropped - closing, Stretch = dropped - closing });
                ((List<VItem>)items).InsertRange(at, deferred);
                deferred.Clear();
            }

            // Notes: what was carried, then those referenced on this page (short ones paired), as far as they fit.
            var pending = new List<NoteRow>(carried);
            var owner = new List<(string? Id, int Row)>(carriedOwner);
            bool openRight = false;
            foreach (var (it, _) in page.Body)
                foreach (var id in NoteIds(it))
                {
                    var rows = notes.Rows(id);
                    if (notes.IsShort(id))
                    {
                        if (openRight) { pending[^1] = pending[^1] with { Right = rows[0].Left }; openRight = false; }
                        else { pending.Add(rows[0]); owner.Add((null, 0)); openRight = true; }
                    }
                    else
                    {
                        pending.AddRange(rows);
                        for (int r = 0; r < rows.Count; r++) owner.Add((id, r));
                        openRight = false;
                    }
                }
            double room = textHeight - page.BodyHeight - noteSeparation;
            int fit = pending.Count == 0 ? 0 : Math.Max(1, (int)Math.Floor((room + 0.01) / noteLeading));
            fit = Math.Min(fit, pending.Count);
            // A box is never split: it waits for the next page whole, unless nothing else stands on this one.
            while (fit > 0 && fit < pending.Count && pending[fit].InBox) fit--;
            fit = SplitNote(owner, fit);
            if (fit == 0 && pending.Count > 0 && pending[0].Box is not null && page.Body.Count == 0)
                fit = 1 + pending.Skip(1).TakeWhile(r => r.InBox).Count();
            page.Notes.AddRange(pending.Take(fit));
            carried = pending.Skip(fit).ToList();
            carriedOwner = owner.Skip(fit).ToList();
            // Facing pages line up: a page the text runs on from ends where the notes begin, or at the block's foot.
            if (FlushBottom && !(end < items.Count && items[end] is PageBreakItem) && TextFollows(items, end + 1))
                Flow.FlushBottom.Spread(page, textHeight - (page.Notes.Count > 0 ? noteSeparation + page.Notes.Count * noteLeading : 0), leading);
            pages.Add(page);
            i = end + 1;
            if (i >= items.Count && carried.Count == 0) break;
        }
        return pages;
    }

    /// <summary>
    /// Moves a split inside a note to where TeX's rules allow it (<see cref="FootnoteSet.SplitAt"/>):
    /// no lone line on either page, no hyphen at the page's foot. Returns how many pending rows stay.
    /// </summary>
    int SplitNote(List<(string? Id, int Row)> owner, int fit)
    {
        if (fit <= 0 || fit >= owner.Count || owner[fit].Id is not { } id || owner[fit].Row == 0) return fit;
        int first = fit;
        while (first > 0 && owner[first - 1].Id == id) first--;
        int from = owner[first].Row;
        int k = notes.SplitAt(id, from, fit - first);
        return k >= 0 ? first + k : fit;
    }

    /// <summary>
    /// Takes the float starting at <paramref name="start"/> out of the list when it does not fit
    /// in the rest of the page, is short enough to move whole, and text follows it that can fill
    /// the page instead. Floats already waiting keep their order: any later one waits too.
    /// </summary>
    bool Defer(List<VItem> items, int start, FloatGroup group, double y, NoteTally tally, double carriedH, List<VItem> deferred)
    {
        int end = start;
        double height = 0;
        var t = tally;
        while (end < items.Count && items[end].Float == group)
        {
            height += items[end].Height;
            foreach (var id in NoteIds(items[end])) t = t.Add(id);
            end++;
        }
        bool follows = false;
        for (int k = end; k < items.Count && items[k] is not PageBreakItem; k++)
            if (items[k] is not SpaceItem && items[k].Float is null) { follows = true; break; }
        if (deferred.Count == 0)
        {
            bool anyNotes = carriedH > 0 || t.Rows > 0;
            double need = y + height + (anyNotes ? noteSeparation + carriedH + t.Rows * noteLeading : 0);
            if (need <= textHeight + 0.01 || (height > textHeight * MaxFloatShare && !group.MovesWhole) || !follows) return false;
        }
        deferred.AddRange(items.GetRange(start, end - start));
        items.RemoveRange(start, end - start);
        // The space the float's closing space stood in for (before a heading, say) takes its full height back.
        if (start < items.Count && items[start] is SpaceItem { Full: > 0 } rest)
            items[start] = new SpaceItem { Height = rest.Full, Stretch = rest.Full, BreakAfter = rest.BreakAfter };
        return true;
    }

    /// <summary>Counts note rows as notes are referenced: short notes pair up, two to a row.
    /// <see cref="LastMin"/> is what the last note needs on its mark's page (<see cref="FootnoteSet.MinRows"/>).</summary>
    readonly record struct NoteTally(FootnoteSet Set, int Rows = 0, int LastRows = 0, int LastMin = 0, bool OpenRight = false)
    {
        public NoteTally(FootnoteSet set) : this(set, 0, 0, 0, false) { }

        public NoteTally Add(string id)
        {
            if (Set.IsShort(id))
                return OpenRight ? this with { LastRows = 0, LastMin = 0, OpenRight = false } : this with { Rows = Rows + 1, LastRows = 1, LastMin = 1, OpenRight = true };
            int n = Set.Rows(id).Count;
            return this with { Rows = Rows + n, LastRows = n, LastMin = Set.MinRows(id), OpenRight = false };
        }
    }

    /// <summary>Whether anything but space and forced breaks stands at or after <paramref name="from"/>: the division's text goes on.</summary>
    static bool TextFollows(IReadOnlyList<VItem> items, int from)
    {
        for (int k = from; k < items.Count; k++)
            if (items[k] is PageBreakItem) return false;
            else if (items[k] is not SpaceItem) return true;
        return false;
    }

    static IEnumerable<string> NoteIds(VItem it) => it switch
    {
        LineItem l => l.Line.NoteIds,
        DrawItem d => d.Lines.SelectMany(x => x.Line.Line.NoteIds),
        _ => [],
    };
}
