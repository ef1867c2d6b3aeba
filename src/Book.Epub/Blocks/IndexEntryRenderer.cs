using System.Globalization;
using System.Xml.Linq;
using Book.Model;
using static Book.Epub.Xhtml;

namespace Book.Epub;

/// <summary>A run of index entries: one ul.</summary>
sealed class IndexEntryRenderer : RunRenderer<IndexEntry>
{
    protected override XElement Render(IReadOnlyList<IndexEntry> run, RenderContext ctx) =>
        E("ul", Class("index"), run.Select(e => Item(e, ctx)));

    /// <summary>"Term, 1, 2, 3" with a link to each occurrence (printed page labels when known); then "see …".</summary>
    static XElement Item(IndexEntry e, RenderContext ctx)
    {
        var li = E("li", E("span", Class("term"), ctx.Inlines(e.Term)));
        string? last = null;
        int n = 0;
        foreach (var anchor in e.AnchorIds)
        {
            n++;
            var label = ctx.Options.PageLabels is { } pages && pages.TryGetValue(anchor, out var p) ? p : n.ToString(CultureInfo.InvariantCulture);
            if (label == last) continue;          // two occurrences on one printed page: one locator
            last = label;
            li.Add(T(", "), ctx.PendingAnchor(anchor, T(label)));
        }
        if (e.See is { Length: > 0 } see)
            li.Add(T(e.AnchorIds.Count > 0 ? "; " : ", "), E("em", T(e.AnchorIds.Count > 0 ? ctx.Locale.SeeAlso : ctx.Locale.See)), T(" " + see));
        return li;
    }
}
