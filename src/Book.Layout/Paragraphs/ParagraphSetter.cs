using System.Text;
using Book.Fonts;
using Book.Pages;
using Book.Layout.Flow;
using Book.Layout.Styles;
using Book.Layout.Text;

namespace Book.Layout.Paragraphs;

public enum Alignment { Justify, Left, Center, Right }

/// <summary>Everything the setter needs to know about one paragraph besides its text.</summary>
public sealed record ParagraphSpec(
    double Width,
    double Leading,
    Alignment Align = Alignment.Justify,
    double FirstIndent = 0,
    double LeftIndent = 0,
    double HangingIndent = 0,     // lines after the first start this much further in (bibliography)
    bool Hyphenate = true,
    string Language = "en",
    // Break inside a word wider than the line (reported on the line) rather than let it stick out. Off for
    // labels, folios and other one-line settings, which take line [0] and must never lose the rest.
    bool EmergencyBreaks = false)
{
    /// <summary>Centred display lines set balanced, of like length with no lone last word (see <c>SetBalanced</c>).</summary>
    public bool Balance { get; init; }
}

/// <summary>
/// Sets a paragraph: shapes each word (ligatures, kerning), offers hyphenation points as
/// flagged penalties, breaks with Knuth–Plass, and builds positioned lines.
/// </summary>
public sealed partial class ParagraphSetter(FontSet fonts)
{
    /// <summary>A measured piece of text: a word fragment, a space, or a hyphenation point.</summary>
    struct Segment
    {
        public OpenTypeFont Font;
        public double Size;
        public double Rise;
        public string Text;
        public PlacedGlyph[] Glyphs;
        public double Width;
        public int Run;
        public double Gray;
        /// <summary>Set in the code face: its letters and spaces keep their widths (no tracking), so columns stay columns.</summary>
        public bool Code;
        /// <summary>Code points the font lacks, drawn as a placeholder in this segment.</summary>
        public int[]? Missing;
    }

    List<TextLine> SetUncached(IReadOnlyList<StyledRun> runs, ParagraphSpec spec, out int badLines)
    {
        // Scratch lists reused per thread: growing fresh ones for every paragraph was a large share
        // of the setter's time (and of the GC's, once a long paragraph's list reached the large-object heap).
        var scratch = _scratch ??= new Scratch();
        try
        {
            return SetInto(runs, spec, scratch.Segments, scratch.Items, scratch.Emergency, out badLines);
        }
        finally
        {
            scratch.Segments.Clear(); // drop the fonts, strings and glyph arrays the segments point at
            scratch.Items.Clear();
            scratch.Emergency.Clear();
            // A paragraph far longer than prose's (a 2 MB word: 25 MB of items) does not keep its lists for the rest of the build.
            if (scratch.Items.Capacity > Scratch.KeptItems) _scratch = null;
        }
    }

    sealed class Scratch
    {
        public readonly List<Segment> Segments = new(256);
        public readonly List<BreakItem> Items = new(1024);
        public readonly HashSet<int> Emergency = [];
        /// <summary>Lists grown past this many items (about 1.3 MB of them) are let go after their paragraph.</summary>
        public const int KeptItems = 16384;
    }

    [ThreadStatic] static Scratch? _scratch;

    List<TextLine> SetInto(IReadOnlyList<StyledRun> runs, ParagraphSpec spec, List<Segment> segments, List<BreakItem> items, HashSet<int> emergency, out int badLines)
    {
        runs = SyntheticSmallCaps.Expand(runs, fonts);
        if (spec.FirstIndent > 0) items.Add(BreakItem.Box(spec.FirstIndent, -1));
        BuildItems(runs, spec, segments, items, emergency);
        // The finishing glue fills the last line; the forced break ends the paragraph.
        items.Add(BreakItem.Penalty(0, BreakItem.Infinity, false, -1));
        items.Add(BreakItem.Glue(0, double.PositiveInfinity, 0, -1));
        items.Add(BreakItem.Penalty(0, -BreakItem.Infinity, false, -1));

        double Width(int line) => spec.Width - spec.LeftIndent - (line > 0 ? spec.HangingIndent : 0);
        var breaks = Breaking.Break(items, Width, spec.Align);
        return BuildLines(runs, spec, segments, items, breaks, emergency, out badLines);
    }
}
