using Book.Pages;
using Book.Layout.Paragraphs;

namespace Book.Layout.Flow;

/// <summary>The set rows of every note of a division, by note id.</summary>
public sealed class FootnoteSet
{
    readonly Dictionary<string, List<NoteRow>> _rows = new(StringComparer.Ordinal);

    /// <summary>A one-line note no wider than this may share its row with the next short note.</summary>
    public double PairWidth { get; init; }

    public void Add(string id, List<NoteRow> rows) => _rows[id] = rows;
    public IReadOnlyList<NoteRow> Rows(string id) => _rows.TryGetValue(id, out var r) ? r : [];

    public bool IsShort(string id) => PairWidth > 0 && _rows.TryGetValue(id, out var r) && r is [{ Left: { } l, Box: null }] && l.Width <= PairWidth;

    /// <summary>
    /// The fewest rows of a note that may stand at the foot of its mark's page, by TeX's rules for
    /// splitting an insertion: never one line alone on either page (so a note of three lines or
    /// fewer is not split), never a page ending on a hyphen inside the note, and a drawn box begun
    /// there whole, since a box is never split.
    /// </summary>
    public int MinRows(string id)
    {
        var rows = Rows(id);
        for (int k = 2; k <= rows.Count - 2; k++)
            if (CanSplit(rows, k)) return k;
        return rows.Count;
    }

    /// <summary>
    /// Where to split a note of which rows [<paramref name="from"/>..) are still to set and at most
    /// <paramref name="most"/> of them fit: the most rows that keep to <see cref="MinRows"/>'s rules
    /// (at least two here when the note starts here, at least two left for the next page, no hyphen
    /// at the break), or -1 when no split keeps them.
    /// </summary>
    public int SplitAt(string id, int from, int most)
    {
        var rows = Rows(id);
        int least = from == 0 ? 2 : 1;
        for (int k = Math.Min(most, rows.Count - from - 2); k >= least; k--)
            if (CanSplit(rows, from + k)) return k;
        return -1;
    }

    /// <summary>A page may end after row <paramref name="k"/> − 1: not inside a box, not after a hyphenated line.</summary>
    static bool CanSplit(IReadOnlyList<NoteRow> rows, int k) =>
        k > 0 && k < rows.Count && !rows[k].InBox && rows[k - 1].Left is not { EndsWithHyphen: true };
}

/// <summary>
/// One row of the note area: a note line, and beside it a second short note when two fit; or
/// the first row of a drawn box (a table or chart in a note), which is as tall as the
/// <see cref="InBox"/> rows after it and is never split from them.
/// </summary>
public sealed record NoteRow(TextLine? Left, TextLine? Right = null, DrawItem? Box = null, bool InBox = false)
{
    /// <summary>The rows a box of <paramref name="height"/> takes: its head, then placeholders.</summary>
    public static IEnumerable<NoteRow> ForBox(DrawItem box, double leading)
    {
        int span = Math.Max(1, (int)Math.Ceiling(box.Height / leading - 0.01));
        yield return new NoteRow(null, Box: box);
        for (int i = 1; i < span; i++) yield return new NoteRow(null, InBox: true);
    }
}
