using Book.Model;
using Book.Pages;
using Book.Layout.Blocks;
using Book.Layout.Flow;
using Book.Layout.Paragraphs;
using Book.Layout.Styles;

namespace Book.Layout.Run;

/// <summary>A division composed ahead of its turn, with the warnings composing it gave and the structure (Sect) it built.</summary>
sealed class Composed(List<PageContent> pages, DiagnosticBag diagnostics, Dependencies dependencies, StructElement sect)
{
    public Dependencies Dependencies { get; } = dependencies;
    public StructElement Sect { get; } = sect;

    /// <summary>The pages, after copying the warnings into the pass's bag (in the order they arose).</summary>
    public List<PageContent> Take(DiagnosticBag into)
    {
        foreach (var d in diagnostics.Items) into.Add(d);
        return pages;
    }
}

/// <summary>
/// What the passes share: each flowed division's composition and its drawn pages, reused by the
/// next pass when nothing they read changed. Composing runs in parallel over divisions.
/// </summary>
sealed class Compositions(BookDocument book, BookStyle style, ParagraphSetter setter)
{
    /// <summary>A division's drawn pages, and what drawing them depended on besides its composed pages.</summary>
    sealed record Placed(Composed Composed, int FirstIndex, int FirstChapterPage, Page[] Pages);

    /// <summary>Each flowed division's pages as the last pass drew them.</summary>
    readonly Dictionary<Division, Placed> _placed = new(ReferenceEqualityComparer.Instance);

    /// <summary>Each flowed division's composition in the last pass, for the next pass to reuse when nothing it read changed.</summary>
    Dictionary<Division, Composed> _composedBefore = new(ReferenceEqualityComparer.Instance);

    /// <summary>
    /// The structure element of a division in this pass: the section it was composed under when it
    /// was composed ahead (moved from the last pass's tree when that composition is reused, since
    /// its lines are tagged with its elements), else a new one. Appended in book order either way.
    /// </summary>
    public StructElement SectFor(LayoutPass pass, Division d)
    {
        var root = pass.Tree.Structure!;
        if (pass.Composed is null || !pass.Composed.TryGetValue(d, out var composed)) return root.Add("Sect");
        composed.Sect.Detach();
        root.Append(composed.Sect);
        return composed.Sect;
    }

    /// <summary>
    /// Drawing a division's composed pages (margins, running heads, folios) depends only on where
    /// its first page falls and where arabic numbering starts. When both are as in the last pass
    /// and the composition was reused, the drawn pages are the same: take them instead of drawing
    /// every line again, so a stable second pass costs little and the two passes' page trees
    /// share their pages rather than doubling the heap.
    /// </summary>
    public bool ReusePlaced(LayoutPass pass, Division d, Composed composed)
    {
        if (!_placed.TryGetValue(d, out var before) || !ReferenceEquals(before.Composed, composed)
            || before.FirstIndex != pass.Tree.Pages.Count || before.FirstChapterPage != pass.FirstChapterPage)
            return false;
        pass.Tree.Pages.AddRange(before.Pages);
        return true;
    }

    public void RememberPlaced(LayoutPass pass, Division d, Composed composed, int firstIndex) =>
        _placed[d] = new Placed(composed, firstIndex, pass.FirstChapterPage, pass.Tree.Pages.Skip(firstIndex).ToArray());

    /// <summary>
    /// Composes every flowed division (chapters, appendices, contents, front matter) in parallel
    /// before the pass places them. Once a division's first page is known to be a recto, its
    /// pages do not depend on the rest of the book: the paragraphs, notes and page breaks are the
    /// same whichever thread sets them, so the book is byte-identical for any thread count. Only
    /// placing them (folios, running heads, mirrored margins) stays in book order. A division
    /// whose page references read as in the last pass keeps its pages from that pass.
    /// </summary>
    public Dictionary<Division, Composed> ComposeAhead(Func<string, string?> labelOf, Func<string, int?> pageNumberOf)
    {
        var flowed = book.Divisions.Where(d => d.Kind is not (DivisionKind.HalfTitle or DivisionKind.TitlePage or DivisionKind.Colophon or DivisionKind.Dedication
            or DivisionKind.FrontCover or DivisionKind.BackCover)
            && d.Generated != GeneratedAppendix.Index).ToArray();
        var results = new Composed[flowed.Length];
        Parallel.For(0, flowed.Length, i =>
        {
            if (_composedBefore.TryGetValue(flowed[i], out var before) && before.Dependencies.StillHold(labelOf, pageNumberOf))
            {
                results[i] = before;
                return;
            }
            var bag = new DiagnosticBag();
            var deps = new Dependencies();
            var flattener = new InlineFlattener(deps.Record(labelOf)) { Pictures = Pictures.InlinePictures.For(style) };
            // The division's section is built apart and joins the pass's structure tree in book order (SectFor).
            var sect = new StructElement("Sect");
            var blocks = new BlockLayout(style, setter, flattener, bag, book.Meta.Language) { Book = book, PageNumberOf = deps.Record(pageNumberOf), Parent = sect };
            results[i] = new Composed(DivisionFlow.Compose(flowed[i], blocks, sect), bag, deps, sect);
        });
        var map = new Dictionary<Division, Composed>(ReferenceEqualityComparer.Instance);
        for (int i = 0; i < flowed.Length; i++) map[flowed[i]] = results[i];
        _composedBefore = new Dictionary<Division, Composed>(map, ReferenceEqualityComparer.Instance);
        return map;
    }
}
