using Book.Core.Pipeline;
using Book.Core.Sources;
using Book.Layout;
using Book.Layout.Styles;
using Book.Model;
using Book.Pages;

namespace Book.Tests.Typesetting;

/// <summary>
/// Where each page's text ends, read off a typeset page tree as a reader would measure it: the
/// last baseline of body-size text that is not a note, against where the text block (or the space
/// above the notes) ends. A page is judged only when the chapter's text runs on to the next page.
/// </summary>
public static class PageDepths
{
    /// <summary>One chapter page whose text runs on: how far its text ends above where it should
    /// (points; 0 when flush), whether it ends in a table or figure rather than a line of text, and
    /// whether a table or figure stands on it.</summary>
    public sealed record Depth(int Page, double Short, bool EndsInBox, bool HasFloat, bool BeforeHeading)
    {
        public override string ToString() => $"page {Page}: {Short:0.00} pt short{(EndsInBox ? ", ends in a box" : "")}{(HasFloat ? ", has a float" : "")}{(BeforeHeading ? ", the next opens with a heading" : "")}";
    }

    public sealed record Result(PageTree Tree, BookStyle Style, List<Depth> Pages);

    /// <summary>Loads and typesets the project in <paramref name="dir"/>, then measures its chapter pages.</summary>
    public static Result Measure(string dir)
    {
        var diags = new DiagnosticBag();
        var book = BookLoader.Load(dir, diags);
        Assert.True(book is not null && !diags.HasErrors, string.Join("\n", diags.Items));
        var tree = Typesetter.Typeset(book!, diags);
        Assert.False(diags.HasErrors, string.Join("\n", diags.Items));
        var style = new BookStyle(book!.Meta.Page, book.Meta.FontSize, FontSet.Bundled());
        return new Result(tree, style, Measure(tree, book, style));
    }

    static List<Depth> Measure(PageTree tree, BookDocument book, BookStyle style)
    {
        var kinds = book.Divisions.ToDictionary(d => d.Id, d => d.Kind);
        // The division each page belongs to: from its start to the next division's start.
        var starts = tree.Starts.Where(s => s.HeadingAnchor is null).OrderBy(s => s.PageIndex).ToList();
        string?[] division = new string?[tree.Pages.Count];
        for (int s = 0; s < starts.Count; s++)
        {
            int end = s + 1 < starts.Count ? starts[s + 1].PageIndex : tree.Pages.Count;
            for (int p = starts[s].PageIndex; p < end; p++) division[p] = starts[s].DivisionId;
        }
        var result = new List<Depth>();
        double tail = style.Leading - BookStyle.Baseline(style.Leading);
        for (int p = 0; p + 1 < tree.Pages.Count; p++)
        {
            if (division[p] is not { } id || kinds[id] != DivisionKind.Chapter || division[p + 1] != id) continue;
            var body = BodyRuns(tree.Pages[p]).ToList();
            var next = BodyRuns(tree.Pages[p + 1]).ToList();
            // The text's last page (a page of carried notes may follow it) is not judged.
            if (body.Count == 0 || next.Count == 0) continue;
            var text = body.Where(r => Math.Abs(r.Size - style.BodySize) < 0.01).ToList();
            double lastText = text.Count > 0 ? text.Max(r => r.Y) : double.NegativeInfinity;
            // The notes at the foot (a table's own notes stand in the text, above its last line).
            var notes = tree.Pages[p].Items.OfType<GlyphRun>().Where(r => InNote(r.Tag) && r.Y > lastText).ToList();
            double bottom = style.Page.Top + style.TextHeight;
            if (notes.Count > 0) bottom = notes.Min(r => r.Y) - BookStyle.Baseline(style.NoteLeading) - style.NoteRuleGap;
            // Something below the last line of body text (a table's rows, a caption, a picture) ends the page.
            bool box = body.Max(r => r.Y) > lastText + 1
                || tree.Pages[p].Items.Any(i => i is ImageItem or GroupItem && i.Tag is not null && Top(i) > lastText);
            bool hasFloat = tree.Pages[p].Items.Any(i => Roles(i.Tag).Any(r => r is "Table" or "Figure"));
            // The next page's first line of text is a section heading's.
            bool heading = Roles(next.MinBy(r => r.Y)!.Tag).Any(r => r.Length == 2 && r[0] == 'H' && char.IsAsciiDigit(r[1]));
            result.Add(new Depth(p + 1, box ? 0 : bottom - (lastText + tail), box, hasFloat, heading));
        }
        return result;
    }

    static double Top(PageItem i) => i switch
    {
        ImageItem img => img.Y,
        GroupItem g => g.Transform.F,
        _ => 0,
    };

    /// <summary>Text of the page's body: tagged (not a running head or folio), and not in a note.</summary>
    static IEnumerable<GlyphRun> BodyRuns(Page page) => page.Items.OfType<GlyphRun>().Where(r => r.Tag is not null && !InNote(r.Tag));

    public static bool InNote(StructElement? e) => Roles(e).Contains("Note");

    static IEnumerable<string> Roles(StructElement? e)
    {
        for (; e is not null; e = e.Parent) yield return e.Role;
    }
}
