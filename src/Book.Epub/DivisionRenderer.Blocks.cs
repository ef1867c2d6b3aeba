using System.Xml.Linq;
using Book.Model;

namespace Book.Epub;

sealed partial class DivisionRenderer
{
    /// <summary>
    /// Blocks in order, each by the renderer registered for its type; a renderer that takes runs gets
    /// every consecutive block of its type at once (chronology, bibliography and index entries become
    /// one list each).
    /// </summary>
    internal IEnumerable<XElement> Blocks(IReadOnlyList<Block> blocks)
    {
        for (int i = 0; i < blocks.Count; i++)
        {
            var renderer = renderers.For(blocks[i]);
            if (renderer is null)
            {
                Unrendered(blocks[i]);
                continue;
            }
            IReadOnlyList<Block> run = [blocks[i]];
            if (renderer.RendersRuns)
            {
                var type = blocks[i].GetType();
                int end = i + 1;
                while (end < blocks.Count && blocks[end].GetType() == type) end++;
                run = blocks.Skip(i).Take(end - i).ToList();
                i = end - 1;
            }
            if (renderer.Render(run, Context) is { } element) yield return element;
        }
    }

    /// <summary>
    /// A block type nobody registered a renderer for: a warning when the caller takes them, else an
    /// exception, so that text never drops out of the e-book without a word.
    /// </summary>
    void Unrendered(Block b)
    {
        var message = $"a {b.GetType().Name} block has no e-book rendering and is left out of the EPUB"
            + (b.Span is { } span ? $" ({span})" : "");
        if (options.Warning is { } warn) warn(message);
        else throw new NotSupportedException(message);
    }

    internal XElement PendingAnchor(string targetId, params object[] content)
    {
        var a = Xhtml.E("a", content);
        a.AddAnnotation(new PendingLink(targetId));
        return a;
    }
}
