using Book.Core;
using Book.Core.Model;
using Book.Layout.Blocks;
using Book.Layout.Pages;
using Book.Layout.Paragraphs;

namespace Book.Layout;

public sealed partial class Typesetter
{
    /// <summary>A division composed ahead of its turn, with the warnings composing it gave.</summary>
    sealed class Composed(List<PageContent> pages, DiagnosticBag diagnostics)
    {
        /// <summary>The pages, after moving the warnings into the pass's bag (in the order they arose).</summary>
        public List<PageContent> Take(DiagnosticBag into)
        {
            foreach (var d in diagnostics.Items) into.Add(d);
            return pages;
        }
    }

    /// <summary>
    /// Composes every flowed division (chapters, appendices, contents, front matter) in parallel
    /// before the pass places them. Once a division's first page is known to be a recto, its
    /// pages do not depend on the rest of the book: the paragraphs, notes and page breaks are the
    /// same whichever thread sets them, so the book is byte-identical for any thread count. Only
    /// placing them (folios, running heads, mirrored margins) stays in book order.
    /// </summary>
    Dictionary<Division, Composed> ComposeAhead(InlineFlattener flattener, Func<string, int?> pageNumberOf)
    {
        var flowed = _book.Divisions.Where(d => d.Kind is not (DivisionKind.HalfTitle or DivisionKind.TitlePage or DivisionKind.Colophon or DivisionKind.Dedication)
            && d.Id != "index").ToArray();
        var results = new Composed[flowed.Length];
        Parallel.For(0, flowed.Length, i =>
        {
            var bag = new DiagnosticBag();
            var blocks = new BlockLayout(_style, _setter, flattener, bag, _book.Meta.Language) { PageNumberOf = pageNumberOf };
            results[i] = new Composed(Compose(flowed[i], blocks, flattener), bag);
        });
        var map = new Dictionary<Division, Composed>(ReferenceEqualityComparer.Instance);
        for (int i = 0; i < flowed.Length; i++) map[flowed[i]] = results[i];
        return map;
    }
}
