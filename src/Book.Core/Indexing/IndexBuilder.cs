using Book.Model;

namespace Book.Core.Indexing;

/// <summary>Turns marked terms into the blocks of the index appendix, sorted by the book language's <see cref="Collation"/>.</summary>
public static class IndexBuilder
{
    /// <summary>
    /// One <see cref="IndexEntry"/> per term that occurs in the book, with its anchors in reading
    /// order (layout turns them into page numbers and ranges), and one per "see" cross-reference
    /// whose target is printed. A term that occurs nowhere is left out with a warning at its line.
    /// </summary>
    public static Division BuildAppendix(Division placeholder, IReadOnlyList<IndexedTerm> terms, DiagnosticBag diags, string language = "en")
    {
        var printed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var t in terms)
        {
            if (t.Definition.IsCrossReference) continue;
            if (t.AnchorIds.Count > 0) printed.Add(t.Definition.Term);
            else diags.Warning(t.Definition.Span, $"index term '{t.Definition.Term}' occurs nowhere in the text and is left out of the index");
        }
        var blocks = terms
            .Where(t => t.Definition.See is { } see ? printed.Contains(see) : t.AnchorIds.Count > 0)
            .OrderBy(t => t.Definition.Term, Collation.For(language))
            .Select(t => (Block)new IndexEntry([new Text(t.Definition.Term)], t.AnchorIds, t.Definition.See) { Span = t.Definition.Span })
            .ToList();
        return placeholder with { Blocks = blocks };
    }
}
