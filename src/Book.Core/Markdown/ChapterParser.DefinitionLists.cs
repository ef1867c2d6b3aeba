using Book.Model;
using Md = Markdig.Extensions.DefinitionLists;

namespace Book.Core.Markdown;

public sealed partial class ChapterParser
{
    /// <summary>
    /// Markdig's definition list: each item holds its term lines, then the blocks of a definition.
    /// An item without terms is a further definition (":" again) of the term before it.
    /// </summary>
    Model.DefinitionList DefinitionList(Md.DefinitionList list, Model.SourceSpan span)
    {
        var items = new List<Model.DefinitionItem>();
        foreach (var item in list.OfType<Md.DefinitionItem>())
        {
            var terms = item.OfType<Md.DefinitionTerm>().ToList();
            var definition = Blocks(item.Where(b => b is not Md.DefinitionTerm));
            if (terms.Count == 0 && items.Count > 0)
            {
                items[^1] = items[^1] with { Definitions = [.. items[^1].Definitions, definition] };
                continue;
            }
            // Several term lines name one definition: one term, a line break between them.
            var term = new List<Inline>();
            foreach (var t in terms)
            {
                if (term.Count > 0) term.Add(new LineBreak());
                term.AddRange(Inlines(t.Inline));
            }
            items.Add(new Model.DefinitionItem(term, [definition]));
        }
        return new Model.DefinitionList(items) { Span = span };
    }
}
