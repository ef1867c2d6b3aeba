using Book.Model;
using Book.Pages;
using Book.Layout.Flow;

namespace Book.Layout.Blocks;

/// <summary>
/// The tagged-PDF side of block layout: each block opens a structure element under
/// <see cref="Parent"/> and its lines (and drawn marks) are tagged with it, so the writer
/// can produce a structure tree in reading order. Material left untagged (ornaments,
/// rules) becomes an artifact.
/// </summary>
public sealed partial class BlockLayout
{
    /// <summary>The element blocks are added to (a division's Sect); null lays out untagged.</summary>
    public StructElement? Parent { get; set; }

    /// <summary>The element a block becomes (its layouter names the role); containers also become the parent of what they hold.</summary>
    StructElement? Begin(Block b, IBlockLayouter layouter)
    {
        if (Parent is null) return null;
        // A thematic break is an ornament and a div is transparent: no role, no element.
        if (layouter.Role(b) is not { } role) return null;
        var element = Parent.Add(role);
        // A chart without alt text was already warned about when the chapter was read.
        if (layouter.Alt(b) is { } alt) element.Alt = alt;
        if (layouter.Tagging == BlockTagging.Container) Parent = element;
        return element;
    }

    /// <summary>Where a block inside a table belongs: notes under a table follow it, they are not part of it.</summary>
    public StructElement? BlockParent => Parent is { Role: "Table" } t ? t.Parent : Parent;

    /// <summary>Tags what the block produced that nothing inside tagged, and restores the parent.</summary>
    void End(List<VItem> items, int from, StructElement? element, StructElement? outer, BlockTagging tagging)
    {
        Parent = outer;
        if (element is null) return;
        // Containers tag their own parts; a figure's bars and labels are the figure itself.
        if (tagging == BlockTagging.Container) return;
        Tag(items, from, element, drawings: tagging == BlockTagging.Drawing);
    }

    /// <summary>Gives untagged lines from <paramref name="from"/> on (and, for figures, drawn marks) the element.</summary>
    public static void Tag(List<VItem> items, int from, StructElement element, bool drawings = false)
    {
        for (int i = from; i < items.Count; i++)
        {
            switch (items[i])
            {
                case LineItem l when l.Line.Tag is null:
                    l.Line.Tag = element;
                    break;
                case DrawItem d:
                    foreach (var (line, _, _) in d.Lines)
                        if (line.Line.Tag is null) line.Line.Tag = element;
                    if (drawings)
                        for (int k = 0; k < d.Items.Count; k++)
                            if (d.Items[k].Tag is null) d.Items[k] = d.Items[k] with { Tag = element };
                    break;
            }
        }
    }

    /// <summary>Tags set lines (a caption, a cell) with a new child of <paramref name="parent"/>.</summary>
    public static void Tag(IEnumerable<LineItem> lines, StructElement? parent, string role)
    {
        if (parent is null) return;
        var element = parent.Add(role);
        foreach (var l in lines) l.Line.Tag ??= element;
    }

    /// <summary>
    /// Places each note's element in the element that cites it (a paragraph, a cell), after
    /// its text: the note is read where it is referenced. Notes are only printed where cited.
    /// </summary>
    public static void AttachNotes(IEnumerable<VItem> body, FootnoteSet notes, StructElement? fallback)
    {
        if (fallback is null) return;
        foreach (var line in Lines(body))
            foreach (var id in line.NoteIds)
                if (notes.Rows(id) is [{ Left.Tag: { Parent: null } note }, ..])
                    (line.Tag ?? fallback).Append(note);
    }

    static IEnumerable<Paragraphs.TextLine> Lines(IEnumerable<VItem> items)
    {
        foreach (var it in items)
        {
            if (it is LineItem l) yield return l.Line;
            else if (it is DrawItem d) foreach (var (line, _, _) in d.Lines) yield return line.Line;
        }
    }
}
