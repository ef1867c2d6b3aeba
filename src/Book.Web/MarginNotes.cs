using System.Xml.Linq;
using static Book.Epub.Xhtml;

namespace Book.Web;

/// <summary>
/// Moves each note from the end of its section to just after the block that cites it. The stylesheet
/// and script then show it in the margin beside its mark on a wide screen, and folded under the
/// paragraph on a narrow one, opened by the mark; the note's number leads back to the mark.
/// A note nobody cites stays at the end.
/// </summary>
static class MarginNotes
{
    static readonly HashSet<string> Blocks = new(StringComparer.Ordinal)
    {
        "p", "li", "dt", "dd", "td", "th", "figcaption", "caption", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "figure", "table",
    };

    /// <summary>Inside these the note becomes the element's last child (an aside may not follow an li in its list).</summary>
    static readonly HashSet<string> Containers = new(StringComparer.Ordinal) { "li", "dd", "td", "th" };

    public static void Place(XElement section)
    {
        var footnotes = section.Elements(Ns + "div").FirstOrDefault(d => (string?)d.Attribute("class") == "footnotes");
        if (footnotes is null) return;
        var marks = section.Descendants(Ns + "a")
            .Where(a => (string?)a.Attribute("role") == "doc-noteref")
            .GroupBy(a => ((string?)a.Attribute("href") ?? "").TrimStart('#'), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        foreach (var note in footnotes.Elements(Ns + "aside").ToList())
        {
            var id = (string?)note.Attribute("id") ?? "";
            note.SetAttributeValue("class", "note");
            if (!marks.TryGetValue(id, out var mark)) continue;
            mark.SetAttributeValue("aria-describedby", null);
            var block = mark.Ancestors().FirstOrDefault(e => Blocks.Contains(e.Name.LocalName) && e.Name.Namespace == Ns);
            // A note cited inside another note stays with that note's text.
            if (block is null || block.Ancestors(Ns + "aside").Any()) continue;
            note.Remove();
            if (Containers.Contains(block.Name.LocalName)) block.Add(note);
            else if (block.Name.LocalName == "figcaption" && block.Parent is { } figure) figure.AddAfterSelf(note);
            else block.AddAfterSelf(note);
        }
        if (!footnotes.HasElements) footnotes.Remove();
        else footnotes.AddFirst(E("h2", Class("notes-heading"), T("Notes")));
    }
}
