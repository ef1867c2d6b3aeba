using Book.Pages;
using Book.Pdf.Syntax;

namespace Book.Pdf.Export;

/// <summary>
/// The document outline (bookmarks) as linked outline item objects. Items with children
/// start closed, so a reader sees the chapters and can unfold their sections.
/// </summary>
internal static class OutlineWriter
{
    /// <returns>The /Outlines root, or null when there is no outline.</returns>
    public static PdfReference? Write(ObjectWriter writer, IReadOnlyList<OutlineEntry> entries,
        NamedDestinations destinations, Action<string>? warn)
    {
        if (entries.Count == 0) return null;
        var root = writer.Allocate();
        var items = WriteLevel(writer, entries, root, destinations, warn);

        var outlines = new PdfDictionary("Outlines");
        outlines["First"] = items[0];
        outlines["Last"] = items[^1];
        outlines["Count"] = entries.Count; // only the top level is visible initially
        writer.Write(root, outlines);
        return root;
    }

    private static List<PdfReference> WriteLevel(ObjectWriter writer, IReadOnlyList<OutlineEntry> entries,
        PdfReference parent, NamedDestinations destinations, Action<string>? warn)
    {
        // Allocate the whole level first so siblings can point at each other.
        var refs = entries.Select(_ => writer.Allocate()).ToList();
        for (int i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            var item = new PdfDictionary();
            item["Title"] = PdfString.Text(entry.Title);
            item["Parent"] = parent;
            if (i > 0) item["Prev"] = refs[i - 1];
            if (i < entries.Count - 1) item["Next"] = refs[i + 1];
            if (entry.Children.Count > 0)
            {
                var children = WriteLevel(writer, entry.Children, refs[i], destinations, warn);
                item["First"] = children[0];
                item["Last"] = children[^1];
                item["Count"] = -entry.Children.Count; // closed: negative count of what opening shows
            }
            if (destinations.Contains(entry.Destination))
                item["Dest"] = NamedDestinations.Reference(entry.Destination);
            else
                warn?.Invoke($"outline entry '{entry.Title}' points to unknown destination '{entry.Destination}'");
            writer.Write(refs[i], item);
        }
        return refs;
    }
}
